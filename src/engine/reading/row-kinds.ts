import { isHeaderRow, mergeAt } from '../header';
import { readCellEntry } from '../entries';
import { readNumber } from '../numbers';
import { flagAt, textAt, valueAt, type SheetSnapshot } from '../snapshot';
import { head, rowTexts, textsIn } from './row-text';
import type { ColumnReading, RowFacts, TableExtent } from './pass';

/**
 * The third pass: what each row of the table holds, read once — its texts, its base and how the base reads, whether
 * it repeats the header or carries a doubtful base — before the sections pass decides what the row is.
 */
export function readRowKinds(s: SheetSnapshot, roles: ColumnReading, extent: TableExtent): RowFacts[] {
  const out: RowFacts[] = [];
  for (let r = extent.firstRow; r <= extent.lastRow; r++) {
    const facts = rowFacts(s, r, roles);
    if (facts) out.push(facts);
  }
  return out;
}

function rowFacts(s: SheetSnapshot, r: number, roles: ColumnReading): RowFacts | null {
  const { columns, width, firstCol, leftCols } = roles;
  const texts = rowTexts(s, r, width);
  if (texts.length === 0) return null;
  const baseMerge = mergeAt(s.merges, r, columns.base);
  const baseMergedFrom = baseMerge && baseMerge.top < r && baseMerge.bottom > baseMerge.top ? baseMerge.top : null;
  const baseValue = valueAt(s, r, columns.base);
  const baseFlag = flagAt(s, r, columns.base);
  // A base formula saved without its result counts when it is plain arithmetic (the cell then holds that number).
  const computedBase = baseFlag === 'uncomputed' ? readCellEntry(s, r, columns.base) : null;
  const computed = computedBase?.kind === 'uncomputed' ? computedBase.value : null;
  const criteriaText = columns.criteria !== undefined ? textAt(s, r, columns.criteria) : '';
  const contentText = columns.content !== undefined ? textAt(s, r, columns.content) : '';
  const methodText = columns.method !== undefined ? textAt(s, r, columns.method) : '';
  return {
    row: r,
    texts,
    lead: head(textAt(s, r, firstCol) || texts[0]),
    leftText: head(textsIn(s, r, leftCols).join('')),
    baseValue,
    baseFlag,
    base: computed ?? readNumber(baseValue),
    baseIsNumber: typeof baseValue === 'number' || computed !== null,
    baseMergedFrom,
    // An item row's numeric base rules a repeated header out cheaply.
    repeatedHeader: typeof baseValue !== 'number' && isHeaderRow(s, r, width),
    doubtfulBase: (baseFlag !== null && computed === null) || typeof baseValue === 'boolean',
    sectionText: columns.section !== undefined ? textAt(s, r, columns.section) : '',
    ownText: [contentText, criteriaText].filter((t) => t !== '').join('；'),
    criteriaText,
    contentText,
    methodText,
  };
}

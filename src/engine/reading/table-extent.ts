import { isHeaderRow, mergeAt } from '../header';
import { readNumber } from '../numbers';
import { rowCount, textAt, valueAt, type SheetSnapshot } from '../snapshot';
import { head, isNoteRow, isTotalRow, rowTexts } from './row-text';
import type { ColumnReading, TableExtent } from './pass';

/**
 * The second pass: where the table ends. The first total row (合计, 各项合计), note (注：) or signature row below the
 * header closes it; a header repeated where a printed page broke does not, nor does a row whose 基础分 is merged
 * down from the item above it.
 */
export function readTableExtent(s: SheetSnapshot, roles: ColumnReading): TableExtent {
  const { columns, firstCol, width, headerEnd } = roles;
  const last = rowCount(s);
  for (let r = headerEnd + 1; r <= last; r++) {
    const texts = rowTexts(s, r, width);
    if (texts.length === 0) continue;
    if (continuesItemAbove(s, r, columns.base)) continue;
    const baseValue = valueAt(s, r, columns.base);
    if (typeof baseValue !== 'number' && isHeaderRow(s, r, width)) continue;
    if (isTotalRow(s, r, columns, firstCol, texts)) {
      const totalBase = typeof baseValue === 'number' ? baseValue : readNumber(baseValue);
      return { firstRow: headerEnd + 1, lastRow: r - 1, totalRow: r, totalBase, endRow: r };
    }
    if (isNoteRow(head(textAt(s, r, firstCol) || texts[0]), texts))
      return { firstRow: headerEnd + 1, lastRow: r - 1, totalRow: null, totalBase: null, endRow: r };
  }
  return { firstRow: headerEnd + 1, lastRow: last, totalRow: null, totalBase: null, endRow: null };
}

/** A lower row of a 基础分 merged down from a numbered row above: part of that row's item, never a total or note. */
function continuesItemAbove(s: SheetSnapshot, r: number, baseCol: number): boolean {
  const m = mergeAt(s.merges, r, baseCol);
  return m !== undefined && m.top < r && m.bottom > m.top && readNumber(valueAt(s, m.top, baseCol)) !== null;
}

import { mergeAt } from '../header';
import { compact, readNumber } from '../numbers';
import { textAt, valueAt, type SheetSnapshot } from '../snapshot';
import { indexLevel, ordinalLevel, type RowProbe } from '../categories';
import { SUBTOTAL, head, isNoteRow, isTitle, isTotalRow, nameOf, rowTexts, sectionCap } from './row-text';
import { sectionWithBase } from './section-rows';
import type { ColumnReading } from './pass';

/** The section reader's view of a row, for reading a category ahead (categories.ts) without consuming rows. */
export function rowProbe(s: SheetSnapshot, roles: ColumnReading): RowProbe {
  const { columns, leftCols, firstCol, width } = roles;
  const criteriaAt = (k: number) => (columns.criteria !== undefined ? textAt(s, k, columns.criteria) : '');
  const baseAt = (k: number) => readNumber(valueAt(s, k, columns.base));
  const nameAt = (k: number) => nameOf(s, k, leftCols).replace(/\s+/g, '');
  return {
    blank: (k) => rowTexts(s, k, width).length === 0,
    closes: (k) => {
      const texts = rowTexts(s, k, width);
      if (texts.length === 0) return false;
      const lead = head(textAt(s, k, firstCol) || texts[0]);
      const title = texts.length === 1 ? texts[0] : columns.section !== undefined ? textAt(s, k, columns.section) : '';
      return isTotalRow(s, k, columns, firstCol, texts) || isNoteRow(lead, texts) || isTitle(compact(title));
    },
    heading: (k) => {
      const texts = rowTexts(s, k, width);
      if (texts.length === 0) return null;
      const base = baseAt(k);
      if (texts.length === 1 && base === null) {
        const name = texts[0].replace(/\s+/g, '');
        return { name, level: ordinalLevel(name), base: null, cap: sectionCap(name) };
      }
      const sectionText = columns.section !== undefined ? textAt(s, k, columns.section).replace(/\s+/g, '') : '';
      if (sectionText !== '' && ordinalLevel(sectionText) !== null)
        return { name: sectionText, level: ordinalLevel(sectionText), base, cap: sectionCap(sectionText) ?? base };
      const level = columns.index !== undefined ? indexLevel(textAt(s, k, columns.index)) : null;
      const name = nameAt(k);
      if (level === null || name === '' || criteriaAt(k) !== '') return null;
      return { name, level, base, cap: sectionCap(name) ?? base };
    },
    sectionStart: (k) => {
      const t = columns.section !== undefined ? textAt(s, k, columns.section) : '';
      return t !== '' && !SUBTOTAL.test(head(t)) && !isTitle(compact(t));
    },
    sectionBase: (k) => {
      const base = baseAt(k);
      return base !== null && sectionWithBase(s, k, columns, base, leftCols, width) ? base : null;
    },
    bareBase: (k) => {
      const base = baseAt(k);
      if (base === null || base <= 0 || criteriaAt(k) !== '') return null;
      const m = columns.criteria !== undefined ? mergeAt(s.merges, k, columns.criteria) : undefined;
      const name = nameAt(k);
      return name === '' || (m !== undefined && m.top < k) || isTitle(name) ? null : { name, base };
    },
  };
}

import type { Columns } from '../header';
import { mergeAt } from '../header';
import { compact, readNumber, round2 } from '../numbers';
import { rowCount, textAt, valueAt, type SheetSnapshot } from '../snapshot';
import { totalLabel } from '../total-row';
import { indexLevel, ordinalLevel } from '../categories';
import { ADJUSTMENT_TEXT, NOTE_START, SUBTOTAL, head, nameOf, rowTexts, sectionCap } from './row-text';

/**
 * Rows that open a section rather than score an item: a heading (一、组织领导（20分）, 一 | 组织领导 | 20) and a
 * row with a name and its own 分值 over items that add up to it. New section wordings belong here.
 */

/**
 * 一、组织领导 | 10 (no criteria) over items of 4 and 6: a section whose cap is its own 分值. The rows below must
 * carry their own criteria and their bases must add up to exactly this number; a criterion merged down from the
 * row above is not a missing one. Without a criteria column the name must look like a heading (一、…, …（10分）).
 */
export function sectionWithBase(
  s: SheetSnapshot, r: number, columns: Columns, base: number, leftCols: number[], width: number,
): boolean {
  const name = nameOf(s, r, leftCols);
  if (name === '' || base <= 0) return false;
  const hasCriteria = (row: number) => {
    if (columns.criteria === undefined) return true;
    if (textAt(s, row, columns.criteria) !== '') return true;
    const m = mergeAt(s.merges, row, columns.criteria);
    return m !== undefined && m.top < row;
  };
  if (columns.criteria !== undefined) {
    if (hasCriteria(r)) return false;
  } else {
    const t = compact(name);
    const capAtEnd = /[(（]\d+(?:\.\d+)?分?[)）]$|\d+(?:\.\d+)?分$/.test(t) && sectionCap(t) === base;
    const level = ordinalLevel(t);
    const heading = level === 1 || level === 2;
    if (t.length > 40 || ADJUSTMENT_TEXT.test(t) || !(capAtEnd || heading)) return false;
  }
  let sum = 0;
  let count = 0;
  for (let k = r + 1; k <= rowCount(s) && sum < base - 1e-9; k++) {
    const texts = rowTexts(s, k, width);
    if (texts.length === 0) continue;
    if (totalLabel(texts[0]) !== null || NOTE_START.test(head(texts[0])) || SUBTOTAL.test(head(texts[0]))) break;
    const b = readNumber(valueAt(s, k, columns.base as number));
    if (b === null) {
      if (texts.length === 1) break; // a heading of its own
      continue;
    }
    if (!hasCriteria(k)) break; // another heading with its own 分值
    sum = round2(sum + b);
    count++;
  }
  return count >= 2 && Math.abs(sum - base) < 1e-9;
}

/**
 * A section heading in a sheet without a section column: a lone text merged across the row or numbered 一、二、, or
 * a row whose 序号 is a Chinese ordinal (一 | 组织领导 | 20), whose base then states the section's cap.
 */
export function headingOf(
  s: SheetSnapshot, r: number, texts: string[], columns: Columns, base: number | null, inCategory = false,
): { name: string; cap: number | null; capFrom: 'text' | 'row' } | null {
  if (base === null && texts.length === 1) {
    const merged = s.merges.some((a) => a.top === r && a.right > a.left);
    const name = texts[0].replace(/\s+/g, '');
    const level = ordinalLevel(name);
    if (merged || level === 1 || (inCategory && level !== null)) return { name, cap: sectionCap(name), capFrom: 'text' };
  }
  const index = columns.index !== undefined ? textAt(s, r, columns.index) : '';
  const content = columns.content !== undefined ? textAt(s, r, columns.content).replace(/\s+/g, '') : '';
  if (content === '') return null;
  if (indexLevel(index) === 1 || (index === '' && ordinalLevel(content) === 1)) {
    const stated = sectionCap(content);
    return { name: content, cap: stated ?? base, capFrom: stated !== null ? 'text' : 'row' };
  }
  return null;
}

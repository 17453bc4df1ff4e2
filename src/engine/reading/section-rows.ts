import type { Columns } from '../header';
import { mergeAt } from '../header';
import { compact, readNumber, round2 } from '../numbers';
import { isEmpty, rowCount, textAt, valueAt, type SheetSnapshot } from '../snapshot';
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
 * row above is not a missing one. Without a criteria column the row must also stand apart from the items it heads:
 * a name that looks like a heading (一、…, …（10分）), or no 序号 where its items have one, or (on a typed-score
 * sheet) no score where every item below has one typed.
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
  let headingLike = true;
  if (columns.criteria !== undefined) {
    if (hasCriteria(r)) return false;
  } else {
    const t = compact(name);
    const capAtEnd = /[(（]\d+(?:\.\d+)?分?[)）]$|\d+(?:\.\d+)?分$/.test(t) && sectionCap(t) === base;
    const level = ordinalLevel(t);
    if (t.length > 40 || ADJUSTMENT_TEXT.test(t)) return false;
    headingLike = capAtEnd || level === 1 || level === 2;
  }
  const below = rowsAddingUpTo(s, r, columns, base, width, hasCriteria);
  if (below === null) return false;
  // One item as large as the row above it is that row's section only when the row stands apart from it.
  if (below.length === 1) return standsApart(s, r, below, columns);
  return headingLike || standsApart(s, r, below, columns);
}

/** The rows below r whose bases add up to exactly `base`, or null. */
function rowsAddingUpTo(
  s: SheetSnapshot, r: number, columns: Columns, base: number, width: number, hasCriteria: (row: number) => boolean,
): number[] | null {
  let sum = 0;
  const rows: number[] = [];
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
    rows.push(k);
  }
  return rows.length >= 1 && Math.abs(sum - base) < 1e-9 ? rows : null;
}

/** 组织领导 | 20 over 1 | 成立领导小组 | 10 | 8: no 序号 where its items have one, or no score where all are typed. */
function standsApart(s: SheetSnapshot, r: number, items: number[], columns: Columns): boolean {
  const blank = (row: number, col: number | undefined) => col === undefined || isEmpty(valueAt(s, row, col));
  if (columns.index !== undefined && blank(r, columns.index) && items.every((k) => !blank(k, columns.index))) return true;
  return blank(r, columns.score) && blank(r, columns.deduction) && items.every((k) => !blank(k, columns.score));
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

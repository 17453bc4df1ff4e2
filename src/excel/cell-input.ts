import type { CellValue } from '../engine/snapshot';
import type { PlannedCell } from '../engine/write-plan';

/**
 * What goes into Range.formulas for one planned cell. Excel reads whatever is set there as if typed, so a text that
 * starts with = + - @, or that looks like a number or TRUE/FALSE, would become a formula or a number. Such text is
 * written behind an apostrophe (Excel's own "text prefix", hidden in the cell and not part of its value) rather than
 * by giving the cell the text format '@': a text-formatted cell would later turn a formula written there — by a
 * second fill, or by undo putting back the user's formula — into text too.
 */
export function cellInput(c: Pick<PlannedCell, 'formula' | 'value'>): string | number | boolean {
  if (c.formula !== null && c.formula !== undefined) return c.formula;
  return valueInput(c.value);
}

function valueInput(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'string') return textInput(v);
  return v;
}

/**
 * Text Excel would turn into something else when typed: a formula (= + - @), an error value (#N/A), a negative in
 * brackets ((5)), a currency amount (￥5 $5), and anything with a digit in it — numbers with leading zeros (001),
 * exponents (1E5), fractions (1 1/2), percentages, dates and times — and TRUE/FALSE. Over-matching costs nothing: the
 * apostrophe is hidden and not part of the value; under-matching would turn a restored text into a number on 撤销.
 */
const REINTERPRETED = /^\s*[=+\-@#(￥¥$€£.]|\d|^\s*(true|false)\s*$/i;

export function textInput(s: string): string {
  return REINTERPRETED.test(s) || s.startsWith("'") ? `'${s}` : s;
}

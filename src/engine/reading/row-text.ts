import type { Columns } from '../header';
import { compact } from '../numbers';
import { flagAt, formulaAt, rowEnd, textAt, valueAt, type SheetSnapshot } from '../snapshot';
import { totalLabel } from '../total-row';

/** The words every pass of the reader recognises a row by: one place, so a new wording is one change here. */
export const NOTE_START = /^(注|备注|说明)\s*([:：、.．\d（(]|$)/;
// Signature lines, not criteria that merely mention a signature (没有负责人签字…的扣1分).
const SIGNATURE_START = /^(考核组长|考核组成员|考核人|考评人|检查人|评分人|被考核单位(负责人)?)[(（:：]/;
const SIGNATURE_SHORT = /签字|签名|签章/;
/** Every signature word above starts with one of these, after spaces; most cells are ruled out by that alone. */
const SIGNATURE_FIRST = /^\s*[考检评被]/;
export const isSignature = (t: string) => {
  if (!SIGNATURE_FIRST.test(t) && !(t.length <= 24 && SIGNATURE_SHORT.test(t))) return false;
  const head = compact(t.slice(0, 24));
  return SIGNATURE_START.test(head) || (t.length <= 24 && compact(t).length <= 16 && SIGNATURE_SHORT.test(t));
};
export const SUBTOTAL = /^小计/;
export const BLOCK_NAME = /加减分|加扣分|奖扣分|奖惩|加分|奖分|扣分项|附加分/;
// 一票否决 and 一票否优 contain these: one literal each, which the regex engine finds in one pass over a long text.
export const VETO_TEXT = /否决/;
export const NO_EXCELLENT_TEXT = /否优/;
/** A row with no base outside the block that still adds or takes points: 加2分, 此为加分项. */
export const ADJUSTMENT_TEXT = /[加奖扣减]\s*[\d一二三四五六七八九十两半.]+\s*分|加分项|奖分项|扣分项/;

/** A 加减分 block title, or a 一票否决/否优 title: never a section of items. */
export const isTitle = (t: string) => BLOCK_NAME.test(t) || VETO_TEXT.test(t) || NO_EXCELLENT_TEXT.test(t);

/** Only the start of a row's text decides whether it is a total, note or 小计 row. */
export function head(s: string): string {
  return compact(s.slice(0, 16));
}

/** 「项目10分」「(15分)」「（20分）」「(30)」: the number a section's text caps it at. */
export function sectionCap(name: string): number | null {
  const t = compact(name);
  const paren = [...t.matchAll(/[(（〔【](\d+(?:\.\d+)?)分?[)）〕】]/g)];
  if (paren.length > 0) return Number(paren[paren.length - 1][1]);
  const tail = /(\d+(?:\.\d+)?)分$/.exec(t);
  return tail ? Number(tail[1]) : null;
}

export function rowTexts(s: SheetSnapshot, row: number, width: number): string[] {
  const out: string[] = [];
  // A row's cells end where its stored values do: a wide sheet's short rows cost their own length, not the width.
  const end = Math.min(width, rowEnd(s, row));
  for (let c = 1; c <= end; c++) {
    const t = textAt(s, row, c);
    if (t !== '') out.push(t);
  }
  return out;
}

/** The texts of the given columns on a row, those that exist. */
export function textsIn(s: SheetSnapshot, row: number, cols: readonly (number | undefined)[]): string[] {
  return cols.filter((c): c is number => c !== undefined).map((c) => textAt(s, row, c));
}

/** A row's name: the rightmost non-empty of its name columns (section, index, content). */
export function nameOf(s: SheetSnapshot, row: number, leftCols: readonly number[]): string {
  return textsIn(s, row, leftCols).filter((t) => t !== '').pop() ?? '';
}

/** A total row: its label starts with 合计/总计/总分, or is a short label ending in one (考核得分合计, 各项合计). */
export function isTotalRow(s: SheetSnapshot, r: number, columns: Columns, firstCol: number, texts: string[]): boolean {
  const labels = [textAt(s, r, firstCol) || texts[0]];
  for (const c of [columns.section, columns.index, columns.content]) if (c !== undefined) labels.push(textAt(s, r, c));
  const criteria = columns.criteria !== undefined ? textAt(s, r, columns.criteria) : '';
  return labels.some((t) => {
    const k = totalLabel(t);
    return k === 'start' || (k === 'end' && (criteria === '' || criteria === t));
  });
}

/** A row that closes the table as notes do: 注：…, or a signature line. */
export function isNoteRow(lead: string, texts: readonly string[]): boolean {
  return NOTE_START.test(lead) || texts.some(isSignature);
}

/** A cell as a person would name it in a warning: its formula, its error, TRUE/FALSE, or its value. */
export function describeCell(s: SheetSnapshot, r: number, c: number): string {
  const flag = flagAt(s, r, c);
  const v = valueAt(s, r, c);
  if (flag === 'uncomputed') return formulaAt(s, r, c) ?? '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v === null ? '' : String(v);
}

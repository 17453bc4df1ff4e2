import { VETO_MARKS, WHOLE_WORDS } from './entries';
import { sumOf } from './formula-limits';
import { fmt } from './numbers';
import type { Bands } from './tiers';
import { UNRATED_TIER, VETO_TIER } from './tiers';

/**
 * Native formula text, built only from functions Excel, WPS and LibreOffice all have (SUM, MIN, MAX, IF, AND, OR,
 * ROUND, TRIM, LEFT, RIGHT, LEN, FIND, SUBSTITUTE, MATCH, SUMPRODUCT, ISNUMBER, ISLOGICAL, IFERROR, ABS). Each
 * reads entries exactly as entries.ts does, so the workbook recomputes the engine's numbers wherever it is opened,
 * and every reference to an entry sits inside an IFERROR or an IS… test, so an error entry never spreads.
 */
export { MAX_FORMULA_LENGTH } from './formula-limits';

export function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function list(words: readonly string[]): string {
  return `{${words.map(str).join(',')}}`;
}

const DIGITS = list(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

/**
 * An entry cell as a number, as readEntry reads it: a number (a date's serial included) as itself; text made of a
 * sign, digits and at most one dot, with one 分 after it, as that number; TRUE/FALSE, errors and other text as 0.
 * The character count keeps Excel's own lenient reading of text ("1e3", "5%", "(5)", "1,000", dates typed as text)
 * from counting what the engine does not: with its first dot taken out, the trimmed text must be digits and nothing
 * else but a sign in front and 分 at the end. Text that passes without a digit ("+", "分", ".") fails `--` and counts
 * 0, as the engine counts it. TRIM(ref) is the only repeated part, so a typed score's term stays near 300
 * characters and a total over a long hand-scored sheet stays within Excel's 8,192.
 */
export function num(ref: string): string {
  const t = `TRIM(${ref})`;
  const unit = `(RIGHT(${t})="分")`;
  const digits = `SUMPRODUCT(LEN(${t})-LEN(SUBSTITUTE(${t},${DIGITS},"")))`;
  const plainText = `LEN(SUBSTITUTE(${t},".","",1))=${digits}+ISNUMBER(FIND(LEFT(${t}),"+-"))+${unit}`;
  return `IFERROR(IF(ISLOGICAL(${ref}),0,IF(ISNUMBER(${ref}),${ref},IF(${plainText},--LEFT(${t},LEN(${t})-${unit}),0))),0)`;
}

/** 不得分/全扣 (an error entry is not). */
export function isWhole(ref: string): string {
  return `ISNUMBER(MATCH(TRIM(${ref}),${list(WHOLE_WORDS)},0))`;
}

/** Empty or only spaces; an error entry is not blank. */
export function isBlank(ref: string): string {
  return `IFERROR(TRIM(${ref}),1)=""`;
}

/**
 * 1 when the cell holds a 一票否决/否优 mark (是, √, 有, 1, Y …), else 0; TRUE/FALSE and errors are no mark. One
 * cell at a time: LibreOffice reads TRUE as "1" and its ISLOGICAL does not test a range cell by cell, so a
 * SUMPRODUCT over a range would count TRUE there and not in Excel.
 */
export function markIn(ref: string): string {
  return `ISNUMBER(MATCH(TRIM(${ref}),${list(VETO_MARKS)},0))*(1-ISLOGICAL(${ref}))`;
}

export interface ItemRefs {
  base: string;
  /** The 扣分 cells of the item's rows (several when its 基础分 is merged over them). */
  deductions: string[];
  cap: number | null;
  /**
   * The 次数 cells, one a row, and the points per occurrence; per whole step of `step` when the rule counts in steps
   * (每低10%扣2分), and at most `cap` over the rows when the clause's own cap is tighter than the item's.
   */
  count?: { refs: string[]; points: number; step?: number; cap?: number };
  bonus?: string;
}

/** The deduction an item's cells give, before caps: 不得分 in any row is the whole base, else the rows' sum. */
export function deductionExpr(r: ItemRefs): string {
  const counted = (k: number, c: NonNullable<ItemRefs['count']>) => {
    const n = `MAX(0,${num(c.refs[k])})`;
    return `${c.step !== undefined ? `INT(ROUND(${n}/${fmt(c.step)},6))` : n}*${fmt(c.points)}`;
  };
  const rowExpr = (d: string, k: number) => {
    const plain = `MAX(0,${num(d)})`;
    if (!r.count) return plain;
    if (r.count.cap !== undefined) return `IF(${isBlank(d)},0,${plain})`;
    return `IF(${isBlank(d)},${counted(k, r.count)},${plain})`;
  };
  let sum = r.deductions.map(rowExpr).join('+');
  const c = r.count;
  if (c && c.cap !== undefined) {
    const terms = r.deductions.map((d, k) => `IF(${isBlank(d)},${counted(k, c)},0)`).join('+');
    sum += `+MIN(${fmt(c.cap)},${terms})`;
  }
  const whole = r.deductions.length === 1 ? isWhole(r.deductions[0]) : `OR(${r.deductions.map(isWhole).join(',')})`;
  return `IF(${whole},${r.base},${sum})`;
}

/** What a 得分 cell shows when the entry it reads is text a short formula cannot read (SCORING decisions: short formulas). */
export const NEEDS_NUMBER = '请填数字';

/**
 * The item formula a careful person writes by hand, for the common case: one 扣分 cell holding a number or nothing,
 * one cap. 「=IF(ISTEXT(G5),"请填数字",ROUND(E5-MIN(E5,3,MAX(0,G5)),2))」: base less the smallest of base, cap and the
 * deduction (a negative one counts 0, as the engine counts it). Text typed later is not read as 0: the cell asks for a
 * number, in the sheet itself, until the entry is a number again or 填写得分 writes the long form that reads it.
 */
export function shortItemScoreExpr(r: Pick<ItemRefs, 'base' | 'cap'> & { deduction: string }): string {
  const limits = r.cap !== null ? `${r.base},${fmt(r.cap)}` : r.base;
  return `IF(ISTEXT(${r.deduction}),${str(NEEDS_NUMBER)},ROUND(${r.base}-MIN(${limits},MAX(0,${r.deduction})),2))`;
}

/** A total or tier over cells that may show 请填数字 shows it too, instead of summing past it (SUM skips text). */
export function askingForNumbers(range: string, expr: string): string {
  return `IF(COUNTIF(${range},${str(NEEDS_NUMBER)}),${str(NEEDS_NUMBER)},${expr})`;
}

/** base − min(base, cap, deduction) (+ the 加分 cell), rounded to the hundredth. */
export function itemScoreExpr(r: ItemRefs): string {
  const limits = r.cap !== null ? `${r.base},${fmt(r.cap)}` : r.base;
  const bonus = r.bonus ? `+MAX(0,${num(r.bonus)})` : '';
  return `ROUND(${r.base}-MIN(${limits},${deductionExpr(r)})${bonus},2)`;
}

export function sectionExpr(cap: number, parts: string[]): string {
  return `MIN(${fmt(cap)},${sumOf(parts)})`;
}

/**
 * 'bonus' adds |v|, 'penalty' subtracts |v|, 'entry' keeps v's own sign; a cap limits the size either way. `ref` is
 * an entry cell, or a number where the entry could not be read into a formula (an uncomputed formula).
 */
export function adjustmentExpr(ref: string, sign: 'bonus' | 'penalty' | 'entry', cap: number | null, plain = false): string {
  // A plain entry (a number or nothing when filled) is read as itself: text typed there later makes ABS fail, and the
  // error shows in the total rather than counting 0 unseen.
  const v = /^-?\d/.test(ref) || plain ? ref : num(ref);
  if (sign === 'entry') return cap === null ? v : `MAX(-${fmt(cap)},MIN(${fmt(cap)},${v}))`;
  const size = cap === null ? `ABS(${v})` : `MIN(${fmt(cap)},ABS(${v}))`;
  return sign === 'bonus' ? size : `-${size}`;
}

export function totalExpr(terms: string[]): string {
  const sum = terms.map((t, i) => (i > 0 && !t.startsWith('-') ? `+${t}` : t)).join('');
  return `ROUND(MAX(0,${terms.length ? sum : '0'}),2)`;
}

export function bandsExpr(total: string, bands: Bands): string {
  let expr = str(bands.floor ?? UNRATED_TIER);
  for (const b of [...bands.bands].reverse()) expr = `IF(${total}${b.inclusive ? '>=' : '>'}${fmt(b.min)},${str(b.label)},${expr})`;
  return expr;
}

/**
 * `then` when any of the 一票否决/否优 entry cells is marked, else `otherwise`. The cells' tests are added up, not
 * passed to OR, so forty veto rows make one argument, not 320 (Excel allows 255).
 */
export function ifMarked(refs: string[], then: string, otherwise: string): string {
  if (refs.length === 0) return otherwise;
  return `IF(${refs.map(markIn).join('+')}>0,${then},${otherwise})`;
}

/** A marked 一票否决 row overrides whatever tier the score gives. */
export function withVeto(tier: string, vetoRefs: string[]): string {
  return ifMarked(vetoRefs, str(VETO_TIER), tier);
}

/** Formulas compare equal when they differ only in case, spaces or the leading '='. */
export function sameFormula(a: string, b: string): boolean {
  const norm = (f: string) => f.replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
  return norm(a) === norm(b);
}

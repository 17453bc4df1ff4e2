import type { CellValue } from './snapshot';

/**
 * Score sheets are typed by hand: "2", "2分", " 5 ", full-width "２", "1.5", 二, 两, 半, 十五. Everything numeric in
 * the engine passes through here, and every sum is rounded to the hundredth so 0.1 + 0.2 is 0.3.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

/** Full-width digits, dot, minus and spaces to their ASCII forms. */
const WIDE = /[\uFF01-\uFF5E\u3000]/;

export function toHalfWidth(s: string): string {
  if (!WIDE.test(s)) return s;
  return s
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Text as the readers compare it: half-width and without any whitespace, so 「合　计」 and 「合计」 read alike. */
export function compact(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '');
}

/** 一 → 1, 十五 → 15, 二十 → 20, 一百 → 100, 半 → 0.5, 一点五 → 1.5; null for anything else. */
export function chineseNumber(s: string): number | null {
  if (s === '') return null;
  if (s === '半') return 0.5;
  const dot = s.indexOf('点');
  if (dot > 0) {
    const whole = chineseNumber(s.slice(0, dot));
    const frac = s.slice(dot + 1);
    if (whole === null || frac === '' || [...frac].some((c) => DIGITS[c] === undefined)) return null;
    return Number(`${whole}.${[...frac].map((c) => DIGITS[c]).join('')}`);
  }
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (DIGITS[ch] !== undefined) {
      if (digit !== null) return null;
      digit = DIGITS[ch];
    } else if (ch === '十' || ch === '拾') {
      total += (digit ?? 1) * 10;
      digit = null;
    } else if (ch === '百' || ch === '佰') {
      if (digit === null) return null;
      total += digit * 100;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/**
 * The largest magnitude read as a number. Scores, bases and counts on a 考核 sheet are far below it; a longer run of
 * digits (a pasted ID, 400 nines) is not a score, and reading it would give Infinity or lose digits.
 */
export const NUMBER_LIMIT = 1e6;

/** A reading within NUMBER_LIMIT, else null: no reader here returns Infinity, NaN or an absurd magnitude. */
function bounded(n: number | null): number | null {
  return n !== null && Number.isFinite(n) && Math.abs(n) <= NUMBER_LIMIT ? n : null;
}

/** A number written in digits or Chinese numerals, without unit: "1.5", "２", "十五", "半". */
export function parseNumberWord(raw: string): number | null {
  const s = compact(raw);
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return bounded(Number(s));
  return bounded(chineseNumber(s));
}

/**
 * Lenient reading of a cell as a number: 2, "2分", " 5 ", "２", "1.5", "二", "两分", "半", "（5分）".
 * Returns null for blanks, for text that is not a number (「严重」, 「不得分」) and beyond NUMBER_LIMIT.
 */
export function readNumber(v: CellValue | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return bounded(v);
  if (typeof v === 'boolean') return null;
  let s = compact(v);
  s = s.replace(/^[(\[]|[)\]]$/g, '');
  s = s.replace(/分$/, '');
  if (s === '') return null;
  return parseNumberWord(s);
}

/** Rounds to the hundredth, halves away from zero, immune to binary noise (1.005 → 1.01, 13.600000000000001 → 13.6). */
export function round2(n: number): number {
  if (!(Math.abs(n) < WHOLE_FROM)) return n;
  const r = cents(n) / 100;
  return r === 0 ? 0 : r; // never -0
}

/**
 * From 2^53 / 100 on, a double has no hundredths to round: such a number is its own rounding. Scaling it by 100 and
 * back would change it (1E+21 came back as 999999999999999900000), so it is left as it is.
 */
const WHOLE_FROM = 2 ** 53 / 100;

/** n in whole hundredths. Most scores are already hundredths up to binary noise; only the rest pay for toPrecision. */
function cents(n: number): number {
  const x = n * 100;
  const near = Math.round(x);
  if (Math.abs(x - near) < 1e-6) return near;
  return Math.sign(n) * Math.round(Number(Math.abs(x).toPrecision(12)));
}

export function sum2(ns: readonly number[]): number {
  let total = 0;
  for (const n of ns) total += cents(n);
  // Hundredths past 2^53 are not whole any more: the sum is as exact as doubles allow, added as they are.
  if (!(Math.abs(total) < 2 ** 53)) return round2(ns.reduce((a, b) => a + b, 0));
  const r = total / 100;
  return r === 0 ? 0 : r;
}

export function sub2(a: number, b: number): number {
  return round2(round2(a) - round2(b));
}

export function mul2(a: number, b: number): number {
  return round2(a * b);
}

export function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/**
 * How a number is shown in a Chinese message and written into a formula: 8.5, not 8.50; 3, not 3.0; and 1E+21 as
 * Excel shows it (JavaScript's 1e+21, upper-cased, is also how Excel, WPS and LibreOffice read it in a formula).
 */
export function fmt(n: number): string {
  return String(round2(n)).replace('e', 'E');
}

/**
 * The steps a count makes for a clause counted in steps (每低10%扣2分): a step of 1 counts the count as it is; any
 * other counts whole steps only (25 at 10 → 2), the quotient read to six places first, as the written formula's
 * INT(ROUND(count/step,6)) does, so 0.3 at 0.1 is 3 and not 2.
 */
export function countedSteps(count: number, step: number | undefined): number {
  if (step === undefined || step === 1) return count;
  return Math.floor(Number((count / step).toFixed(6)));
}

import { toHalfWidth } from './numbers';

/**
 * 评分标准 cells are typed with full-width digits and punctuation, stray spaces (扣 3 分) and line breaks in the
 * middle of a phrase (扣1\n分). The reader works on a flattened copy and keeps, for every character of it, where
 * it came from, so each clause can quote the user's own words back.
 */
export interface FlatText {
  /** Half-width, whitespace removed. */
  s: string;
  /** at[i] = index in the original text of s[i]. */
  at: number[];
  original: string;
}

export function flatten(text: string): FlatText {
  // toHalfWidth and toSimplified map one UTF-16 unit to one, so indices survive them.
  const half = toSimplified(toHalfWidth(text));
  let s = '';
  const at: number[] = [];
  for (let i = 0; i < half.length; i++) {
    if (/\s/.test(half[i])) continue;
    s += half[i];
    at.push(i);
  }
  return { s, at, original: text };
}

/**
 * Rubrics copied from Hong Kong, Taiwan or a converted page come in traditional characters (少1條扣1分, 每項扣0.5分).
 * The reader's own vocabulary is mapped to simplified, one character to one; everything else is left as typed.
 */
const TRADITIONAL = '項條處個減獎勵計記級決實視況適滿為頂總類樣張輛層單臺戶週點萬兩發現與';
const SIMPLIFIED = '项条处个减奖励计记级决实视况适满为顶总类样张辆层单台户周点万两发现与';

function toSimplified(s: string): string {
  if (!TRAD_RE.test(s)) return s;
  return s.replace(TRAD_ALL, (ch) => SIMPLIFIED[TRADITIONAL.indexOf(ch)]);
}

const TRAD_RE = new RegExp(`[${TRADITIONAL}]`);
const TRAD_ALL = new RegExp(`[${TRADITIONAL}]`, 'g');

/** The user's own words for s[start, end). */
export function originalSlice(t: FlatText, start: number, end: number): string {
  if (end <= start) return '';
  return t.original.slice(t.at[start], t.at[end - 1] + 1).trim();
}

/**
 * Where a clause's own words begin once separators, item numbers, an opening parenthesis and a parenthesized base
 * (「（5分，少一篇扣1分）」) before them are skipped.
 */
export function skipLeadingNoise(s: string, start: number, end: number): number {
  const lead = LEADING_NOISE.exec(s.slice(start, end));
  return lead ? Math.min(end, start + lead[0].length) : start;
}

/**
 * How far a clause's end must move to take in the closing parenthesis or quote it opened:
 * 「刊登1篇（得0.5分）」, 「凡涉及上级规定的“一票否决”」.
 */
export function closingExtent(s: string, start: number, end: number): number {
  const own = s.slice(start, end);
  for (const [open, close] of PAIRS) {
    if (s[end] === close && own.split(open).length > own.split(close).length) return end + 1;
  }
  return end;
}

const PAIRS: [string, string][] = [['(', ')'], ['“', '”'], ['「', '」']];

const LEADING_NOISE = /^(?:[,;。、:)]|\(\d+(?:\.\d+)?分[,)]?|\(|[①-⑳]|\(\d{1,2}\)|\d{1,2}[、.](?!\d)|[一二三四五六七八九十]{1,3}、)*/;

/**
 * Where the sentence holding position `pos` begins: after the last 。；; or item number (1、 3.坚持 ① (1)) before it.
 * Commas do not end a sentence: 「如回答对政法机关不满意的，每例扣0.5分」 is one clause.
 */
export function sentenceStart(s: string, pos: number): number {
  let start = 0;
  HARD_BREAK.lastIndex = 0;
  for (let m = HARD_BREAK.exec(s); m && m.index < pos; m = HARD_BREAK.exec(s)) {
    const after = m.index + m[0].length;
    if (after <= pos) start = after;
  }
  return start;
}

const HARD_BREAK = /[;。!?]|[①-⑳]|(?<![\d.])\d{1,2}(?:、|\.(?=[\u4e00-\u9fa5]))|\(\d{1,2}\)/g;

/** Masks s[start, end) so later patterns cannot read it again (a cap's 「最多扣3分」 is not a deduction). */
export function mask(s: string, start: number, end: number): string {
  return s.slice(0, start) + '\u0001'.repeat(end - start) + s.slice(end);
}

/** Where the sentence holding position `pos` ends: at the next 。；; or item number, else the end of the text. */
export function sentenceEnd(s: string, pos: number): number {
  HARD_BREAK.lastIndex = pos;
  const m = HARD_BREAK.exec(s);
  return m ? m.index : s.length;
}

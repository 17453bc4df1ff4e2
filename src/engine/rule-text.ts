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
  const kept: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < half.length; i++) {
    if (SKIPPED.test(half[i])) continue;
    kept.push(half[i]);
    at.push(i);
  }
  return { s: kept.join(''), at, original: text };
}

/**
 * Whitespace and the invisible characters a copy from a web page or a PDF leaves inside a phrase (扣\u200b2分):
 * zero-width spaces and joiners, direction marks and embeddings, the word joiner, the byte-order mark, soft hyphens.
 */
const SKIPPED = /[\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]/;

/**
 * Rubrics copied from Hong Kong, Taiwan or a converted page come in traditional characters (少1條扣1分, 每項扣0.5分).
 * The reader's own vocabulary is mapped to simplified, one character to one; everything else is left as typed.
 */
const TRADITIONAL = '項條處個減獎勵計記級決實視況適滿為頂總類樣張輛層單臺戶週點萬兩發現與種瞞報';
const SIMPLIFIED = '项条处个减奖励计记级决实视况适满为顶总类样张辆层单台户周点万两发现与种瞒报';

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
 * Where each sentence of a flattened text ends: after 。；; or before an item number (1、 3.坚持 ① (1)). Commas do not
 * end a sentence: 「如回答对政法机关不满意的，每例扣0.5分」 is one clause. Built once per text, so finding the
 * sentence around a position is a binary search and a whole reading stays linear in the text's length.
 */
export class Sentences {
  /** Break positions: starts[i] and ends[i] are where the i-th break begins and where the text after it begins. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(private readonly s: string) {
    for (const m of s.matchAll(HARD_BREAK)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
    }
  }

  /** The index of the first break that begins at or after pos (breaks are in order): a binary search. */
  private firstBreakFrom(pos: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Where the sentence holding position `pos` begins. */
  start(pos: number): number {
    // The last break that begins before pos and ends at or before it.
    for (let i = this.firstBreakFrom(pos) - 1; i >= 0; i--) if (this.ends[i] <= pos) return this.ends[i];
    return 0;
  }

  /** Where the sentence holding position `pos` ends: at the next break at or after pos, else the end of the text. */
  end(pos: number): number {
    const next = this.firstBreakFrom(pos);
    return next < this.starts.length ? this.starts[next] : this.s.length;
  }
}

const HARD_BREAK = /[;。!?]|[①-⑳]|(?<![\d.、])\d{1,2}(?:、(?!\d{1,3}(?:分|、))|\.(?=[\u4e00-\u9fa5]))|\(\d{1,2}\)/g;

/**
 * Masks every range at once so later patterns cannot read it again (a cap's 「最多扣3分」 is not a deduction). One
 * pass over the text, however many ranges: masking range by range would copy the text once per range.
 */
export function maskAll(s: string, ranges: readonly (readonly [number, number])[]): string {
  if (ranges.length === 0) return s;
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const parts: string[] = [];
  let done = 0;
  for (const [from, to] of sorted) {
    const a = Math.max(from, done);
    if (to <= a) continue;
    parts.push(s.slice(done, a), '\u0001'.repeat(to - a));
    done = to;
  }
  parts.push(s.slice(done));
  return parts.join('');
}

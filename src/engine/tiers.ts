import { fmt, parseNumberWord, toHalfWidth } from './numbers';

/**
 * 等次 bands. A note on the sheet rules that sheet (「90分以上为一类，80分—90分为二类，80分以下为三类」);
 * without one the defaults apply. 以上 includes the number and 以下 excludes it unless the text says otherwise.
 */
export interface Band {
  min: number;
  /** true: score ≥ min; false: score > min (「90分以上（不含本数）」). */
  inclusive: boolean;
  label: string;
}

export interface Bands {
  /** Highest first. */
  bands: Band[];
  /** The label below every band; null when the text names none. */
  floor: string | null;
  /** Where the bands came from, for people: the note's text, or the default shares and their thresholds. */
  source: string;
  /** The sheet declares no bands: these are the default shares of its full marks (默认分档). */
  isDefault?: boolean;
}

export const VETO_TIER = '一票否决';
export const UNRATED_TIER = '未定等次';

/** The label every display puts beside a tier the sheet did not declare (SCORING.md §5). */
export const DEFAULT_TIER_LABEL = '默认分档';

/** A tier as people read it: 良好（默认分档） when the sheet declared no bands, so nobody takes it for the sheet's own. */
export function shownTier(r: { tier: string; tierDefault?: boolean }): string {
  return r.tierDefault && r.tier !== VETO_TIER ? `${r.tier}（${DEFAULT_TIER_LABEL}）` : r.tier;
}

/** The default bands as shares of full marks: 优秀 ≥ 90%, 良好 ≥ 80%, 合格 ≥ 60%, 不合格 below. */
export const DEFAULT_SHARES = [
  { share: 0.9, label: '优秀' },
  { share: 0.8, label: '良好' },
  { share: 0.6, label: '合格' },
] as const;

/** The default bands on a 100-point scale (KH.TIER without bands, where full marks are not known). */
export const DEFAULT_BANDS: Bands = defaultBands(100);

/**
 * The default bands of a sheet with these full marks. Totals are hundredths, so a threshold is the share raised to the
 * next hundredth: 18 of 20 is 优秀, and 90% of 12.35 (11.115) asks for 11.12, as `total ≥ 11.115` would. The source is
 * a note KH.TIER reads back (「…分以上为优秀，…」), so the add-in's own functions grade as the native formula does.
 */
export function defaultBands(fullMarks: number): Bands {
  const mins = DEFAULT_SHARES.map((d) => ceil2(d.share * fullMarks));
  const bands = DEFAULT_SHARES.map((d, i) => ({ min: mins[i], inclusive: true, label: d.label }));
  const said = bands.map((b) => `${fmt(b.min)}分以上为${b.label}`).join('，');
  return {
    bands,
    floor: '不合格',
    source: `${DEFAULT_TIER_LABEL}（满分${fmt(fullMarks)}分的90%、80%、60%）：${said}，${fmt(mins[mins.length - 1])}分以下为不合格`,
    isDefault: true,
  };
}

/** Up to the next hundredth, immune to binary noise (0.9 × 20 is 18, not 18.01). */
function ceil2(n: number): number {
  const x = n * 100;
  const near = Math.round(x);
  return (Math.abs(x - near) < 1e-6 ? near : Math.ceil(x)) / 100;
}

/** The bands with the top tier struck out (一票否优): a score that would be 优秀 gets the next tier down. */
export function withoutTop(b: Bands): Bands {
  return { ...b, bands: b.bands.slice(1) };
}

export function tierOf(score: number, b: Bands): string {
  for (const band of b.bands) if (band.inclusive ? score >= band.min : score > band.min) return band.label;
  return b.floor ?? UNRATED_TIER;
}

/**
 * Thresholds with one more label than thresholds. Thresholds written highest first pair with labels highest first
 * ({90,80,60} with 优秀,良好,合格,不合格); written lowest first they pair lowest first ({60,80,90} with 不合格,合格,良好,优秀).
 * Without labels, three thresholds in any order take the default 优秀/良好/合格/不合格.
 */
export function bandsFromThresholds(thresholds: number[], labels?: string[]): Bands | null {
  if (labels === undefined) {
    if (thresholds.length !== DEFAULT_BANDS.bands.length) return null;
    const defaults = [...DEFAULT_BANDS.bands.map((b) => b.label), DEFAULT_BANDS.floor as string];
    return bandsFromThresholds([...thresholds].sort((x, y) => y - x), defaults);
  }
  if (thresholds.length === 0 || labels.length !== thresholds.length + 1) return null;
  const ascending = thresholds.length > 1 && thresholds[0] < thresholds[thresholds.length - 1];
  const t = ascending ? [...thresholds].reverse() : thresholds;
  const l = ascending ? [...labels].reverse() : labels;
  for (let i = 1; i < t.length; i++) if (!(t[i] < t[i - 1])) return null;
  return {
    bands: t.map((min, i) => ({ min, inclusive: true, label: l[i] })),
    floor: l[l.length - 1],
    source: 'KH.TIER参数',
  };
}

const NUM = '(\\d+(?:\\.\\d+)?|[一二三四五六七八九十百两]+)';
const LABEL = '[“"「『]?([\\u4e00-\\u9fa5A-Za-z]{1,8}?)[”"」』]?';
const TAIL = '(?:等次|等级|档次|单位)?';
const ABOVE = new RegExp(`${NUM}\\s*分?\\s*(?:[(（]含[^)）]*[)）])?\\s*(?:及|或)?以上(?:[(（][^)）]*[)）])?[^为]{0,12}?为\\s*${LABEL}${TAIL}$`);
const RANGE = new RegExp(`${NUM}\\s*分?\\s*[—\\-－~～至到–]+\\s*${NUM}\\s*分?[^为]{0,12}?为\\s*${LABEL}${TAIL}$`);
const BELOW = new RegExp(`(?:(?:不满|低于|不足|小于)\\s*${NUM}\\s*分?|${NUM}\\s*分?\\s*(?:以下|之下))[^为]{0,12}?为\\s*${LABEL}${TAIL}$`);
const SYMBOL_ABOVE = new RegExp(`${LABEL}\\s*[(（]\\s*(≥|>=|>|≧)\\s*${NUM}\\s*分?\\s*[)）]`, 'g');
const SYMBOL_BELOW = new RegExp(`${LABEL}\\s*[(（]\\s*(<|≤|<=)\\s*${NUM}\\s*分?\\s*[)）]`, 'g');

function num(s: string): number | null {
  return parseNumberWord(s);
}

/** Reads the bands a note declares; null when the text declares fewer than two tiers. */
export function parseBands(raw: string): Bands | null {
  const text = toHalfWidth(raw).replace(/[＞]/g, '>').replace(/[＜]/g, '<').replace(/\s+/g, '');
  const aboveExclusive = /以上不含本数|以上[(（]?不含/.test(text);
  const found: Band[] = [];
  let floor: string | null = null;
  // Parenthesised asides (以上含本数，以下不含本数，下同) hold commas of their own; they were read above.
  for (const s of text.replace(/[(（][^)）]*[)）]/g, '').split(/[，,；;。\n]/)) {
    let m: RegExpExecArray | null;
    if ((m = RANGE.exec(s))) {
      const lo = num(m[1]);
      const hi = num(m[2]);
      if (lo !== null && hi !== null) found.push({ min: Math.min(lo, hi), inclusive: true, label: m[3] });
    } else if ((m = ABOVE.exec(s))) {
      const n = num(m[1]);
      if (n !== null) found.push({ min: n, inclusive: !aboveExclusive, label: m[2] });
    } else if ((m = BELOW.exec(s))) {
      floor = m[3];
    }
  }
  for (const m of text.matchAll(SYMBOL_ABOVE)) {
    const n = num(m[3]);
    if (n !== null) found.push({ min: n, inclusive: m[2] !== '>', label: m[1] });
  }
  for (const m of text.matchAll(SYMBOL_BELOW)) floor = m[1];
  const bands = dedupe(found).sort((a, b) => b.min - a.min);
  if (bands.length + (floor ? 1 : 0) < 2) return null;
  return { bands, floor, source: raw.trim() };
}

function dedupe(bands: Band[]): Band[] {
  const seen = new Set<string>();
  return bands.filter((b) => {
    const k = `${b.min}|${b.label}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The first text among a sheet's notes that declares bands. */
export function findBands(texts: readonly string[]): Bands | null {
  for (const t of texts) {
    if (!/[以上以下为≥>]/.test(t)) continue;
    const b = parseBands(t);
    if (b) return b;
  }
  return null;
}

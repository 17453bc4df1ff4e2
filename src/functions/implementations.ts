import { readEntry } from '../engine/entries';
import { message, type MessageCode } from '../engine/messages';
import { cappedScore, cappedSum } from '../engine/caps';
import { round2 } from '../engine/numbers';
import { raterScore } from '../engine/composite/raters';
import { readWeight } from '../engine/composite/weights';
import { denseRank } from '../engine/rank';
import { deductionFor, parseRule } from '../engine/rules';
import type { CellValue } from '../engine/snapshot';
import { DEFAULT_BANDS, bandsFromThresholds, parseBands, tierOf, type Bands } from '../engine/tiers';
import { FunctionError } from './function-error';

/**
 * The KH.* worksheet functions, in the shapes Excel passes them: a scalar cell value, a 2D array for a range, and null
 * (or undefined) for an omitted optional argument. Entries read as the engine reads a 扣分 cell (entries.ts), so a
 * KH.* formula and a filled sheet agree on every cell.
 */
export type Scalar = CellValue | undefined;
export type Arg = Scalar | Scalar[][];

const MANUAL_CODES: readonly MessageCode[] = ['MANUAL_RULE', 'FN_MANUAL_RULE'];

function invalid(code: MessageCode, text: string): FunctionError {
  return new FunctionError('invalidValue', code, text);
}

function cells(arg: Arg): Scalar[] {
  return (Array.isArray(arg) ? arg.flat() : [arg]).map(plain);
}

/** Cells holding an Excel data type arrive as objects (functions.json allows custom data for `any`): use their value. */
function plain(v: unknown): Scalar {
  if (v === null || v === undefined || typeof v !== 'object') return v as Scalar;
  const basic = (v as { basicValue?: unknown }).basicValue;
  return basic !== undefined && typeof basic !== 'object' ? (basic as Scalar) : String(v);
}

function isBlank(v: Scalar): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function shown(v: Scalar): string {
  return typeof v === 'string' ? v.trim() : String(v);
}

/** A number ≥ 0, or null for a blank cell; 不得分/全扣 and other text are errors here. */
function amount(v: Scalar): number | null {
  if (v === undefined) return null;
  const e = readEntry(v);
  if (e.kind === 'blank') return null;
  if (e.kind !== 'number') throw invalid('FN_NOT_A_NUMBER', message('FN_NOT_A_NUMBER', shown(v)));
  if (e.value < 0) throw invalid('FN_NEGATIVE', message('FN_NEGATIVE', shown(v)));
  return e.value;
}

/** An optional cap: blank or omitted means no cap. */
function capOf(arg: Arg): number | null {
  const given = cells(arg).filter((v) => !isBlank(v));
  if (given.length === 0) return null;
  return amount(given[0]);
}

/** KH.CAPDEDUCT(base, deductions, [cap]): base − min(sum of deductions, cap, base). */
export function capDeduct(base: Arg, deductions: Arg, cap: Arg = null): number {
  const b = amount(cells(base)[0]) ?? 0;
  const taken: number[] = [];
  for (const v of cells(deductions)) {
    if (v === undefined) continue;
    const e = readEntry(v);
    if (e.kind === 'whole') taken.push(b);
    else if (e.kind !== 'blank') taken.push(amount(v) as number);
  }
  return cappedScore(b, taken, capOf(cap));
}

function badBands(): FunctionError {
  return invalid('FN_BAD_BANDS', message('FN_BAD_BANDS'));
}

/** Bands from a note's text (「90分以上为一类，…」), from thresholds and labels, or the defaults when omitted. */
export function bandsOf(bands: Arg, labels: Arg = null): Bands {
  const given = cells(bands).filter((v) => !isBlank(v));
  if (given.length === 0) return DEFAULT_BANDS;
  const entries = given.map((v) => readEntry(v as CellValue));
  if (entries.every((e) => e.kind !== 'number')) return parseBands(given.map(shown).join('，')) ?? throwing(badBands());
  const thresholds = entries.map((e) => (e.kind === 'number' ? e.value : throwing(badBands())));
  const names = cells(labels).filter((v) => !isBlank(v)).map(shown);
  return bandsFromThresholds(thresholds, names.length > 0 ? names : undefined) ?? throwing(badBands());
}

function throwing(e: FunctionError): never {
  throw e;
}

/** KH.TIER(score, [bands], [labels]): the 等次 of a score; an empty score has no tier yet. */
export function tier(score: Arg, bands: Arg = null, labels: Arg = null): string {
  const b = bandsOf(bands, labels);
  const s = amountOrSigned(cells(score)[0]);
  return s === null ? '' : tierOf(s, b);
}

/** A score may be below zero in principle (TIER/RANKCN read it, never clamp it); text still is an error. */
function amountOrSigned(v: Scalar): number | null {
  if (v === undefined) return null;
  const e = readEntry(v);
  if (e.kind === 'blank') return null;
  if (e.kind !== 'number') throw invalid('FN_NOT_A_NUMBER', message('FN_NOT_A_NUMBER', shown(v)));
  return e.value;
}

/** KH.DEDUCT(rule, count, [base]): what the 评分标准 deducts for count occurrences; 酌情 rules are #N/A. */
export function deduct(rule: Arg, count: Arg, base: Arg = null): number {
  const text = cells(rule).filter((v) => !isBlank(v)).map(shown).join('；');
  if (text === '') throw invalid('FN_NO_RULE', message('FN_NO_RULE'));
  const n = amount(cells(count)[0]) ?? 0;
  const b = amount(cells(base)[0]);
  const r = deductionFor(parseRule(text), n, b ?? undefined);
  if (!r.ok) {
    const kind = MANUAL_CODES.includes(r.error.code) ? 'notAvailable' : 'invalidValue';
    throw new FunctionError(kind, r.error.code, r.error.message);
  }
  return round2(r.value);
}

/** KH.BONUS(points, [cap]): the sum of 加分 entries, capped. */
export function bonus(points: Arg, cap: Arg = null): number {
  const added = cells(points)
    .map(amount)
    .filter((n): n is number => n !== null);
  return cappedSum(added, capOf(cap));
}

/**
 * KH.RANKCN(score, scores): 中国式排名 (1, 1, 2). Like Excel's RANK, text and blanks among the scores are skipped;
 * numeric text ("85分") counts.
 */
export function rankcn(score: Arg, scores: Arg): number {
  const s = amountOrSigned(cells(score)[0]);
  if (s === null) throw new FunctionError('notAvailable', 'FN_BLANK_SCORE', message('FN_BLANK_SCORE'));
  const all: number[] = [];
  for (const v of cells(scores)) {
    if (v === undefined) continue;
    const e = readEntry(v);
    if (e.kind === 'number') all.push(e.value);
  }
  return denseRank(s, all);
}

/** id → implementation: the same functions Excel calls, for the Node library and tests. */
export const functions = {
  CAPDEDUCT: capDeduct,
  TIER: tier,
  DEDUCT: deduct,
  BONUS: bonus,
  RANKCN: rankcn,
  TRIMMEAN: trimmean,
  WEIGHTED: weighted,
} as const;

export type FunctionId = keyof typeof functions;
export { FunctionError } from './function-error';

/**
 * KH.TRIMMEAN(marks, [trimmed]): the raters' mean, by default without one highest and one lowest mark (去掉一个最高分和
 * 一个最低分); blank cells are not raters; with fewer than three marks, the plain mean. As the composite fill computes.
 */
export function trimmean(marks: Arg, trimmed: Arg = null): number {
  const given = cells(marks).filter((v) => !isBlank(v)).map((v) => amount(v) as number);
  const flag = cells(trimmed)[0];
  return raterScore(given, !(flag === false || flag === 0 || flag === 'FALSE')).score;
}

/**
 * KH.WEIGHTED(scores, weights, [scale]): Σ score × weight on the 100-point scale, each score read on its scale (100 when
 * omitted) and held to [0, scale]; weights as 40%, 0.4 or 40. Blank scores count 0.
 */
export function weighted(scores: Arg, weights: Arg, scale: Arg = null): number {
  const xs = cells(scores);
  const ws = cells(weights);
  if (xs.length !== ws.length) throw invalid('FN_WEIGHTS_SHAPE', message('FN_WEIGHTS_SHAPE', xs.length, ws.length));
  const s = amount(cells(scale)[0]) ?? 100;
  let total = 0;
  xs.forEach((x, i) => {
    const w = readWeight(ws[i] === undefined ? null : (ws[i] as CellValue), false);
    if (!w) throw invalid('FN_NOT_A_NUMBER', message('FN_NOT_A_NUMBER', shown(ws[i])));
    const v = Math.max(0, Math.min(s, amount(x) ?? 0));
    total += (v * w.fraction * 100) / s;
  });
  return round2(total);
}

import { directItemExpr, readDirectScore } from '../direct';
import { readCellEntry } from '../entries';
import { bandsExpr } from '../formulas';
import { message, type MessageCode } from '../messages';
import { fmt, round2, sum2 } from '../numbers';
import type { WarningReport } from '../sheet-report';
import { address, colLetter, valueAt, type SheetSnapshot } from '../snapshot';
import { DEFAULT_BANDS, findBands, tierOf, type Bands } from '../tiers';
import { isLevelMark, levelPoints, marksExpr, wordExpr } from './levels';
import { levelRowPoints, type CompositeItem, type CompositeLayout, type WeightCell } from './reading';
import { raterExpr, raterFunction, raterScore } from './raters';
import { pointsExpr, pointsScore } from './points';
import { bandExpr, bandScore, voteExpr, voteScore } from './votes';

/**
 * A composite sheet scored, each number beside the native formula that computes it from the sheet's own cells, so
 * the workbook recomputes exactly what the report says (SCORING.md §8).
 */
export interface Computed {
  value: number;
  /** Formula text without '='. */
  expr: string;
  /** The same through the add-in's KH functions, where one is shorter (mode 'functions'). */
  fn?: string;
}

export interface CompositeItemScore {
  row: number;
  name: string;
  section: string;
  scale: number;
  /** The item's own score: typed, or its raters' (trimmed) mean, or its stages' weighted sum. */
  score: number;
  /** Written into the item's score cell: present only when the tool computes the item's score. */
  computed?: Computed;
  /** Its effective weight (section × item on a two-level form), as a fraction; absent without weights. */
  weight?: number;
  /** score × weight on the 100-point scale; absent without weights. */
  weighted?: Computed;
  raters?: number;
}

export interface CompositeScore {
  items: CompositeItemScore[];
  total: Computed;
  fullMarks: number;
  bands: Bands;
  tier: string;
  complete: boolean;
  warnings: WarningReport[];
}

/** Points without full marks take no default tier: only bands the sheet states. */
const UNRATED: Bands = { bands: [], floor: null, source: '未定等次' };

/** A fraction as a formula constant: exact to six places (1/3 of a weight is written 0.333333, never 0.33). */
const frac = (x: number): string => String(Math.round(x * 1e6) / 1e6);

function weightFactor(w: WeightCell): { expr: string; value: number } {
  if (!w.at || w.at.kind === 'text') return { expr: frac(w.fraction), value: w.fraction };
  const ref = address(w.at.row, w.at.col);
  return w.at.kind === 'percent' ? { expr: `${ref}/100`, value: w.fraction } : { expr: ref, value: w.fraction };
}

export function scoreComposite(s: SheetSnapshot, layout: CompositeLayout): CompositeScore {
  const warnings: WarningReport[] = [];
  let complete = true;
  const warn = (row: number, code: MessageCode, text: string, col?: number) =>
    warnings.push({ row, ...(col !== undefined ? { col: colLetter(col) } : {}), code, message: text });
  const weighted = layout.items.some((it) => it.weight !== null);

  const items = layout.items.map((it): CompositeItemScore => {
    const own = ownScore(s, layout, it, (code, text, col) => {
      warn(it.row, code, text, col);
      if (code !== 'RATERS_TOO_FEW' && code !== 'SCORE_ABOVE_BASE') complete = false;
    });
    const scoreRef = address(it.row, layout.scoreCol);
    const out: CompositeItemScore = {
      row: it.row, name: it.name, section: it.section === null ? '' : layout.sections[it.section].name, scale: it.scale,
      score: own.score, ...(own.computed ? { computed: own.computed } : {}), ...(own.raters !== undefined ? { raters: own.raters } : {}),
    };
    if (!weighted) return out;
    const scaleRef = it.scaleCell && layout.scaleCol !== null ? address(it.row, layout.scaleCol) : fmt(it.scale);
    const factors = [weightFactor(it.weight as WeightCell)];
    if (layout.relativeItemWeights && it.section !== null) factors.push(weightFactor(layout.sections[it.section].weight as WeightCell));
    const clamped = Math.max(0, Math.min(it.scale, own.score));
    let value = clamped;
    for (const f of factors) value *= f.value;
    let expr = `${directItemExpr(scoreRef, scaleRef)}*${factors.map((f) => f.expr).join('*')}`;
    if (it.scale !== 100) {
      value = (value * 100) / it.scale;
      expr += `*100/${scaleRef}`;
    }
    out.weight = factors.reduce((a, f) => a * f.value, 1);
    out.weighted = { value, expr };
    return out;
  });

  const total = totalOf(layout, items, weighted);
  // Additive points have no full marks: a unit earns as many as it publishes.
  const fullMarks = layout.points ? 0 : weighted ? (layout.weightsNear !== null ? round2(layout.weightsNear * 100) : 100) : sum2(items.map((i) => i.scale));
  if (layout.weightsNear !== null) warn(layout.headerRow, 'WEIGHTS_NEAR_FULL', message('WEIGHTS_NEAR_FULL', layout.weightsNear));
  const bands = findBands(layout.notes) ?? (layout.points ? UNRATED : DEFAULT_BANDS);
  const tier = tierOf(total.value, bands);
  return { items, total, fullMarks, bands, tier, complete, warnings: warnings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
}

/** Σ weighted (each cell's rounded value where the sheet has a 加权得分 column), or Σ item scores without weights. */
function totalOf(layout: CompositeLayout, items: CompositeItemScore[], weighted: boolean): Computed {
  if (weighted && layout.weightedCol !== null) {
    const col = layout.weightedCol;
    for (const it of items) {
      const w = it.weighted as Computed;
      it.weighted = { value: round2(w.value), expr: `ROUND(${w.expr},2)` };
    }
    return { value: sum2(items.map((i) => (i.weighted as Computed).value)), expr: `ROUND(${items.map((i) => address(i.row, col)).join('+')},2)` };
  }
  if (layout.points) {
    return { value: sum2(items.map((i) => i.score)), expr: `ROUND(${items.map((i) => address(i.row, layout.scoreCol)).join('+')},2)` };
  }
  if (weighted) {
    return { value: round2(items.reduce((a, i) => a + (i.weighted as Computed).value, 0)), expr: `ROUND(${items.map((i) => (i.weighted as Computed).expr).join('+')},2)` };
  }
  const terms = layout.items.map((it, k) => {
    const scaleRef = it.scaleCell && layout.scaleCol !== null ? address(it.row, layout.scaleCol) : fmt(it.scale);
    return { value: Math.max(0, Math.min(it.scale, items[k].score)), expr: directItemExpr(address(it.row, layout.scoreCol), scaleRef) };
  });
  return { value: sum2(terms.map((t) => t.value)), expr: `ROUND(${terms.map((t) => t.expr).join('+')},2)` };
}

type Warn = (code: MessageCode, text: string, col?: number) => void;

/** The item's own score: from its raters, from its stage columns, or as typed in its score cell. */
function ownScore(s: SheetSnapshot, layout: CompositeLayout, it: CompositeItem, warn: Warn): { score: number; computed?: Computed; raters?: number } {
  if (layout.raterCols.length > 0) {
    const marks = layout.raterCols.map((c) => valueAt(s, it.row, c)).filter((v): v is number => typeof v === 'number');
    const r = raterScore(marks, layout.trimmed);
    if (r.raters === 0) warn('RATERS_EMPTY', message('RATERS_EMPTY'));
    if (r.tooFew) warn('RATERS_TOO_FEW', message('RATERS_TOO_FEW', r.raters));
    const range = raterRange(layout, it.row);
    return { score: r.score, raters: r.raters, computed: { value: r.score, expr: raterExpr(range, layout.trimmed), ...(range.includes(':') ? { fn: raterFunction(range, layout.trimmed) } : {}) } };
  }
  if (layout.levels) return levelScore(s, layout, it, warn);
  if (layout.points) {
    const p = layout.points;
    const per = valueAt(s, it.row, p.perPieceCol) as number;
    const score = pointsScore(per, valueAt(s, it.row, p.countCol), p.doubleCol !== null ? valueAt(s, it.row, p.doubleCol) : undefined);
    const expr = pointsExpr(address(it.row, p.perPieceCol), address(it.row, p.countCol), p.doubleCol !== null ? address(it.row, p.doubleCol) : null, p.doubleIsCount);
    return { score, computed: { value: score, expr } };
  }
  if (layout.shareCols.length > 0) {
    let value = 0;
    const terms: string[] = [];
    for (const sc of layout.shareCols) {
      const v = valueAt(s, it.row, sc.col);
      if (typeof v === 'number') value += v * sc.share;
      else warn('SHARE_EMPTY', message('SHARE_EMPTY', sc.name), sc.col);
      const ref = address(it.row, sc.col);
      terms.push(`IF(ISNUMBER(${ref}),${ref},0)*${frac(sc.share)}`);
    }
    const score = round2(value);
    return { score, computed: { value: score, expr: `ROUND(${terms.join('+')},2)` } };
  }
  const v = valueAt(s, it.row, layout.scoreCol);
  const d = readDirectScore(readCellEntry(s, it.row, layout.scoreCol), it.scale);
  if (d.kind === 'empty') warn('SCORE_EMPTY', message('SCORE_EMPTY'), layout.scoreCol);
  else if (d.kind === 'text') warn('SCORE_UNREADABLE', message('SCORE_UNREADABLE', d.raw), layout.scoreCol);
  else if (d.kind === 'other') warn('SCORE_UNREADABLE', message('SCORE_UNREADABLE', String(v)), layout.scoreCol);
  else if (d.raw > it.scale) warn('SCORE_ABOVE_BASE', message('SCORE_ABOVE_BASE', d.raw, it.scale), layout.scoreCol);
  else if (d.raw < 0) warn('SCORE_NEGATIVE', message('SCORE_NEGATIVE', d.raw), layout.scoreCol);
  return { score: d.score };
}

/** The marked level's points (or the level the 评定 cell names); none marked, or an unknown word, is 0 with a warning. */
function levelScore(s: SheetSnapshot, layout: CompositeLayout, it: CompositeItem, warn: Warn): { score: number; computed: Computed } {
  const lv = layout.levels as NonNullable<CompositeLayout['levels']>;
  if (lv.votes) return votesScore(s, layout, it, warn);
  const points = levelRowPoints(s, layout, it) as { value: number; expr: string }[];
  const exprs = points.map((p) => p.expr);
  const words = lv.headers.map((h) => h.word);
  if (lv.judgeCol !== null) {
    const judge = address(it.row, lv.judgeCol);
    const raw = valueAt(s, it.row, lv.judgeCol);
    const word = raw === null ? '' : String(raw).trim();
    const at = words.indexOf(word);
    if (word === '') warn('LEVEL_NONE', message('LEVEL_NONE'), lv.judgeCol);
    else if (at < 0) warn('LEVEL_UNKNOWN', message('LEVEL_UNKNOWN', word, words.join('、')), lv.judgeCol);
    const score = at < 0 ? 0 : round2(points[at].value);
    return { score, computed: { value: score, expr: wordExpr(judge, words, exprs) } };
  }
  const marked = lv.cols.map((c) => isLevelMark(valueAt(s, it.row, c)));
  const r = levelPoints(marked, points.map((p) => p.value));
  if (r.marked === 0) warn('LEVEL_NONE', message('LEVEL_NONE'));
  return { score: r.score, computed: { value: r.score, expr: marksExpr(lv.cols.map((c) => address(it.row, c)), exprs) } };
}

/** 民主测评: Σ votes × points ÷ valid votes; no valid votes is 0 with a warning. */
function votesScore(s: SheetSnapshot, layout: CompositeLayout, it: CompositeItem, warn: Warn): { score: number; computed: Computed } {
  const lv = layout.levels as NonNullable<CompositeLayout['levels']>;
  const v = lv.votes as NonNullable<typeof lv.votes>;
  const counts = lv.cols.map((c) => valueAt(s, it.row, c)).map((x) => (typeof x === 'number' ? x : 0));
  const validRaw = v.validCol !== null ? valueAt(s, it.row, v.validCol) : null;
  const valid = v.validCol !== null ? (typeof validRaw === 'number' ? validRaw : 0) : null;
  if ((valid ?? counts.reduce((a, b) => a + b, 0)) <= 0) warn('VOTES_EMPTY', message('VOTES_EMPTY'));
  const refs = lv.cols.map((c) => address(it.row, c));
  if (v.bands) {
    // 优秀得票率 bands: the first level column holds the 优秀 votes; 满分 is the item's own scale.
    const n = valid ?? counts.reduce((a, b) => a + b, 0);
    const score = bandScore(counts[0], n, v.bands, it.scale);
    const validRef = v.validCol !== null ? address(it.row, v.validCol) : `SUM(${refs.join(',')})`;
    const full = it.scaleCell && layout.scaleCol !== null ? address(it.row, layout.scaleCol) : String(it.scale);
    return { score, computed: { value: score, expr: bandExpr(refs[0], validRef, v.bands, full) } };
  }
  const points = v.points as number[];
  const score = voteScore(counts, points, valid);
  return { score, computed: { value: score, expr: voteExpr(refs, points, v.validCol !== null ? address(it.row, v.validCol) : null) } };
}

/** D5:H5 when the raters' columns are side by side, else D5,F5,H5 (SUM, COUNT, MAX and MIN take either). */
function raterRange(layout: CompositeLayout, row: number): string {
  const cols = layout.raterCols;
  const adjacent = cols.every((c, i) => i === 0 || c === cols[i - 1] + 1);
  return adjacent ? `${address(row, cols[0])}:${address(row, cols[cols.length - 1])}` : cols.map((c) => address(row, c)).join(',');
}

/** The tier cell's formula over the total's cell. */
export function tierExpr(totalRef: string, bands: Bands): string {
  return bandsExpr(totalRef, bands);
}

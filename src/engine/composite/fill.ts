import { holdsRecorded } from '../fill-record';
import { fitsLimits } from '../formula-limits';
import { sameFormula } from '../formulas';
import { mergeAt } from '../header';
import type { Layout } from '../layout';
import { message, type MessageCode } from '../messages';
import { round2, sum2 } from '../numbers';
import type { PlanOptions } from '../plan';
import { fail, ok, type Result } from '../result';
import type { SheetReport, WarningReport } from '../sheet-report';
import { address, colLetter, formulaAt, isEmpty, sameValue, valueAt, type CellValue, type SheetSnapshot } from '../snapshot';
import type { PlannedCell, WritePlan } from '../write-plan';
import { readComposite, type CompositeLayout } from './reading';
import { scoreComposite, tierExpr, type CompositeItemScore, type CompositeScore, type Computed } from './score';

/** What `kaohe fill --json` and the task pane show of a composite sheet's reading, beside the usual report. */
export interface CompositeReport {
  mechanisms: ('weights' | 'raters' | 'shares' | 'levels' | 'votes' | 'points')[];
  /** Each item's effective weight (a fraction) and its weighted score, in sheet order. */
  weights?: { row: number; name: string; weight: number; weighted: number }[];
  raters?: { columns: string[]; rule: 'mean' | 'trimmed' };
  shares?: { column: string; name: string; share: number }[];
  /** Level columns: each level's word, its header's points or share, and the 评定 column where one is used. */
  levels?: { columns: string[]; words: string[]; judgeColumn?: string; votePoints?: number[]; voteBands?: { from: number; points: number | null }[]; validColumn?: string };
  scoreColumn: string;
  weightedColumn?: string;
}

export interface CompositeOutcome {
  report: SheetReport & { composite: CompositeReport };
  plan: WritePlan;
  layout: Layout;
}

/**
 * The composite use case (SCORING.md §8): null when the sheet is not composite, so the deduction reader takes it;
 * an error naming what was found when it is composite in a way the tool cannot read; else its scores and writes.
 */
export function fillComposite(s: SheetSnapshot, opts: PlanOptions = {}): Result<CompositeOutcome> | null {
  const read = readComposite(s);
  if (read === null) return null;
  if (!read.ok) return fail(read.error);
  const layout = read.value;
  const score = scoreComposite(s, layout);
  const { plan, warnings } = planComposite(s, layout, score, opts);
  return ok({ report: reportOf(s, layout, score, warnings), plan, layout: asLayout(layout) });
}

interface Candidate {
  row: number;
  col: number;
  c: Computed;
  numFmt?: string;
}

function planComposite(s: SheetSnapshot, layout: CompositeLayout, score: CompositeScore, opts: PlanOptions) {
  const mode = opts.mode ?? 'formulas';
  const cells: PlannedCell[] = [];
  const warnings: WarningReport[] = [];
  const warn = (row: number, col: number, code: MessageCode, text: string) => warnings.push({ row, col: colLetter(col), code, message: text });
  const take = (x: Candidate, value: CellValue = x.c.value): void => {
    const m = mergeAt(s.merges, x.row, x.col);
    if (m && (m.top !== x.row || m.left !== x.col)) {
      warn(x.row, x.col, 'SCORE_CELL_MERGED', message('SCORE_CELL_MERGED', address(x.row, x.col), `${address(m.top, m.left)}:${address(m.bottom, m.right)}`));
      return;
    }
    const mine = [`=${x.c.expr}`, ...(x.c.fn ? [`=${x.c.fn}`] : [])];
    if (!opts.overwrite && !ours(s, x.row, x.col, mine, value, opts)) {
      warn(x.row, x.col, 'SCORE_CELL_TAKEN', message('SCORE_CELL_TAKEN', address(x.row, x.col)));
      return;
    }
    let formula: string | null = mode === 'values' ? null : mode === 'functions' && x.c.fn ? `=${x.c.fn}` : `=${x.c.expr}`;
    if (formula !== null && !fitsLimits(formula)) {
      warn(x.row, x.col, 'FORMULA_LIMIT', message('FORMULA_LIMIT', address(x.row, x.col)));
      formula = null;
    }
    cells.push({ row: x.row, col: x.col, formula, value, ...(typeof value === 'number' ? { numFmt: '0.##' } : {}) });
  };
  for (const it of score.items) {
    if (it.computed) take({ row: it.row, col: layout.scoreCol, c: it.computed });
    if (it.weighted && layout.weightedCol !== null) take({ row: it.row, col: layout.weightedCol, c: it.weighted });
  }
  const totalCol = layout.weightedCol ?? layout.scoreCol;
  if (layout.totalRow !== null) take({ row: layout.totalRow, col: totalCol, c: score.total });
  if (layout.tierCell) {
    const totalRef = layout.totalRow !== null && cells.some((c) => c.row === layout.totalRow && c.col === totalCol)
      ? address(layout.totalRow, totalCol)
      : score.total.expr;
    take({ row: layout.tierCell.row, col: layout.tierCell.col, c: { value: 0, expr: tierExpr(totalRef, score.bands) } }, score.tier);
  }
  return { plan: { sheet: s.name, cells }, warnings };
}

/** Empty, what the fill record says the tool wrote, or what the tool would write now: the tool's to (re)write. */
function ours(s: SheetSnapshot, row: number, col: number, formulas: string[], value: CellValue, opts: PlanOptions): boolean {
  const f = formulaAt(s, row, col);
  const v = valueAt(s, row, col);
  const rec = opts.written?.get(address(row, col));
  if (rec && holdsRecorded(f, v, rec)) return true;
  if (f) return formulas.some((g) => sameFormula(f, g));
  return isEmpty(v) || sameValue(v, value);
}

function reportOf(s: SheetSnapshot, layout: CompositeLayout, score: CompositeScore, planWarnings: WarningReport[]): CompositeOutcome['report'] {
  const weighted = score.items.some((i) => i.weighted);
  const composite: CompositeReport = {
    mechanisms: [
      ...(weighted ? (['weights'] as const) : []),
      ...(layout.raterCols.length > 0 ? (['raters'] as const) : []),
      ...(layout.shareCols.length > 0 ? (['shares'] as const) : []),
      ...(layout.levels && !layout.levels.votes ? (['levels'] as const) : []),
      ...(layout.levels?.votes ? (['votes'] as const) : []),
      ...(layout.points ? (['points'] as const) : []),
    ],
    ...(weighted
      ? { weights: score.items.map((i) => ({ row: i.row, name: i.name, weight: i.weight as number, weighted: round(i.weighted as Computed) })) }
      : {}),
    ...(layout.raterCols.length > 0 ? { raters: { columns: layout.raterCols.map(colLetter), rule: layout.trimmed ? 'trimmed' : 'mean' } } : {}),
    ...(layout.shareCols.length > 0 ? { shares: layout.shareCols.map((x) => ({ column: colLetter(x.col), name: x.name, share: x.share })) } : {}),
    ...(layout.levels
      ? { levels: { columns: layout.levels.cols.map(colLetter), words: layout.levels.headers.map((h) => h.word), ...(layout.levels.judgeCol !== null ? { judgeColumn: colLetter(layout.levels.judgeCol) } : {}), ...(layout.levels.votes ? { votePoints: layout.levels.votes.points ?? [], ...(layout.levels.votes.bands ? { voteBands: layout.levels.votes.bands } : {}), ...(layout.levels.votes.validCol !== null ? { validColumn: colLetter(layout.levels.votes.validCol) } : {}) } : {}) } }
      : {}),
    scoreColumn: colLetter(layout.scoreCol),
    ...(layout.weightedCol !== null ? { weightedColumn: colLetter(layout.weightedCol) } : {}),
  };
  const columns: Record<string, string> = { content: colLetter(layout.nameCol), score: colLetter(layout.scoreCol) };
  if (layout.sectionCol !== null) columns.section = colLetter(layout.sectionCol);
  if (layout.scaleCol !== null) columns.base = colLetter(layout.scaleCol);
  const bySection: CompositeItemScore[][] = layout.sections.map(() => []);
  score.items.forEach((it, k) => {
    const sec = layout.items[k].section;
    if (sec !== null) bySection[sec].push(it);
  });
  const sections = layout.sections.map((sec, i) => {
    const own = bySection[i];
    const cap = sec.weight ? round2(sec.weight.fraction * 100) : sum2(own.map((x) => x.scale));
    const sc = own.reduce((a, x) => a + (x.weighted ? round(x.weighted) : x.score), 0);
    return { name: sec.name, row: sec.row, cap, base: cap, score: round2(sc) };
  });
  return {
    sheet: s.name,
    kind: 'composite',
    headerRow: layout.headerRow,
    columns,
    items: score.items.map((i) => ({ row: i.row, section: i.section, base: i.scale, deduction: 0, score: i.score, rule: { text: '', cap: null, clauses: [] } })),
    sections,
    adjustments: [],
    bonus: 0,
    veto: false,
    total: score.total.value,
    fullMarks: score.fullMarks,
    tier: score.tier,
    complete: score.complete,
    warnings: [...score.warnings, ...planWarnings].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    composite,
  };
}

const round = (c: Computed): number => round2(c.value);

/**
 * The shape the report builders read (report/unit.ts): the total's cell in the column the total is written to, the
 * items' rows, no deduction sections. Nothing else reads a composite layout as a deduction one.
 */
function asLayout(l: CompositeLayout): Layout {
  return {
    sheet: l.sheet, kind: 'composite', headerRow: l.headerRow, headerEnd: l.headerRow,
    columns: { score: l.weightedCol ?? l.scoreCol, content: l.nameCol },
    sections: [], items: [], blocks: [], adjustments: [], vetoRows: [], totalRow: l.totalRow, totalBase: null,
    conditions: { keyItems: [], keySections: [], zeroVetoRows: [], unapplied: [] }, tierCell: l.tierCell, notes: l.notes,
  };
}

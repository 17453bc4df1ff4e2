import {
  adjustmentExpr, bandsExpr, ifMarked, itemScoreExpr, MAX_FORMULA_LENGTH, sameFormula, sectionExpr, str, totalExpr, withVeto,
  type ItemRefs,
} from './formulas';
import { ruleCap } from './caps';
import type { RecordedCell } from './fill-record';
import type { Layout, LayoutItem } from './layout';
import { message } from './messages';
import { fmt } from './numbers';
import { perOccurrencePoints, type SheetScore } from './score';
import { address, formulaAt, isEmpty, valueAt, type CellValue, type SheetSnapshot } from './snapshot';
import type { WarningReport } from './sheet-report';
import { DEFAULT_BANDS, withoutTop } from './tiers';
import type { PlannedCell, WritePlan } from './write-plan';

/**
 * Results → the cells a fill writes (SCORING.md §7): item 得分 cells, 小计 rows, the total cell and a labelled tier
 * cell, as native formulas (default), plain values, or formulas calling the add-in's KH.* functions. A cell that
 * holds the user's own number or a formula the tool would not write is left alone and reported, unless overwrite.
 */
export type FillMode = 'formulas' | 'values' | 'functions';

export interface PlanOptions {
  mode?: FillMode;
  overwrite?: boolean;
  /** What earlier fills wrote, by address (writtenCells of the fill record): a cell still holding it is ours. */
  written?: ReadonlyMap<string, RecordedCell>;
}

interface Candidate {
  row: number;
  col: number;
  /** Every formula the tool could have written here (any mode), to recognise its own earlier work. */
  formulas: string[];
  formula: string | null;
  value: CellValue;
}

function itemRefs(layout: Layout, item: LayoutItem): ItemRefs {
  const c = layout.columns;
  const pts = c.count !== undefined ? perOccurrencePoints(item) : null;
  return {
    base: item.baseIsNumber ? address(item.row, c.base as number) : fmt(item.base),
    deduction: address(item.row, c.deduction as number),
    cap: ruleCap(item.rule),
    ...(pts !== null ? { count: { ref: address(item.row, c.count as number), points: pts } } : {}),
    ...(c.bonus !== undefined ? { bonus: address(item.row, c.bonus) } : {}),
  };
}

function functionItemExpr(r: ItemRefs): string | null {
  if (r.count || r.bonus) return null;
  return `KH.CAPDEDUCT(${r.base},${r.deduction}${r.cap !== null ? `,${fmt(r.cap)}` : ''})`;
}

/** Is this cell ours to write: empty, or holding what the tool writes there (a formula of any mode, or the value)? */
function ours(s: SheetSnapshot, c: Candidate, written?: ReadonlyMap<string, RecordedCell>): boolean {
  const f = formulaAt(s, c.row, c.col);
  const w = written?.get(address(c.row, c.col));
  if (w && (w.formula !== null ? f !== null && sameFormula(f, w.formula) : f === null && sameValue(valueAt(s, c.row, c.col), w.value))) return true;
  if (f) return c.formulas.some((g) => sameFormula(f, g));
  const v = valueAt(s, c.row, c.col);
  if (isEmpty(v)) return true;
  return sameValue(v, c.value);
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return a === b;
}

export function planFill(s: SheetSnapshot, layout: Layout, score: SheetScore, opts: PlanOptions = {}): {
  plan: WritePlan;
  warnings: WarningReport[];
} {
  const mode = opts.mode ?? 'formulas';
  const scoreCol = layout.columns.score as number;
  const warnings: WarningReport[] = [];
  const cells: PlannedCell[] = [];
  const take = (c: Candidate): boolean => {
    if (!opts.overwrite && !ours(s, c, opts.written)) {
      warnings.push({ row: c.row, code: 'SCORE_CELL_TAKEN', message: message('SCORE_CELL_TAKEN', address(c.row, c.col)) });
      return false;
    }
    cells.push({ row: c.row, col: c.col, formula: mode === 'values' ? null : c.formula, value: c.value });
    return true;
  };

  // Items: a skipped item's expression is repeated inline wherever its score is summed, so totals stay the engine's.
  const itemTerm = new Map<number, string>();
  layout.items.forEach((item, i) => {
    const refs = itemRefs(layout, item);
    const native = itemScoreExpr(refs);
    const fn = functionItemExpr(refs);
    const formula = `=${mode === 'functions' && fn ? fn : native}`;
    const formulas = [`=${native}`, ...(fn ? [`=${fn}`] : [])];
    const wrote = take({ row: item.row, col: scoreCol, formulas, formula, value: score.items[i].score });
    itemTerm.set(item.row, wrote ? address(item.row, scoreCol) : native);
  });

  const rowsBySection: number[][] = layout.sections.map(() => []);
  for (const it of layout.items) rowsBySection[it.section].push(it.row);
  const sectionTerms = layout.sections.map((sec, i) => {
    const rows = rowsBySection[i];
    const expr = sectionExpr(score.sections[i].cap, sumParts(rows, itemTerm, scoreCol));
    if (sec.subtotalRow !== null)
      take({ row: sec.subtotalRow, col: scoreCol, formulas: [`=${expr}`], formula: `=${expr}`, value: score.sections[i].score });
    return expr;
  });

  const adjTerms = adjustmentTerms(layout);
  const totalFormula = totalExpr([...sectionTerms, ...adjTerms]);
  let totalRef = totalFormula;
  if (layout.totalRow !== null) {
    const tooLong = totalFormula.length + 1 > MAX_FORMULA_LENGTH;
    if (tooLong && mode !== 'values')
      warnings.push({ row: layout.totalRow, code: 'FORMULA_TOO_LONG', message: message('FORMULA_TOO_LONG') });
    const wrote = take({
      row: layout.totalRow, col: scoreCol, formulas: [`=${totalFormula}`],
      formula: tooLong ? null : `=${totalFormula}`, value: score.total,
    });
    if (wrote) totalRef = address(layout.totalRow, scoreCol);
  }

  if (layout.tierCell) {
    const refs = (excellentOnly: boolean) =>
      layout.vetoRows.filter((v) => v.excellentOnly === excellentOnly).map((v) => address(v.row, v.entryCol));
    const vetoRefs = refs(false);
    const noExcellentRefs = refs(true);
    const byBands = ifMarked(noExcellentRefs, bandsExpr(totalRef, withoutTop(score.bands)), bandsExpr(totalRef, score.bands));
    const native = withVeto(byBands, vetoRefs);
    const khTier = `KH.TIER(${totalRef}${score.bands === DEFAULT_BANDS ? '' : `,${str(score.bands.source)}`})`;
    const fn = noExcellentRefs.length ? native : withVeto(khTier, vetoRefs);
    const formula = `=${mode === 'functions' ? fn : native}`;
    if (formula.length <= MAX_FORMULA_LENGTH)
      take({ row: layout.tierCell.row, col: layout.tierCell.col, formulas: [`=${native}`, `=${fn}`], formula, value: score.tier });
  }
  return { plan: { sheet: s.name, cells }, warnings };
}

/** Item score cells as SUM arguments: contiguous written rows as ranges (H3:H7), skipped ones inline. */
function sumParts(rows: number[], term: Map<number, string>, col: number): string[] {
  const parts: string[] = [];
  let start: number | null = null;
  let prev = -1;
  const flush = () => {
    if (start !== null) parts.push(start === prev ? address(start, col) : `${address(start, col)}:${address(prev, col)}`);
    start = null;
  };
  for (const r of rows) {
    const t = term.get(r) as string;
    const isRef = t === address(r, col);
    if (isRef && start !== null && r === prev + 1) {
      prev = r;
      continue;
    }
    flush();
    if (isRef) {
      start = r;
      prev = r;
    } else parts.push(t);
  }
  flush();
  return parts;
}

/** The 加减分 block: each row's signed, capped entry; bonuses under a capped block title capped together. */
function adjustmentTerms(layout: Layout): string[] {
  const terms: string[] = [];
  const inBlock = (b: number | null) => layout.adjustments.filter((a) => a.block === b);
  layout.blocks.forEach((block, i) => {
    const rows = inBlock(i);
    if (block.cap === null) {
      terms.push(...rows.map((a) => adjustmentExpr(address(a.row, a.entryCol), a.sign, a.cap)));
      return;
    }
    const plus: string[] = [];
    const minus: string[] = [];
    for (const a of rows) {
      const e = adjustmentExpr(address(a.row, a.entryCol), a.sign, a.cap);
      if (a.sign === 'bonus') plus.push(e);
      else if (a.sign === 'penalty') minus.push(e);
      else {
        plus.push(`MAX(0,${e})`);
        minus.push(`MIN(0,${e})`);
      }
    }
    if (plus.length) terms.push(`MIN(${fmt(block.cap)},${plus.join('+')})`);
    terms.push(...minus);
  });
  terms.push(...inBlock(null).map((a) => adjustmentExpr(address(a.row, a.entryCol), a.sign, a.cap)));
  return terms;
}

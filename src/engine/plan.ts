import {
  adjustmentExpr, bandsExpr, ifMarked, itemScoreExpr, MAX_FORMULA_LENGTH, sameFormula, sectionExpr, str, totalExpr, withVeto,
  type ItemRefs,
} from './formulas';
import type { Layout, LayoutItem } from './layout';
import { message } from './messages';
import { fmt } from './numbers';
import { perOccurrencePoints, type SheetScore } from './score';
import { address, formulaAt, isEmpty, valueAt, type CellValue, type SheetSnapshot } from './snapshot';
import type { WarningReport } from './sheet-report';
import { DEFAULT_BANDS, withoutTop } from './tiers';
import { directItemExpr } from './direct';
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
    cap: item.rule.cap,
    ...(pts !== null ? { count: { ref: address(item.row, c.count as number), points: pts } } : {}),
    ...(c.bonus !== undefined ? { bonus: address(item.row, c.bonus) } : {}),
  };
}

function functionItemExpr(r: ItemRefs): string | null {
  if (r.count || r.bonus) return null;
  return `KH.CAPDEDUCT(${r.base},${r.deduction}${r.cap !== null ? `,${fmt(r.cap)}` : ''})`;
}

/** Is this cell ours to write: empty, or holding what the tool writes there (a formula of any mode, or the value)? */
function ours(s: SheetSnapshot, c: Candidate): boolean {
  const f = formulaAt(s, c.row, c.col);
  if (f) return c.formulas.some((g) => sameFormula(f, g));
  const v = valueAt(s, c.row, c.col);
  if (isEmpty(v)) return true;
  if (typeof v === 'number' && typeof c.value === 'number') return Math.abs(v - c.value) < 1e-9;
  return v === c.value;
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
    if (!opts.overwrite && !ours(s, c)) {
      warnings.push({ row: c.row, code: 'SCORE_CELL_TAKEN', message: message('SCORE_CELL_TAKEN', address(c.row, c.col)) });
      return false;
    }
    cells.push({ row: c.row, col: c.col, formula: mode === 'values' ? null : c.formula, value: c.value });
    return true;
  };

  // Items: a skipped item's expression is repeated inline wherever its score is summed, so totals stay the engine's.
  // On a direct sheet the assessor's typed scores are never written; totals read them through the same clamp.
  const direct = layout.kind === 'direct';
  const itemTerm = new Map<number, string>();
  if (direct)
    for (const item of layout.items) {
      const base = item.baseIsNumber ? address(item.row, layout.columns.base as number) : item.base;
      itemTerm.set(item.row, directItemExpr(address(item.row, scoreCol), base));
    }
  else layout.items.forEach((item, i) => {
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
    // Direct terms are joined with + inside one SUM argument: SUM takes at most 255 arguments.
    const parts = direct ? [rows.map((r) => itemTerm.get(r) as string).join('+')] : sumParts(rows, itemTerm, scoreCol);
    const expr = sectionExpr(score.sections[i].cap, parts);
    if (sec.subtotalRow !== null) {
      const wrote = take({ row: sec.subtotalRow, col: scoreCol, formulas: [`=${expr}`], formula: `=${expr}`, value: score.sections[i].score });
      if (wrote && direct) return address(sec.subtotalRow, scoreCol);
    }
    return expr;
  });

  const adjTerms = adjustmentTerms(layout);
  const totalFormula = withConditions(layout, totalExpr([...sectionTerms, ...adjTerms]), itemTerm, sectionTerms);
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

/** 说明中的条件: the total is 0 when a key item or section scores 0, or when a zero-total veto row is marked. */
function withConditions(layout: Layout, total: string, itemTerm: Map<number, string>, sectionTerms: string[]): string {
  const { keyItems, keySections, zeroVetoRows } = layout.conditions;
  const tests = [
    ...keyItems.map((i) => `${itemTerm.get(layout.items[i].row)}=0`),
    ...keySections.map((i) => `${sectionTerms[i]}=0`),
  ];
  const keyed = tests.length ? `IF(OR(${tests.join(',')}),0,${total})` : total;
  const vetoRefs = layout.vetoRows.filter((v) => zeroVetoRows.includes(v.row)).map((v) => address(v.row, v.entryCol));
  return ifMarked(vetoRefs, '0', keyed);
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

import { holdsRecorded, type RecordedCell } from './fill-record';
import { fitsLimits, sumOf } from './formula-limits';
import {
  adjustmentExpr, askingForNumbers, bandsExpr, ifMarked, itemScoreExpr, sameFormula, sectionExpr, shortItemScoreExpr, str,
  totalExpr, withVeto, type ItemRefs,
} from './formulas';
import { ruleCap } from './caps';
import { mergeAt } from './header';
import type { Layout, LayoutItem } from './layout';
import { highestOnlyBlocks } from './highest-level';
import type { Rule } from './rule';
import { message, type MessageCode } from './messages';
import { fmt, round2, sum2 } from './numbers';
import { perOccurrencePoints, type SheetScore } from './score';
import { address, formulaAt, isEmpty, sameValue, valueAt, type CellValue, type MergedArea, type SheetSnapshot } from './snapshot';
import type { WarningReport } from './sheet-report';
import { withoutTop } from './tiers';
import { directItemExpr } from './direct';
import { RowTemplates } from './row-template';
import { topLevelTerms } from './category-terms';
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
  /**
   * What the last fill wrote into this sheet, from the workbook's fill record (writtenCells in fill-record.ts): a
   * cell still holding exactly that is the tool's to rewrite, whatever it computes now (a refill after a correction).
   */
  written?: ReadonlyMap<string, RecordedCell>;
}

interface Candidate {
  row: number;
  col: number;
  /**
   * Every formula the tool could have written here (any mode), to recognise its own earlier work; asked only of a
   * cell that holds a formula.
   */
  formulas: () => string[];
  formula: string | null;
  value: CellValue;
  /** Known already (a row template's): whether `formula` is within Excel's limits (mode 'values' writes none). */
  fits?: boolean;
}

/** The cells an item's formula reads; `at` moves a one-row item to another row (to build its row template). */
function itemRefs(layout: Layout, item: LayoutItem, at = item.row): ItemRefs {
  const c = layout.columns;
  const pts = c.count !== undefined ? perOccurrencePoints(item) : null;
  const rows = item.rows && item.rows.length > 1 ? item.rows : [at];
  return {
    base: item.baseIsNumber ? address(at, c.base as number) : fmt(item.base),
    deductions: rows.map((r) => address(r, c.deduction as number)),
    cap: ruleCap(item.rule),
    ...(pts !== null ? { count: { refs: rows.map((r) => address(r, c.count as number)), ...pts } } : {}),
    ...(c.bonus !== undefined ? { bonus: address(at, c.bonus) } : {}),
  };
}

/**
 * An entry a short formula reads exactly as the engine does: a number, or nothing at all. Anything else (「3分」,
 * 不得分, a formula, TRUE, spaces) gets the long form that reads it the engine's way.
 */
function plainEntry(s: SheetSnapshot, row: number, col: number): boolean {
  if (formulaAt(s, row, col)) return false;
  const v = valueAt(s, row, col);
  return typeof v === 'number' || v === null || v === '';
}

/** The short form fits an item of one row and one 扣分 cell, with no 次数 or 加分 column to read besides. */
function shortShape(r: ItemRefs): { base: string; cap: number | null; deduction: string } | null {
  if (r.count || r.bonus || r.deductions.length !== 1) return null;
  return { base: r.base, cap: r.cap, deduction: r.deductions[0] };
}

function functionItemExpr(r: ItemRefs): string | null {
  if (r.count || r.bonus || r.deductions.length > 1) return null;
  return `KH.CAPDEDUCT(${r.base},${r.deductions[0]}${r.cap !== null ? `,${fmt(r.cap)}` : ''})`;
}

/**
 * Is this cell ours to write: empty, still holding what the fill record says the tool wrote there, or holding what
 * the tool would write now (a formula of any mode, or the value)?
 */
function ours(s: SheetSnapshot, c: Candidate, written: ReadonlyMap<string, RecordedCell> | undefined): boolean {
  const f = formulaAt(s, c.row, c.col);
  const v = valueAt(s, c.row, c.col);
  const rec = written?.get(address(c.row, c.col));
  if (rec && holdsRecorded(f, v, rec)) return true;
  if (f) return c.formulas().some((g) => sameFormula(f, g));
  if (isEmpty(v)) return true;
  return sameValue(v, c.value);
}

function areaText(m: MergedArea): string {
  return `${address(m.top, m.left)}:${address(m.bottom, m.right)}`;
}

/** Items whose 得分 cells one merged area covers: written once, in its top-left cell, as their sum. */
interface ScoreGroup {
  at: { row: number; col: number };
  members: number[];
  area: MergedArea | null;
}

export function planFill(s: SheetSnapshot, layout: Layout, score: SheetScore, opts: PlanOptions = {}): {
  plan: WritePlan;
  warnings: WarningReport[];
} {
  const mode = opts.mode ?? 'formulas';
  const scoreCol = layout.columns.score as number;
  const warnings: WarningReport[] = [];
  const cells: PlannedCell[] = [];
  const warn = (row: number, code: MessageCode, text: string) => warnings.push({ row, code, message: text });
  /** Writes the cell unless it is the user's or hidden in a merge; a formula past Excel's limits becomes its value. */
  const take = (c: Candidate): boolean => {
    const m = mergeAt(s.merges, c.row, c.col);
    if (m && (m.top !== c.row || m.left !== c.col)) {
      warn(c.row, 'SCORE_CELL_MERGED', message('SCORE_CELL_MERGED', address(c.row, c.col), areaText(m)));
      return false;
    }
    if (!opts.overwrite && !ours(s, c, opts.written)) {
      warn(c.row, 'SCORE_CELL_TAKEN', message('SCORE_CELL_TAKEN', address(c.row, c.col)));
      return false;
    }
    let formula = mode === 'values' ? null : c.formula;
    if (formula !== null && !(c.fits ?? fitsLimits(formula))) {
      warn(c.row, 'FORMULA_LIMIT', message('FORMULA_LIMIT', address(c.row, c.col)));
      formula = null;
    }
    cells.push({ row: c.row, col: c.col, formula, value: c.value });
    return true;
  };

  // Items: a skipped item's expression is repeated inline wherever its score is summed, so totals stay the engine's.
  // On a direct sheet the assessor's typed scores are never written; totals read them through the same clamp.
  const direct = layout.kind === 'direct';
  // One string per item formula, made with its '=' (an item's term inside sums is that string less the '=').
  const templates = new RowTemplates();
  // A one-row item's formula is decided by its rule and its base, besides the row: everything else itemRefs reads is
  // the layout's. The shape is everything the formula reads but the row (its cells as they would stand on row 0),
  // worked out once per rule and base, since rules are shared among the items whose criteria read alike.
  const shapes = new Map<Rule, Map<string, string>>();
  const shapeOf = (item: LayoutItem, base: string): string => {
    let byBase = shapes.get(item.rule);
    if (!byBase) shapes.set(item.rule, (byBase = new Map()));
    let shape = byBase.get(base);
    if (shape === undefined) byBase.set(base, (shape = `item ${JSON.stringify(itemRefs(layout, item, 0))}`));
    return shape;
  };
  const baseCol = layout.columns.base as number;
  // Short where the entry allows (a number or nothing), the long reading form elsewhere; each item's other form is
  // kept as well, so a cell holding either is recognised as the tool's own.
  const shortOf = (item: LayoutItem) => (r: number) => {
    const shape = shortShape(itemRefs(layout, item, r));
    return shape ? shortItemScoreExpr(shape) : itemScoreExpr(itemRefs(layout, item, r));
  };
  const isShort = layout.items.map((item) =>
    !direct && mode === 'formulas' && !(item.rows && item.rows.length > 1) && shortShape(itemRefs(layout, item)) !== null &&
    plainEntry(s, item.row, layout.columns.deduction as number));
  const alternate = (i: number): string | null => {
    const item = layout.items[i];
    if (direct || (item.rows && item.rows.length > 1) || !shortShape(itemRefs(layout, item))) return null;
    return `=${isShort[i] ? itemScoreExpr(itemRefs(layout, item)) : shortOf(item)(item.row)}`;
  };
  const written = layout.items.map((item, i): { formula: string; fits: boolean } | null => {
    if (!direct && score.items[i].unknown) return null;
    const base = item.baseIsNumber ? 'cell' : fmt(item.base);
    if (direct)
      return templates.at(`direct ${base}`, item.row, (r) => directItemExpr(address(r, scoreCol), item.baseIsNumber ? address(r, baseCol) : item.base));
    if (item.rows && item.rows.length > 1) {
      const formula = `=${itemScoreExpr(itemRefs(layout, item))}`;
      return { formula, fits: fitsLimits(formula) };
    }
    if (isShort[i]) return templates.at(`short ${shapeOf(item, base)}`, item.row, shortOf(item));
    return templates.at(shapeOf(item, base), item.row, (r) => itemScoreExpr(itemRefs(layout, item, r)));
  });
  const native = written.map((w, i) => (w ? w.formula.slice(1) : fmt(score.items[i].score)));
  const itemTerm = new Map<number, string>();
  if (direct) layout.items.forEach((item, i) => itemTerm.set(item.row, native[i]));
  for (const g of direct ? [] : scoreGroups(s, layout, scoreCol)) {
    const items = g.members.map((i) => layout.items[i]);
    if (g.area && g.members.length > 1) {
      const rows = items.map((it) => it.row).join('、');
      warn(g.at.row, 'SCORES_MERGED', message('SCORES_MERGED', areaText(g.area), rows));
    }
    const one = g.members.length === 1 ? g.members[0] : null;
    const fnOf = () => (one !== null && !score.items[one].unknown ? functionItemExpr(itemRefs(layout, items[0])) : null);
    const fn = mode === 'functions' ? fnOf() : null;
    const own = one !== null ? written[one] : null;
    const nativeFormula = own ? own.formula : `=${one !== null ? native[one] : `ROUND(${sumOf(g.members.map((i) => native[i]))},2)`}`;
    const unknown = g.members.some((i) => score.items[i].unknown);
    const formula = unknown ? null : mode === 'functions' && fn ? `=${fn}` : nativeFormula;
    const value = round2(sum2(g.members.map((i) => score.items[i].score)));
    const fits = own && formula === own.formula ? own.fits : undefined;
    const formulas = () => {
      const f = fn ?? fnOf();
      const other = one !== null ? alternate(one) : null;
      return [nativeFormula, ...(f ? [`=${f}`] : []), ...(other ? [other] : [])];
    };
    const wrote = take({ row: g.at.row, col: g.at.col, formulas, formula, value, fits });
    g.members.forEach((i, k) => itemTerm.set(layout.items[i].row, wrote ? (k === 0 ? address(g.at.row, g.at.col) : '') : native[i]));
  }

  const rowsBySection: number[][] = layout.sections.map(() => []);
  for (const it of layout.items) rowsBySection[it.section].push(it.row);
  const sectionTerms = layout.sections.map((sec, i) => {
    const rows = rowsBySection[i];
    // Direct terms are joined with + inside one SUM argument: SUM takes at most 255 arguments.
    const parts = direct ? [rows.map((r) => itemTerm.get(r) as string).join('+')] : sumParts(rows, itemTerm, scoreCol);
    const expr = sectionExpr(score.sections[i].cap, parts);
    if (sec.subtotalRow !== null) {
      const wrote = take({ row: sec.subtotalRow, col: scoreCol, formulas: () => [`=${expr}`], formula: `=${expr}`, value: score.sections[i].score });
      if (wrote) return address(sec.subtotalRow, scoreCol);
    }
    return expr;
  });

  const adjTerms = adjustmentTerms(s, layout, score);
  const keyTerm = (i: number) => itemTerm.get(layout.items[i].row) || native[i];
  const topTerms = topLevelTerms(layout, score, sectionTerms, (row, expr, value) =>
    take({ row, col: scoreCol, formulas: () => [`=${expr}`], formula: `=${expr}`, value }) ? address(row, scoreCol) : null);
  // Item cells that may come to show 请填数字 make the total show it too, and the tier after it.
  const shortRows = layout.items.filter((it, i) => isShort[i] && itemTerm.get(it.row) === address(it.row, scoreCol)).map((it) => it.row);
  const [firstShort, lastShort] = [shortRows[0], shortRows[shortRows.length - 1]];
  const asking = !shortRows.length ? null
    : firstShort === lastShort ? address(firstShort, scoreCol) : `${address(firstShort, scoreCol)}:${address(lastShort, scoreCol)}`;
  const summed = withConditions(layout, score, totalExpr([...topTerms, ...adjTerms]), keyTerm, sectionTerms);
  const totalFormula = asking ? askingForNumbers(asking, summed) : summed;
  let totalRef = totalFormula;
  if (layout.totalRow !== null) {
    const wrote = take({
      row: layout.totalRow, col: scoreCol, formulas: () => [`=${totalFormula}`], formula: `=${totalFormula}`, value: score.total,
    });
    if (wrote) totalRef = address(layout.totalRow, scoreCol);
  }

  if (layout.tierCell) {
    const unknown = new Set(score.unknownVetoRows);
    const refs = (excellentOnly: boolean) =>
      layout.vetoRows
        .filter((v) => v.excellentOnly === excellentOnly && !unknown.has(v.row))
        .map((v) => address(v.row, v.entryCol));
    const vetoRefs = refs(false);
    const noExcellentRefs = refs(true);
    const byBands = ifMarked(noExcellentRefs, bandsExpr(totalRef, withoutTop(score.bands)), bandsExpr(totalRef, score.bands));
    // 一票否决 first: a marked veto decides the tier whatever the scores show.
    const nativeTier = withVeto(asking ? askingForNumbers(asking, byBands) : byBands, vetoRefs);
    // Default bands are the thresholds alone ({31.5,28,21}): KH.TIER pairs them with 优秀/良好/合格/不合格.
    const khBands = score.bands.isDefault ? `{${score.bands.bands.map((b) => fmt(b.min)).join(',')}}` : str(score.bands.source);
    const khTier = `KH.TIER(${totalRef},${khBands})`;
    const fn = noExcellentRefs.length ? nativeTier : withVeto(khTier, vetoRefs);
    const formula = `=${mode === 'functions' ? fn : nativeTier}`;
    take({ row: layout.tierCell.row, col: layout.tierCell.col, formulas: () => [`=${nativeTier}`, `=${fn}`], formula, value: score.tier });
  }
  return { plan: { sheet: s.name, cells }, warnings };
}

/** 说明中的条件: the total is 0 when a key item or section scores 0, or when a zero-total veto row is marked. */
function withConditions(
  layout: Layout, score: SheetScore, total: string, keyTerm: (i: number) => string, sectionTerms: string[],
): string {
  const { keyItems, keySections, zeroVetoRows } = layout.conditions;
  const tests = [...keyItems.map((i) => `${keyTerm(i)}=0`), ...keySections.map((i) => `${sectionTerms[i]}=0`),
    ...(layout.conditions.thresholds ?? []).map((t) => `ROUND(${sectionTerms[t.section]},2)<${fmt(t.below)}`)];
  const keyed = tests.length ? `IF(OR(${tests.join(',')}),0,${total})` : total;
  const unknown = new Set(score.unknownVetoRows);
  const marks = layout.vetoRows.filter((v) => zeroVetoRows.includes(v.row) && !unknown.has(v.row));
  return ifMarked(marks.map((v) => address(v.row, v.entryCol)), '0', keyed);
}

/**
 * Where each item's score goes. An item alone in its 得分 cell is its own group. A 得分 cell merged down over
 * several items of one section is one group, written in the merge's top-left cell.
 */
function scoreGroups(s: SheetSnapshot, layout: Layout, scoreCol: number): ScoreGroup[] {
  const groups: ScoreGroup[] = [];
  const byArea = new Map<MergedArea, ScoreGroup>();
  layout.items.forEach((it, i) => {
    const m = mergeAt(s.merges, it.row, scoreCol);
    const ownRows = it.rows ?? [it.row];
    const tallOwn = m && m.top === it.row && m.left === scoreCol && m.bottom <= ownRows[ownRows.length - 1];
    if (!m || m.top === m.bottom || tallOwn) {
      groups.push({ at: { row: it.row, col: scoreCol }, members: [i], area: m ?? null });
      return;
    }
    const g = byArea.get(m);
    const first = g ? layout.items[g.members[0]] : null;
    if (g && first && first.section === it.section) g.members.push(i);
    else if (!g && m.top === it.row && m.left === scoreCol) {
      const ng: ScoreGroup = { at: { row: m.top, col: scoreCol }, members: [i], area: m };
      byArea.set(m, ng);
      groups.push(ng);
    } else groups.push({ at: { row: it.row, col: scoreCol }, members: [i], area: m });
  });
  return groups;
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
    if (t === '') continue; // summed in the merged cell of an earlier item
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
function adjustmentTerms(s: SheetSnapshot, layout: Layout, score: SheetScore): string[] {
  const expr = (a: Layout['adjustments'][number]) => adjustmentExpr(address(a.row, a.entryCol), a.sign, a.cap, plainEntry(s, a.row, a.entryCol));
  const terms: string[] = [];
  // An entry the engine could not work out counts 0 on both sides: the formula leaves it out as well.
  const known = layout.adjustments.filter((_, i) => !score.adjustments[i].unknown);
  const inBlock = (b: number | null) => known.filter((a) => a.block === b);
  const highest = highestOnlyBlocks(layout);
  layout.blocks.forEach((block, i) => {
    const rows = inBlock(i);
    if (block.cap === null && !highest[i]) {
      terms.push(...rows.map(expr));
      return;
    }
    const plus: string[] = [];
    const minus: string[] = [];
    for (const a of rows) {
      const e = expr(a);
      if (a.sign === 'bonus') plus.push(e);
      else if (a.sign === 'penalty') minus.push(e);
      else {
        plus.push(`MAX(0,${e})`);
        minus.push(`MIN(0,${e})`);
      }
    }
    // 按最高级别计分，不重复计算: the block gives its highest bonus, MAX over its rows, not their sum.
    const added = highest[i] && plus.length > 1 ? `MAX(${plus.join(',')})` : plus.join('+');
    if (plus.length) terms.push(block.cap === null ? added : `MIN(${fmt(block.cap)},${added})`);
    terms.push(...minus);
  });
  terms.push(...inBlock(null).map(expr));
  return terms;
}

import { deductionBounds, ruleCap } from './caps';
import { entryNumber, isUnknown, isVetoMark, readCellEntry, type Entry } from './entries';
import type { Layout, LayoutAdjustment, LayoutItem } from './layout';
import { highestOnlyBlocks } from './highest-level';
import { message, type MessageCode } from './messages';
import { countedSteps, round2, sum2 } from './numbers';
import { colLetter, flagAt, valueAt, type SheetSnapshot } from './snapshot';
import type { AdjustmentReport, CategoryReport, ItemReport, SectionReport, WarningReport } from './sheet-report';
import { defaultBands, findBands, tierOf, VETO_TIER, withoutTop, type Bands } from './tiers';
import { readDirectScore } from './direct';
import { ruleWarningCode } from './rules';
import { declaredFullMarks } from './total-row';
import { crossChecks } from './cross-checks';

/** Items → sections → total, exact to the hundredth (SCORING.md §4), with a warning for everything doubtful. */
export interface ItemScore extends ItemReport {
  /** The per-occurrence points when the deduction came from the count column (count × points). */
  perPoints: number | null;
  /** An entry is a formula the engine could not work out: the item's score can only be written as a value. */
  unknown?: boolean;
}

export interface SheetScore {
  kind: Layout['kind'];
  items: ItemScore[];
  sections: SectionReport[];
  /** Categories over sections, when the sheet has two levels (layout.categories). */
  categories?: CategoryReport[];
  adjustments: (AdjustmentReport & { signed: number; block: number | null; unknown?: boolean })[];
  bonus: number;
  veto: boolean;
  vetoRows: number[];
  /** 一票否决/否优 rows whose entry is a formula the engine could not work out: left out on both sides. */
  unknownVetoRows: number[];
  total: number;
  fullMarks: number;
  bands: Bands;
  tier: string;
  complete: boolean;
  warnings: WarningReport[];
}

class Warnings {
  readonly list: WarningReport[] = [];
  complete = true;
  add<C extends MessageCode>(row: number | undefined, col: number | undefined, code: C, text: string): void {
    this.list.push({ ...(row ? { row } : {}), ...(col ? { col: colLetter(col) } : {}), code, message: text });
  }
}

/**
 * What a count column multiplies: the points of the rule's single per-occurrence deduct clause, the size of its step
 * when it counts in steps (每低10%扣2分), and its own cap when that is tighter than the item's cap, which happens when
 * the rule has other deducting clauses (「每次扣1分，最多扣3分；未建立制度扣2分」 caps what the count gives at 3).
 */
export interface CountedClause {
  points: number;
  step?: number;
  cap?: number;
}

/** The single per-occurrence deduct clause a count column multiplies, if the rule has exactly one. */
export function perOccurrencePoints(item: LayoutItem): CountedClause | null {
  const per = item.rule.clauses.filter((c) => c.kind === 'deduct' && c.per !== null && typeof c.points === 'number');
  if (per.length !== 1) return null;
  const c = per[0];
  const whole = ruleCap(item.rule);
  return {
    points: c.points as number,
    ...(c.step !== undefined && c.step !== 1 ? { step: c.step } : {}),
    ...(c.cap !== null && (whole === null || c.cap < whole) ? { cap: c.cap } : {}),
  };
}

/** The warning a doubtful entry gives on its row (none for plain ones); errors, dates and unknowns leave the sheet incomplete. */
function noteEntry(e: Entry, row: number, col: number, w: Warnings): void {
  if (e.kind === 'error') {
    w.add(row, col, 'ENTRY_ERROR', message('ENTRY_ERROR', e.raw));
    w.complete = false;
  } else if (e.kind === 'date') {
    w.add(row, col, 'ENTRY_DATE', message('ENTRY_DATE', e.value));
    w.complete = false;
  } else if (e.kind === 'uncomputed' && e.value === null) {
    w.add(row, col, 'ENTRY_UNCOMPUTED', message('ENTRY_UNCOMPUTED', e.formula));
    w.complete = false;
  } else if (e.kind === 'uncomputed') {
    w.add(row, col, 'ENTRY_COMPUTED', message('ENTRY_COMPUTED', e.formula, e.value as number));
  }
}

function scoreItem(s: SheetSnapshot, layout: Layout, item: LayoutItem, w: Warnings): ItemScore {
  const { columns } = layout;
  const dCol = columns.deduction as number;
  const pts = columns.count !== undefined ? perOccurrencePoints(item) : null;
  let perPoints: number | null = null;
  let whole = false;
  let raw = 0;
  let counted = 0;
  let unknown = false;
  // Read exactly as itemScoreExpr's formula reads the cells: per row, a blank 扣分 falls back to 次数 × points.
  for (const r of item.rows ?? [item.row]) {
    const entry = readCellEntry(s, r, dCol);
    if (entry.kind === 'blank' && pts !== null) {
      const count = readCellEntry(s, r, columns.count as number);
      noteEntry(count, r, columns.count as number, w);
      if (count.kind === 'unreadable' || count.kind === 'whole') {
        w.add(r, columns.count, 'CELL_UNREADABLE', message('CELL_UNREADABLE', count.kind === 'whole' ? '不得分' : count.raw));
        w.complete = false;
      }
      unknown ||= isUnknown(count);
      const n = entryNumber(count);
      if (n > 0) {
        perPoints = pts.points;
        const amount = countedSteps(n, pts.step) * pts.points;
        if (pts.cap !== undefined) counted += amount;
        else raw += amount;
      }
      continue;
    }
    noteEntry(entry, r, dCol, w);
    unknown ||= isUnknown(entry);
    const n = entryNumber(entry);
    if (entry.kind === 'whole') whole = true;
    else if (n < 0) {
      w.add(r, dCol, 'DEDUCTION_NEGATIVE', message('DEDUCTION_NEGATIVE', String(n)));
      w.complete = false;
    } else raw += n;
    if (entry.kind === 'unreadable') {
      w.add(r, dCol, 'DEDUCTION_UNREADABLE', message('DEDUCTION_UNREADABLE', entry.raw));
      w.complete = false;
    }
  }
  // As deductionExpr writes it: the count's own cap limits what the count rows give together.
  if (pts?.cap !== undefined) raw += Math.min(counted, pts.cap);
  if (whole) raw = item.base;
  const cap = ruleCap(item.rule);
  checkRange(item, raw, cap, dCol, w);
  if (cap !== null && round2(raw) > cap) w.add(item.row, dCol, 'DEDUCTION_ABOVE_CAP', message('DEDUCTION_ABOVE_CAP', raw, cap));
  const capped = Math.min(raw, cap ?? Infinity);
  if (round2(capped) > item.base)
    w.add(item.row, dCol, 'DEDUCTION_ABOVE_BASE', message('DEDUCTION_ABOVE_BASE', capped, item.base));
  const applied = Math.max(0, Math.min(raw, cap ?? Infinity, item.base));
  if (item.rule.clauses.some((c) => c.kind === 'manual')) w.add(item.row, undefined, 'MANUAL_RULE', message('MANUAL_RULE'));
  checkLevels(item, w);
  let bonus = 0;
  if (columns.bonus !== undefined) {
    const b = readCellEntry(s, item.row, columns.bonus);
    noteEntry(b, item.row, columns.bonus, w);
    if (b.kind === 'unreadable' || b.kind === 'whole') {
      w.add(item.row, columns.bonus, 'CELL_UNREADABLE', message('CELL_UNREADABLE', b.kind === 'whole' ? '不得分' : b.raw));
      w.complete = false;
    }
    unknown ||= isUnknown(b);
    bonus = Math.max(0, entryNumber(b));
  }
  // One rounding at the end, as the formula's ROUND does: readings are not rounded one by one.
  const score = round2(item.base - applied + bonus);
  const deduction = round2(applied);
  const section = layout.sections[item.section];
  return {
    row: item.row, section: section ? section.name : '', base: item.base, deduction, score, rule: item.rule, perPoints,
    ...(unknown ? { unknown } : {}),
  };
}

/** 扣1-3分: a deduction the assessor entered outside the rule's written range is worth a second look. */
function checkRange(item: LayoutItem, raw: number, cap: number | null, dCol: number, w: Warnings): void {
  const bounds = deductionBounds(item.rule, item.base);
  // Above the cap or the base has its own warning.
  const above = bounds !== null && raw > bounds[1] && raw <= Math.min(cap ?? Infinity, item.base);
  if (bounds !== null && raw > 0 && (raw < bounds[0] || above))
    w.add(item.row, dCol, 'DEDUCTION_OUTSIDE_RANGE', message('DEDUCTION_OUTSIDE_RANGE', raw, bounds[0], bounds[1]));
  for (const text of item.rule.warnings ?? []) w.add(item.row, undefined, ruleWarningCode(item.rule, text), text);
}

/** A typed score on a direct sheet, held to [0, base]; empty or unreadable counts 0 and leaves the sheet incomplete. */
function scoreDirectItem(s: SheetSnapshot, layout: Layout, item: LayoutItem, w: Warnings): ItemScore {
  const col = layout.columns.score as number;
  const entry = readCellEntry(s, item.row, col);
  const r = readDirectScore(entry, item.base);
  noteEntry(entry, item.row, col, w);
  if (r.kind === 'empty') {
    w.add(item.row, col, 'SCORE_EMPTY', message('SCORE_EMPTY'));
    w.complete = false;
  } else if (r.kind === 'text') {
    w.add(item.row, col, 'SCORE_UNREADABLE', message('SCORE_UNREADABLE', r.raw));
    w.complete = false;
  } else if (r.kind === 'typed' && r.raw > item.base)
    w.add(item.row, col, 'SCORE_ABOVE_BASE', message('SCORE_ABOVE_BASE', r.raw, item.base));
  else if (r.kind === 'typed' && r.raw < 0) w.add(item.row, col, 'SCORE_NEGATIVE', message('SCORE_NEGATIVE', r.raw));
  const section = layout.sections[item.section];
  return {
    row: item.row, section: section ? section.name : '', base: item.base, deduction: round2(item.base - r.score),
    score: r.score, rule: item.rule, perPoints: null,
  };
}

/** 到区、到市、到省、进京…分别扣5分、10分、15分、20分: as many levels named as amounts given. */
function checkLevels(item: LayoutItem, w: Warnings): void {
  for (const c of item.rule.clauses) {
    if (!Array.isArray(c.points)) continue;
    const before = c.text.split(/分别/)[0];
    const names = before.split(/[，,；;]/).pop() ?? '';
    const count = names.split('、').filter((x) => x.trim() !== '').length;
    if (/分别/.test(c.text) && count >= 2 && count !== c.points.length)
      w.add(item.row, undefined, 'LEVELS_UNMATCHED', message('LEVELS_UNMATCHED', c.points.length));
  }
}

function scoreAdjustment(s: SheetSnapshot, a: LayoutAdjustment, w: Warnings) {
  const entry = readCellEntry(s, a.row, a.entryCol);
  noteEntry(entry, a.row, a.entryCol, w);
  if (entry.kind === 'unreadable' || entry.kind === 'whole') {
    w.add(a.row, a.entryCol, 'ENTRY_UNREADABLE', message('ENTRY_UNREADABLE', entry.kind === 'whole' ? '不得分' : entry.raw));
    w.complete = false;
  }
  const v = entryNumber(entry);
  const kind: 'bonus' | 'penalty' = a.sign === 'entry' ? (v < 0 ? 'penalty' : 'bonus') : a.sign;
  let points = Math.abs(v);
  if (a.cap !== null && round2(points) > a.cap) {
    w.add(a.row, a.entryCol, kind === 'bonus' ? 'BONUS_CAPPED' : 'PENALTY_CAPPED',
      message(kind === 'bonus' ? 'BONUS_CAPPED' : 'PENALTY_CAPPED', points, a.cap));
    points = a.cap;
  }
  return {
    row: a.row, kind, points: round2(points), signed: kind === 'bonus' ? points : -points, block: a.block,
    ...(isUnknown(entry) ? { unknown: true } : {}),
  };
}

/** The full marks the title, notes or total row state, against the sum of the section caps: a mismatch is a warning. */
function checkFullMarks(layout: Layout, fullMarks: number, w: Warnings): void {
  if (layout.totalBase !== null && Math.abs(layout.totalBase - fullMarks) >= 0.005)
    w.add(layout.totalRow ?? undefined, undefined, 'TOTAL_ROW_BASE_MISMATCH', message('TOTAL_ROW_BASE_MISMATCH', layout.totalBase, fullMarks));
  for (const note of layout.notes) {
    const declared = declaredFullMarks(note);
    if (declared !== null && Math.abs(declared - fullMarks) >= 0.005) {
      w.add(undefined, undefined, 'FULL_MARKS_MISMATCH', message('FULL_MARKS_MISMATCH', declared, fullMarks));
      break;
    }
  }
}

export function scoreSheet(s: SheetSnapshot, layout: Layout): SheetScore {
  const w = new Warnings();
  const items = layout.items.map((it) =>
    layout.kind === 'direct' ? scoreDirectItem(s, layout, it, w) : scoreItem(s, layout, it, w));
  const bySection: ItemScore[][] = layout.sections.map(() => []);
  items.forEach((it, k) => bySection[layout.items[k].section].push(it));
  const sections: SectionReport[] = layout.sections.map((sec, i) => {
    const own = bySection[i];
    const base = sum2(own.map((x) => x.base));
    const cap = sec.statedCap ?? base;
    if (sec.statedCap !== null && sec.statedCap !== base)
      w.add(sec.row, undefined, 'CAP_MISMATCH', message('CAP_MISMATCH', sec.name, sec.statedCap, base));
    const score = Math.max(0, Math.min(cap, sum2(own.map((x) => x.score))));
    const category = sec.category !== undefined ? layout.categories?.[sec.category] : undefined;
    return { name: sec.name, row: sec.row, cap, base, score, ...(category ? { category: category.name } : {}) };
  });
  const categories = scoreCategories(layout, sections, w);
  const top = topLevel(layout, sections, categories);
  const adjustments = layout.adjustments.map((a) => scoreAdjustment(s, a, w));
  const bonus = netBonus(layout, adjustments, w);
  const unknownVetoRows: number[] = [];
  const marked = layout.vetoRows.filter((v) => {
    const e = readCellEntry(s, v.row, v.entryCol);
    if (e.kind === 'uncomputed') {
      noteEntry(e, v.row, v.entryCol, w);
      if (e.value === null) unknownVetoRows.push(v.row);
      return e.value !== null && isVetoMark(e.value);
    }
    if (e.kind === 'error') noteEntry(e, v.row, v.entryCol, w);
    return isVetoMark(valueAt(s, v.row, v.entryCol), flagAt(s, v.row, v.entryCol));
  });
  const vetoRows = marked.filter((v) => !v.excellentOnly).map((v) => v.row);
  const veto = vetoRows.length > 0;
  const noExcellent = marked.some((v) => v.excellentOnly);
  if (veto) w.add(vetoRows[0], undefined, 'VETO_MARKED', message('VETO_MARKED'));
  else if (noExcellent) w.add(marked[0].row, undefined, 'NO_EXCELLENT_MARKED', message('NO_EXCELLENT_MARKED'));
  let total = round2(Math.max(0, sum2(top.map((x) => x.score)) + bonus));
  const fullMarks = sum2(top.map((x) => x.cap));
  checkFullMarks(layout, fullMarks, w);
  const { conditions } = layout;
  for (const text of conditions.unapplied) w.add(undefined, undefined, 'CONDITION_NOT_APPLIED', message('CONDITION_NOT_APPLIED', text));
  const keyZero = conditions.keyItems.find((i) => items[i].score === 0);
  const keySectionZero = conditions.keySections.find((i) => sections[i].score === 0);
  const below = (conditions.thresholds ?? []).find((t) => round2(sections[t.section].score) < t.below);
  const zeroVeto = vetoRows.find((r) => conditions.zeroVetoRows.includes(r));
  if (zeroVeto !== undefined) {
    total = 0;
    w.add(zeroVeto, undefined, 'VETO_ZERO_TOTAL', message('VETO_ZERO_TOTAL'));
  } else if (keyZero !== undefined || keySectionZero !== undefined) {
    total = 0;
    w.add(keyZero !== undefined ? items[keyZero].row : sections[keySectionZero as number].row, undefined, 'KEY_ITEM_ZERO', message('KEY_ITEM_ZERO'));
  } else if (below !== undefined) {
    total = 0;
    w.add(sections[below.section].row, undefined, 'SECTION_BELOW_THRESHOLD', message('SECTION_BELOW_THRESHOLD', below.below));
  }
  const bands = findBands(layout.notes) ?? defaultBands(fullMarks);
  const tier = veto ? VETO_TIER : tierOf(total, noExcellent ? withoutTop(bands) : bands);
  for (const d of layout.doubtfulBases ?? []) {
    w.add(d.row, d.col, 'BASE_UNREADABLE', message('BASE_UNREADABLE', d.raw));
    w.complete = false;
  }
  for (const r of layout.laterTables ?? []) w.add(r, undefined, 'LATER_TABLE', message('LATER_TABLE', r));
  w.list.push(...crossChecks(s, layout));
  return {
    kind: layout.kind, items, sections, ...(categories ? { categories } : {}), adjustments, bonus: round2(bonus), veto, vetoRows, unknownVetoRows, total, fullMarks,
    bands, tier, complete: w.complete, warnings: w.list,
  };
}

/** Each category: the sum of its sections' scores, at most its cap (stated, else the sum of its sections' caps). */
function scoreCategories(layout: Layout, sections: SectionReport[], w: Warnings): CategoryReport[] | undefined {
  if (!layout.categories) return undefined;
  return layout.categories.map((cat, i) => {
    const own = sections.filter((_, k) => layout.sections[k].category === i);
    const base = sum2(own.map((x) => x.cap));
    const cap = cat.statedCap ?? base;
    if (cat.statedCap !== null && cat.statedCap !== base)
      w.add(cat.row, undefined, 'CATEGORY_CAP_MISMATCH', message('CATEGORY_CAP_MISMATCH', cat.name, cat.statedCap, base));
    const score = Math.max(0, Math.min(cap, sum2(own.map((x) => x.score))));
    return { name: cat.name, row: cat.row, cap, base, score };
  });
}

/** What the total adds, in sheet order: each category once, and each section outside any category. */
export function topLevel<T>(layout: Layout, sections: T[], categories: T[] | undefined): T[] {
  const out: T[] = [];
  const seen = new Set<number>();
  layout.sections.forEach((sec, k) => {
    if (sec.category === undefined || !categories) out.push(sections[k]);
    else if (!seen.has(sec.category)) {
      seen.add(sec.category);
      out.push(categories[sec.category]);
    }
  });
  return out;
}

/** Bonuses under a block whose title caps them (累计不超过5分) are capped together; penalties are not. */
function netBonus(layout: Layout, adjustments: { signed: number; block: number | null; row: number }[], w: Warnings): number {
  const parts: number[] = [];
  const highest = highestOnlyBlocks(layout);
  layout.blocks.forEach((b, i) => {
    const own = adjustments.filter((a) => a.block === i);
    const plus = own.filter((a) => a.signed > 0).map((a) => a.signed);
    const minus = own.filter((a) => a.signed < 0).reduce((x, a) => x + a.signed, 0);
    const sum = plus.reduce((x, y) => x + y, 0);
    const added = highest[i] ? Math.max(0, ...plus) : sum;
    if (highest[i] && plus.length > 1) w.add(b.row, undefined, 'BONUS_HIGHEST_ONLY', message('BONUS_HIGHEST_ONLY', round2(sum), added));
    if (b.cap !== null && round2(added) > b.cap) w.add(b.row, undefined, 'BONUS_CAPPED', message('BONUS_CAPPED', round2(added), b.cap));
    parts.push(Math.min(added, b.cap ?? Infinity), minus);
  });
  parts.push(...adjustments.filter((a) => a.block === null).map((a) => a.signed));
  // Unrounded, as the total formula adds the entries: the total alone is rounded.
  return parts.reduce((x, y) => x + y, 0);
}


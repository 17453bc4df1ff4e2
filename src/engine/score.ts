import { appliedDeduction, cappedSum } from './caps';
import { readEntry, isVetoMark, type Entry } from './entries';
import type { Layout, LayoutAdjustment, LayoutItem } from './layout';
import { message, type MessageCode } from './messages';
import { round2, sum2, sub2, mul2 } from './numbers';
import { colLetter, valueAt, type SheetSnapshot } from './snapshot';
import type { AdjustmentReport, ItemReport, SectionReport, WarningReport } from './sheet-report';
import { DEFAULT_BANDS, findBands, tierOf, VETO_TIER, withoutTop, type Bands } from './tiers';
import { readDirectScore } from './direct';
import { declaredFullMarks } from './total-row';

/** Items → sections → total, exact to the hundredth (SCORING.md §4), with a warning for everything doubtful. */
export interface ItemScore extends ItemReport {
  /** The per-occurrence points when the deduction came from the count column (count × points). */
  perPoints: number | null;
}

export interface SheetScore {
  kind: Layout['kind'];
  items: ItemScore[];
  sections: SectionReport[];
  adjustments: (AdjustmentReport & { signed: number; block: number | null })[];
  bonus: number;
  veto: boolean;
  vetoRows: number[];
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

/** The single per-occurrence deduct clause a count column multiplies, if the rule has exactly one. */
export function perOccurrencePoints(item: LayoutItem): number | null {
  const per = item.rule.clauses.filter((c) => c.kind === 'deduct' && c.per !== null && typeof c.points === 'number');
  return per.length === 1 ? (per[0].points as number) : null;
}

function scoreItem(s: SheetSnapshot, layout: Layout, item: LayoutItem, w: Warnings): ItemScore {
  const { columns } = layout;
  const dCol = columns.deduction as number;
  let entry: Entry = readEntry(valueAt(s, item.row, dCol));
  let perPoints: number | null = null;
  if (entry.kind === 'blank' && columns.count !== undefined) {
    const pts = perOccurrencePoints(item);
    const count = readEntry(valueAt(s, item.row, columns.count));
    if (pts !== null && count.kind === 'number' && count.value > 0) {
      perPoints = pts;
      entry = { kind: 'number', value: mul2(count.value, pts) };
    }
  }
  let raw = 0;
  if (entry.kind === 'whole') raw = item.base;
  else if (entry.kind === 'number' && entry.value < 0) {
    w.add(item.row, dCol, 'DEDUCTION_NEGATIVE', message('DEDUCTION_NEGATIVE', String(entry.value)));
    w.complete = false;
  } else if (entry.kind === 'number') raw = round2(entry.value);
  else if (entry.kind === 'unreadable') {
    w.add(item.row, dCol, 'DEDUCTION_UNREADABLE', message('DEDUCTION_UNREADABLE', entry.raw));
    w.complete = false;
  }
  const cap = item.rule.cap;
  if (cap !== null && raw > cap) w.add(item.row, dCol, 'DEDUCTION_ABOVE_CAP', message('DEDUCTION_ABOVE_CAP', raw, cap));
  const capped = Math.min(raw, cap ?? Infinity);
  if (capped > item.base)
    w.add(item.row, dCol, 'DEDUCTION_ABOVE_BASE', message('DEDUCTION_ABOVE_BASE', capped, item.base));
  const applied = appliedDeduction(raw, item.base, cap);
  if (item.rule.clauses.some((c) => c.kind === 'manual')) w.add(item.row, undefined, 'MANUAL_RULE', message('MANUAL_RULE'));
  checkLevels(item, w);
  let score = sub2(item.base, applied);
  if (columns.bonus !== undefined) {
    const b = readEntry(valueAt(s, item.row, columns.bonus));
    if (b.kind === 'number' && b.value > 0) score = sum2([score, b.value]);
  }
  const section = layout.sections[item.section];
  return { row: item.row, section: section ? section.name : '', base: item.base, deduction: applied, score, rule: item.rule, perPoints };
}

/** A typed score on a direct sheet, held to [0, base]; empty or unreadable counts 0 and leaves the sheet incomplete. */
function scoreDirectItem(s: SheetSnapshot, layout: Layout, item: LayoutItem, w: Warnings): ItemScore {
  const col = layout.columns.score as number;
  const r = readDirectScore(valueAt(s, item.row, col), item.base);
  if (r.kind === 'empty') {
    w.add(item.row, col, 'SCORE_EMPTY', message('SCORE_EMPTY'));
    w.complete = false;
  } else if (r.kind === 'unreadable') {
    w.add(item.row, col, 'SCORE_UNREADABLE', message('SCORE_UNREADABLE', r.raw));
    w.complete = false;
  } else if (r.raw > item.base) w.add(item.row, col, 'SCORE_ABOVE_BASE', message('SCORE_ABOVE_BASE', r.raw, item.base));
  else if (r.raw < 0) w.add(item.row, col, 'SCORE_NEGATIVE', message('SCORE_NEGATIVE', r.raw));
  const section = layout.sections[item.section];
  return {
    row: item.row, section: section ? section.name : '', base: item.base, deduction: sub2(item.base, r.score),
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
  const entry = readEntry(valueAt(s, a.row, a.entryCol));
  let v = 0;
  if (entry.kind === 'number') v = round2(entry.value);
  else if (entry.kind === 'unreadable' || entry.kind === 'whole') {
    w.add(a.row, a.entryCol, 'ENTRY_UNREADABLE', message('ENTRY_UNREADABLE', entry.kind === 'whole' ? '不得分' : entry.raw));
    w.complete = false;
  }
  const kind: 'bonus' | 'penalty' = a.sign === 'entry' ? (v < 0 ? 'penalty' : 'bonus') : a.sign;
  let points = Math.abs(v);
  if (a.cap !== null && points > a.cap) {
    w.add(a.row, a.entryCol, kind === 'bonus' ? 'BONUS_CAPPED' : 'PENALTY_CAPPED',
      message(kind === 'bonus' ? 'BONUS_CAPPED' : 'PENALTY_CAPPED', points, a.cap));
    points = a.cap;
  }
  return { row: a.row, kind, points, signed: kind === 'bonus' ? points : -points, block: a.block };
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
    return { name: sec.name, row: sec.row, cap, base, score };
  });
  const adjustments = layout.adjustments.map((a) => scoreAdjustment(s, a, w));
  const bonus = netBonus(layout, adjustments, w);
  const marked = layout.vetoRows.filter((v) => isVetoMark(valueAt(s, v.row, v.entryCol)));
  const vetoRows = marked.filter((v) => !v.excellentOnly).map((v) => v.row);
  const veto = vetoRows.length > 0;
  const noExcellent = marked.some((v) => v.excellentOnly);
  if (veto) w.add(vetoRows[0], undefined, 'VETO_MARKED', message('VETO_MARKED'));
  else if (noExcellent) w.add(marked[0].row, undefined, 'NO_EXCELLENT_MARKED', message('NO_EXCELLENT_MARKED'));
  let total = Math.max(0, sum2([...sections.map((x) => x.score), bonus]));
  const fullMarks = sum2(sections.map((x) => x.cap));
  checkFullMarks(layout, fullMarks, w);
  const { conditions } = layout;
  for (const text of conditions.unapplied) w.add(undefined, undefined, 'CONDITION_NOT_APPLIED', message('CONDITION_NOT_APPLIED', text));
  const keyZero = conditions.keyItems.find((i) => items[i].score === 0);
  const keySectionZero = conditions.keySections.find((i) => sections[i].score === 0);
  const zeroVeto = vetoRows.find((r) => conditions.zeroVetoRows.includes(r));
  if (zeroVeto !== undefined) {
    total = 0;
    w.add(zeroVeto, undefined, 'VETO_ZERO_TOTAL', message('VETO_ZERO_TOTAL'));
  } else if (keyZero !== undefined || keySectionZero !== undefined) {
    total = 0;
    w.add(keyZero !== undefined ? items[keyZero].row : sections[keySectionZero as number].row, undefined, 'KEY_ITEM_ZERO', message('KEY_ITEM_ZERO'));
  }
  const bands = findBands(layout.notes) ?? DEFAULT_BANDS;
  const tier = veto ? VETO_TIER : tierOf(total, noExcellent ? withoutTop(bands) : bands);
  return { kind: layout.kind, items, sections, adjustments, bonus, veto, vetoRows, total, fullMarks, bands, tier, complete: w.complete, warnings: w.list };
}

/** Bonuses under a block whose title caps them (累计不超过5分) are capped together; penalties are not. */
function netBonus(layout: Layout, adjustments: { signed: number; block: number | null; row: number }[], w: Warnings): number {
  const parts: number[] = [];
  layout.blocks.forEach((b, i) => {
    const own = adjustments.filter((a) => a.block === i);
    const plus = own.filter((a) => a.signed > 0).map((a) => a.signed);
    const minus = sum2(own.filter((a) => a.signed < 0).map((a) => a.signed));
    const added = sum2(plus);
    if (b.cap !== null && added > b.cap) w.add(b.row, undefined, 'BONUS_CAPPED', message('BONUS_CAPPED', added, b.cap));
    parts.push(cappedSum(plus, b.cap), minus);
  });
  parts.push(...adjustments.filter((a) => a.block === null).map((a) => a.signed));
  return sum2(parts);
}


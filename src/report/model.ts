import { round2, sum2 } from '../engine/numbers';
import { applyAcrossRules, readAcrossRules, type AcrossRules } from '../engine/across-units';
import { rankUnits, type RankOptions } from '../engine/rank';
import { DEFAULT_TIER_LABEL, defaultBands, findBands } from '../engine/tiers';
import { groupOf, type GroupSpec } from './groups';
import type { SheetReport } from '../engine/sheet-report';
import { itemName, type Deduction, type ReportUnit } from './unit';

/**
 * The report's content, decided once and rendered three ways (sheet, .docx, .html): units in rank order with their
 * totals, tiers, ranks, 一票否决 and section scores side by side, the deductions behind each, and a summary.
 */
export interface RankedUnit extends ReportUnit {
  rank: number;
  top: boolean;
  /** '' when the report has no groups. */
  groupName: string;
  /** Scores in the report's part columns; null where the unit's sheet has no such part. */
  sectionScores: (number | null)[];
  /**
   * Net 加减分 as applied, with the points its rank adds or takes (名次加减分): the part columns plus this make the
   * total, unless `note` says why not.
   */
  bonus: number;
  /** Why the row is not done or does not add up: what is missing, the rule that set the total to 0, rank points. */
  note: string;
  /** Points its rank adds or takes (名次加减分), 0 without that rule; `total` is the sheet's total plus these. */
  rankPoints: number;
  total: number;
  /** Vetoed by its own sheet or, under a last-place rule, as the last of its group. */
  veto: boolean;
  lastPlace: boolean;
  /** The tier after a quota on the top tier (seed 003): the sheet's own, or the next one down beyond the quota. */
  tier: string;
  overQuota: boolean;
  /** The tier below its own in its sheet's bands, where a quota would put it; absent at the bottom. */
  lowerTier?: string;
}

export interface ReportOptions extends RankOptions {
  title?: string;
  /** YYYY-MM-DD; the edge supplies today's date so the model stays pure. */
  date: string;
  groups?: GroupSpec;
  /** Rules across units; read from the units' notes when not given. */
  rules?: AcrossRules;
}

export interface ReportSummary {
  units: number;
  average: number;
  /** Tier label → count, in the order the tiers first appear from the top. */
  tiers: [string, number][];
  vetoed: string[];
  incomplete: string[];
  /** Units graded by the default shares of their full marks (默认分档), their sheets declaring no bands. */
  defaultTiers: string[];
  top: string[];
}

export interface ReportModel {
  title: string;
  date: string;
  dense: boolean;
  topN: number | null;
  /** The group names in first-appearance order; [''] when ungrouped. */
  groups: string[];
  /**
   * The parts a total adds, as columns (a unit's i-th part goes under the i-th name): its sections, or on a sheet
   * with 一级指标 the categories and the sections outside any. With the 加减分 column they add up to the total.
   */
  sections: string[];
  units: RankedUnit[];
  summary: ReportSummary;
  /** The rules across units this report applied after ranking, with the words they were read from. */
  rules: AcrossRules;
}

const DEFAULT_TITLE = '考核结果通报';

export function buildReport(units: readonly ReportUnit[], opts: ReportOptions): ReportModel {
  const grouped = units.map((u) => ({ ...u, group: u.group ?? groupOf(u.unit, opts.groups) }));
  const anyGroup = grouped.some((u) => u.group !== undefined);
  const rules = opts.rules ?? readAcrossRules([...new Set(units.flatMap((u) => u.notes ?? []))]);
  const base = grouped.map((u) => ({
    total: u.report.total, veto: u.report.veto, tier: u.report.tier, group: anyGroup ? (u.group ?? '其他') : '', lowerTier: lowerTier(u),
  }));
  const across = applyAcrossRules(base, rules);
  const input = grouped.map((u, i) => ({
    ...u, total: across[i].total, veto: across[i].veto, group: base[i].group, rankPoints: across[i].rankPoints,
    lastPlace: across[i].lastPlace, eligible: across[i].eligible, tier: across[i].tier, overQuota: across[i].overQuota,
    ...(base[i].lowerTier !== undefined ? { lowerTier: base[i].lowerTier } : {}),
  }));
  const ranked = rankUnits(input, opts).map(({ eligible, ...u }) => ({ ...u, top: u.top && eligible }));
  const groups = [...new Set(ranked.map((u) => u.group))];
  const order = (g: string) => groups.indexOf(g);
  ranked.sort((a, b) => order(a.group) - order(b.group) || a.rank - b.rank || Number(a.veto) - Number(b.veto));
  const sections = sectionColumns(units);
  const out: RankedUnit[] = ranked.map((u) => ({
    ...u,
    groupName: u.group,
    sectionScores: scoresOf(u.report, sections),
    bonus: round2(u.report.bonus + u.rankPoints),
    note: noteOf(u),
  }));
  return {
    title: opts.title ?? DEFAULT_TITLE,
    date: opts.date,
    dense: opts.dense === true,
    topN: opts.top ?? null,
    groups,
    sections,
    units: out,
    summary: summaryOf(out),
    rules,
  };
}

/** The top level of a sheet, in sheet order: each category once, each section outside any (as the engine's total adds). */
export function partsOf(report: SheetReport): { name: string; score: number; section: number | null }[] {
  const out: { name: string; score: number; section: number | null }[] = [];
  const seen = new Set<string>();
  report.sections.forEach((sec, k) => {
    const cat = sec.category !== undefined ? report.categories?.find((c) => c.name === sec.category) : undefined;
    if (!cat) out.push({ name: itemName(sec.name), score: sec.score, section: k });
    else if (!seen.has(cat.name)) {
      seen.add(cat.name);
      out.push({ name: itemName(cat.name), score: cat.score, section: null });
    }
  });
  return out;
}

/** The tier below the unit's own in its sheet's bands (the note's, else the default shares); undefined at the bottom. */
function lowerTier(u: ReportUnit): string | undefined {
  const bands = findBands(u.notes ?? []) ?? defaultBands(u.report.fullMarks);
  const labels = [...bands.bands.map((b) => b.label), ...(bands.floor ? [bands.floor] : [])];
  const at = labels.indexOf(u.report.tier);
  return at >= 0 && at + 1 < labels.length ? labels[at + 1] : undefined;
}

/**
 * Part names as columns: the longest list among the units (units of one assessment share a rubric). A sheet of a
 * single unnamed part gets one column, 考核得分, so its row still reads part + 加减分 = 总分.
 */
function sectionColumns(units: readonly ReportUnit[]): string[] {
  let best: string[] = [];
  for (const u of units) {
    const names = partsOf(u.report).map((p) => p.name);
    if (names.length > best.length) best = names;
  }
  if (best.length === 0 || (best.length === 1 && best[0] === '')) return [PART_COLUMN];
  return best.map((n, i) => n || `第${i + 1}部分`);
}

/**
 * A unit's scores under the part columns. A sheet with no parts of its own (a composite sheet scored by weights or
 * raters) shows its score less 加减分 as its one part, so its row still reads part + 加减分 = 总分.
 */
function scoresOf(report: SheetReport, sections: readonly string[]): (number | null)[] {
  const parts = partsOf(report);
  if (parts.length === 0 && sections.length === 1 && sections[0] === PART_COLUMN) return [round2(report.total - report.bonus)];
  return sections.map((_, i) => parts[i]?.score ?? null);
}

export const PART_COLUMN = '考核得分';
export const BONUS_COLUMN = '加减分';

/** Warnings after which the total is 0 whatever its parts say (SCORING.md: conditions in the notes). */
const ZEROING = new Set(['VETO_ZERO_TOTAL', 'KEY_ITEM_ZERO', 'SECTION_BELOW_THRESHOLD']);

function noteOf(u: ReportUnit & { rankPoints: number }): string {
  const notes: string[] = [];
  const zero = u.report.warnings.find((w) => ZEROING.has(w.code));
  if (zero) notes.push(`总分计0分（${zero.message}）`);
  else {
    const sum = round2(sum2(partsOf(u.report).map((p) => p.score)) + u.report.bonus);
    if (sum < 0 && u.report.total === 0) notes.push('各项合计低于0分，总分按0分计');
  }
  if (u.rankPoints) notes.push(`加减分含名次加减分${u.rankPoints > 0 ? '+' : ''}${u.rankPoints}`);
  if (!u.report.complete) notes.push(`${INCOMPLETE_MARK}：${(u.missing ?? []).join('；') || '请在该单位的评分表中查看提示'}`);
  return notes.join('；');
}

function summaryOf(units: readonly RankedUnit[]): ReportSummary {
  // Tiers from the top down; 一票否决 is told apart, not counted as a tier.
  const tiers = new Map<string, number>();
  for (const u of [...units].sort((a, b) => b.total - a.total))
    if (!u.veto) tiers.set(u.tier, (tiers.get(u.tier) ?? 0) + 1);
  return {
    units: units.length,
    average: units.length ? round2(sum2(units.map((u) => u.total)) / units.length) : 0,
    tiers: [...tiers.entries()],
    vetoed: units.filter((u) => u.veto).map((u) => u.unit),
    incomplete: units.filter((u) => !u.report.complete).map((u) => u.unit),
    defaultTiers: units.filter((u) => u.report.tierDefault && !u.report.veto).map((u) => u.unit),
    top: units.filter((u) => u.top).map((u) => u.unit),
  };
}

/** A unit's deductions in sheet order, so they fall under their sections as the rubric lists them. */
export function deductionsBySection(u: ReportUnit): { section: string; deductions: Deduction[] }[] {
  const out: { section: string; deductions: Deduction[] }[] = [];
  for (const d of [...u.deductions].sort((a, b) => a.row - b.row)) {
    const last = out[out.length - 1];
    if (last && last.section === d.section) last.deductions.push(d);
    else out.push({ section: d.section, deductions: [d] });
  }
  return out;
}

/** Which units' tiers are 默认分档, so nobody takes them for the rubric's own bands. */
export function defaultTiersLine(m: ReportModel): string {
  const s = m.summary;
  const who = s.defaultTiers.length === s.units ? '各单位' : s.defaultTiers.join('、');
  return `${who}的评分表未规定等次，等次为${DEFAULT_TIER_LABEL}（满分的90%及以上为优秀、80%及以上为良好、60%及以上为合格）`;
}

/** 2026-11-24 → 2026年11月24日, as a 通报 dates itself. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

export const INCOMPLETE_MARK = '评分未完成';
export const VETO_MARK = '一票否决';
export const TOP_MARK = '先进';

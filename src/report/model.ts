import { round2, sum2 } from '../engine/numbers';
import { applyAcrossRules, readAcrossRules, type AcrossRules } from '../engine/across-units';
import { rankUnits, type RankOptions } from '../engine/rank';
import { DEFAULT_BANDS, findBands } from '../engine/tiers';
import { groupOf, type GroupSpec } from './groups';
import type { Deduction, ReportUnit } from './unit';

/**
 * The report's content, decided once and rendered three ways (sheet, .docx, .html): units in rank order with their
 * totals, tiers, ranks, 一票否决 and section scores side by side, the deductions behind each, and a summary.
 */
export interface RankedUnit extends ReportUnit {
  rank: number;
  top: boolean;
  /** '' when the report has no groups. */
  groupName: string;
  /** Section scores in the report's section columns; null where the unit's sheet has no such section. */
  sectionScores: (number | null)[];
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
  top: string[];
}

export interface ReportModel {
  title: string;
  date: string;
  dense: boolean;
  topN: number | null;
  /** The group names in first-appearance order; [''] when ungrouped. */
  groups: string[];
  /** Section names shared across units, as columns (a unit's i-th section goes under the i-th name). */
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
    sectionScores: sections.map((_, i) => u.report.sections[i]?.score ?? null),
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

/** The tier below the unit's own in its sheet's bands (the note's, else the defaults); undefined at the bottom. */
function lowerTier(u: ReportUnit): string | undefined {
  const bands = findBands(u.notes ?? []) ?? DEFAULT_BANDS;
  const labels = [...bands.bands.map((b) => b.label), ...(bands.floor ? [bands.floor] : [])];
  const at = labels.indexOf(u.report.tier);
  return at >= 0 && at + 1 < labels.length ? labels[at + 1] : undefined;
}

/**
 * Section names as columns: the longest list among the units (units of one assessment share a rubric). A sheet with
 * a single section has nothing to show beside its total, so it gets no section columns.
 */
function sectionColumns(units: readonly ReportUnit[]): string[] {
  let best: string[] = [];
  for (const u of units) if (u.report.sections.length > best.length) best = u.report.sections.map((s) => s.name);
  return best.length > 1 ? best : [];
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
    top: units.filter((u) => u.top).map((u) => u.unit),
  };
}

/** A unit's largest deductions first (ties in sheet order): what a 通报 lists as 主要扣分. */
export function mainDeductions(u: ReportUnit, limit = 5): Deduction[] {
  return [...u.deductions].sort((a, b) => b.points - a.points || a.row - b.row).slice(0, limit);
}

/** 2026-11-24 → 2026年11月24日, as a 通报 dates itself. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

export const INCOMPLETE_MARK = '评分未完成';
export const VETO_MARK = '一票否决';
export const TOP_MARK = '先进';

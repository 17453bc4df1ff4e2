import { DEFAULT_TIER_LABEL } from '../engine/tiers';
import { round2, sum2 } from '../engine/numbers';
import { rankUnits, type RankOptions } from '../engine/rank';
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
}

export interface ReportOptions extends RankOptions {
  title?: string;
  /** YYYY-MM-DD; the edge supplies today's date so the model stays pure. */
  date: string;
  groups?: GroupSpec;
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
  /** Section names shared across units, as columns (a unit's i-th section goes under the i-th name). */
  sections: string[];
  units: RankedUnit[];
  summary: ReportSummary;
}

const DEFAULT_TITLE = '考核结果通报';

export function buildReport(units: readonly ReportUnit[], opts: ReportOptions): ReportModel {
  const grouped = units.map((u) => ({ ...u, group: u.group ?? groupOf(u.unit, opts.groups) }));
  const anyGroup = grouped.some((u) => u.group !== undefined);
  const input = grouped.map((u) => ({ ...u, total: u.report.total, veto: u.report.veto, group: anyGroup ? (u.group ?? '其他') : '' }));
  const ranked = rankUnits(input, opts);
  const groups = [...new Set(ranked.map((u) => u.group))];
  const order = (g: string) => groups.indexOf(g);
  ranked.sort((a, b) => order(a.group) - order(b.group) || a.rank - b.rank || Number(a.report.veto) - Number(b.report.veto));
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
  };
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
  for (const u of [...units].sort((a, b) => b.report.total - a.report.total))
    if (!u.report.veto) tiers.set(u.report.tier, (tiers.get(u.report.tier) ?? 0) + 1);
  return {
    units: units.length,
    average: units.length ? round2(sum2(units.map((u) => u.report.total)) / units.length) : 0,
    tiers: [...tiers.entries()],
    vetoed: units.filter((u) => u.report.veto).map((u) => u.unit),
    incomplete: units.filter((u) => !u.report.complete).map((u) => u.unit),
    defaultTiers: units.filter((u) => u.report.tierDefault && !u.report.veto).map((u) => u.unit),
    top: units.filter((u) => u.top).map((u) => u.unit),
  };
}

/** Which units' tiers are 默认分档, so nobody takes them for the rubric's own bands. */
export function defaultTiersLine(m: ReportModel): string {
  const s = m.summary;
  const who = s.defaultTiers.length === s.units ? '各单位' : s.defaultTiers.join('、');
  return `${who}的评分表未规定等次，等次为${DEFAULT_TIER_LABEL}（满分的90%及以上为优秀、80%及以上为良好、60%及以上为合格）`;
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

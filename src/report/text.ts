import { fmt } from '../engine/numbers';
import { shownTier } from '../engine/tiers';
import { BONUS_COLUMN, defaultTiersLine, TOP_MARK, type ReportModel, type RankedUnit } from './model';
import { NO, YES } from './sheet-plan';
import type { Adjustment, Deduction } from './unit';

/** Sentences and table rows shared by the .docx and the HTML, so both say the same. */
export function summarySentence(m: ReportModel): string {
  const s = m.summary;
  const tiers = s.tiers.map(([t, n]) => `${t}${n}个`).join('、');
  const parts = [`本次考核共${s.units}个单位，平均得分${fmt(s.average)}分`];
  if (tiers) parts.push(`其中${tiers}`);
  if (s.vetoed.length) parts.push(`${s.vetoed.length}个单位被一票否决`);
  if (s.defaultTiers.length) parts.push(defaultTiersLine(m));
  if (s.incomplete.length) parts.push(`${s.incomplete.length}个单位评分未完成（${s.incomplete.join('、')}），名次仅供参考`);
  return `${parts.join('；')}。排名方式：${m.dense ? '中国式排名（同分同名次，名次连续）' : '同分同名次，其后名次顺延'}，一票否决的单位排在最后${m.groups.length > 1 ? '，各组分别排名' : ''}。`;
}

export function rankingHeader(m: ReportModel): string[] {
  const grouped = m.groups.length > 1 || m.groups[0] !== '';
  return ['名次', '单位', ...(grouped ? ['分组'] : []), '总分', '等次', '一票否决', ...(m.topN !== null ? [TOP_MARK] : []), ...m.sections, BONUS_COLUMN, '备注'];
}

export function rankingRow(m: ReportModel, u: RankedUnit): string[] {
  const grouped = m.groups.length > 1 || m.groups[0] !== '';
  return [
    String(u.rank),
    u.unit,
    ...(grouped ? [u.groupName] : []),
    fmt(u.total),
    // A quota (seed 003) may lower the sheet's own tier; a default tier is labelled as such.
    u.tier === u.report.tier ? shownTier(u.report) : u.tier,
    u.veto ? YES : NO,
    ...(m.topN !== null ? [u.top ? TOP_MARK : ''] : []),
    ...u.sectionScores.map((s) => (s === null ? '' : fmt(s))),
    signed(u.bonus),
    u.note,
  ];
}

/** +1.5, −2, 0: the sign always shown, so a 加减分 column reads as what it adds. */
export function signed(n: number): string {
  return n > 0 ? `+${fmt(n)}` : n < 0 ? `-${fmt(-n)}` : '0';
}

/** The heading of the report's second part, naming only what it has to say (never an empty 先进单位). */
export function topVetoHeading(m: ReportModel): string {
  return topLine(m) ? '先进单位与一票否决' : '一票否决';
}

export function topLine(m: ReportModel): string | null {
  if (m.topN === null) return null;
  if (!m.units.some((u) => u.top)) return null;
  const byGroup = m.groups.map((g) => {
    const names = m.units.filter((u) => u.groupName === g && u.top).map((u) => u.unit);
    return (g ? `${g}：` : '') + (names.length ? names.join('、') : '无');
  });
  return `先进单位（${m.groups.length > 1 ? '每组' : ''}前${m.topN}名）：${byGroup.join('；')}`;
}

export function vetoLine(m: ReportModel): string {
  return m.summary.vetoed.length ? `一票否决单位：${m.summary.vetoed.join('、')}` : '一票否决单位：无';
}

/** 「线内联动联创 · 月考评备案每迟一月扣1分：扣3分」, and the evidence after it when the assessor wrote one. */
export function deductionLine(d: Pick<Deduction, 'item' | 'clause' | 'points' | 'basis'>): string {
  const what = [d.item, d.clause].filter(Boolean).join(' · ');
  return `${what}：扣${fmt(d.points)}分${d.basis ? `（扣分依据：${d.basis}）` : ''}`;
}

export function adjustmentLine(a: Adjustment): string {
  return `加减分 · ${a.label}：${a.points > 0 ? '加' : '减'}${fmt(Math.abs(a.points))}分`;
}

/** The heading over a unit's 扣分情况: its total, tier and what is still missing. */
export function unitHeading(u: RankedUnit): string {
  const tier = u.tier === u.report.tier ? shownTier(u.report) : u.tier;
  const flags = [tier, ...(u.veto && u.tier !== '一票否决' ? ['一票否决'] : []), ...(u.report.complete ? [] : ['评分未完成'])];
  return `${u.unit}（${fmt(u.total)}分，${flags.join('，')}）`;
}

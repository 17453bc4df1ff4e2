import { fmt } from '../engine/numbers';
import { INCOMPLETE_MARK, TOP_MARK, type ReportModel, type RankedUnit } from './model';
import { NO, YES } from './sheet-plan';

/** Sentences and table rows shared by the .docx and the HTML, so both say the same. */
export function summarySentence(m: ReportModel): string {
  const s = m.summary;
  const tiers = s.tiers.map(([t, n]) => `${t}${n}个`).join('、');
  const parts = [`本次考核共${s.units}个单位，平均得分${fmt(s.average)}分`];
  if (tiers) parts.push(`其中${tiers}`);
  if (s.vetoed.length) parts.push(`${s.vetoed.length}个单位被一票否决`);
  if (s.incomplete.length) parts.push(`${s.incomplete.length}个单位评分未完成（${s.incomplete.join('、')}），名次仅供参考`);
  return `${parts.join('；')}。排名方式：${m.dense ? '中国式排名（同分同名次，名次连续）' : '同分同名次，其后名次顺延'}，一票否决的单位排在最后${m.groups.length > 1 ? '，各组分别排名' : ''}。`;
}

export function rankingHeader(m: ReportModel): string[] {
  const grouped = m.groups.length > 1 || m.groups[0] !== '';
  return ['名次', '单位', ...(grouped ? ['分组'] : []), '总分', '等次', '一票否决', ...(m.topN !== null ? [TOP_MARK] : []), '备注', ...m.sections];
}

export function rankingRow(m: ReportModel, u: RankedUnit): string[] {
  const grouped = m.groups.length > 1 || m.groups[0] !== '';
  return [
    String(u.rank),
    u.unit,
    ...(grouped ? [u.groupName] : []),
    fmt(u.total),
    u.tier,
    u.veto ? YES : NO,
    ...(m.topN !== null ? [u.top ? TOP_MARK : ''] : []),
    u.report.complete ? '' : INCOMPLETE_MARK,
    ...u.sectionScores.map((s) => (s === null ? '' : fmt(s))),
  ];
}

export function topLine(m: ReportModel): string | null {
  if (m.topN === null) return null;
  const byGroup = m.groups.map((g) => {
    const names = m.units.filter((u) => u.groupName === g && u.top).map((u) => u.unit);
    return (g ? `${g}：` : '') + (names.length ? names.join('、') : '无');
  });
  return `先进单位（${m.groups.length > 1 ? '每组' : ''}前${m.topN}名）：${byGroup.join('；')}`;
}

export function vetoLine(m: ReportModel): string {
  return m.summary.vetoed.length ? `一票否决单位：${m.summary.vetoed.join('、')}` : '一票否决单位：无';
}

/** What was assessed, cut to a readable length: a criteria text can run to several lines. */
function shortText(s: string, max = 36): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

export function deductionLine(d: { row: number; content: string; points: number; basis: string; section: string }): string {
  const what = shortText(d.content || d.section);
  return `第${d.row}行 扣${fmt(d.points)}分${d.basis ? `，扣分依据：${d.basis}` : ''}${what ? `（${what}）` : ''}`;
}

import { fmt } from '../engine/numbers';
import { INCOMPLETE_MARK, VETO_MARK, type ReportModel } from '../report/model';
import { escapeHtml as h } from './html';

/** What the pane shows after 生成报告: the ranking in short, and the two downloads (filled in once they are made). */
export function renderReportResult(m: ReportModel, sheet: string): string {
  const rows = m.units
    .map((u) => {
      const marks = [u.veto ? VETO_MARK : '', u.report.complete ? '' : INCOMPLETE_MARK].filter(Boolean).join('，');
      return `<tr><td>${u.rank}</td><td>${h(u.unit)}</td><td>${fmt(u.total)}</td><td>${h(u.tier)}${marks && !u.veto ? `（${h(marks)}）` : ''}</td></tr>`;
    })
    .join('');
  return [
    `<p class="kh-summary">工作表“${h(sheet)}”已写入：${m.units.length}个单位，平均分${fmt(m.summary.average)}分</p>`,
    `<table class="kh-table"><thead><tr><th scope="col">名次</th><th scope="col">单位</th><th scope="col">总分</th><th scope="col">等次</th></tr></thead><tbody>${rows}</tbody></table>`,
    '<p class="kh-row" id="kh-report-files">正在生成通报（.docx）与网页报告（.html）…</p>',
  ].join('\n');
}

import { fmt } from '../engine/numbers';
import { chineseDate, deductionsBySection, type ReportModel } from './model';
import { chartBars } from './chart';
import {
  adjustmentLine, deductionLine, rankingHeader, rankingRow, summarySentence, topLine, topVetoHeading, unitHeading, vetoLine,
} from './text';

/**
 * The HTML report: one file that loads nothing (no script, font, style or image from anywhere), the 通报's content
 * and the chart as ECharts' server-side SVG. A twenty-line inline script shows a tooltip over each bar; it reads the
 * bar's data index that ECharts' ssr mode puts on the SVG, so the page needs no 1 MB chart runtime.
 */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const STYLE = `
body{font-family:"FangSong","仿宋_GB2312","仿宋","Noto Serif CJK SC","Songti SC",serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.6;padding:0 1em}
h1{font-family:"SimHei","黑体","Noto Sans CJK SC","PingFang SC",sans-serif;text-align:center;font-size:1.8em;margin-bottom:.2em}
h2{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif;font-size:1.2em;margin-top:1.6em}
.date{text-align:center;color:#555}
table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{border:1px solid #999;padding:4px 6px;text-align:center}
td:not(:last-child){white-space:nowrap}
th{background:#f0f3f8;font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif}
tr.veto td{color:#777}
tr.top td:nth-child(2){color:#c0392b;font-weight:bold}
.incomplete{color:#b35c00}
tr.incomplete td:last-child{font-weight:bold}
td.num{font-variant-numeric:tabular-nums}
.chart{position:relative;overflow-x:auto}
#tip{position:absolute;display:none;background:rgba(40,40,40,.9);color:#fff;padding:4px 8px;border-radius:4px;font-size:13px;pointer-events:none;white-space:nowrap}
.sign{margin-top:2em}
`;

const SCRIPT = `
(function(){
  var data = JSON.parse(document.getElementById('chart-data').textContent);
  var box = document.querySelector('.chart'), tip = document.getElementById('tip');
  box.addEventListener('mousemove', function(e){
    var i = e.target.getAttribute && e.target.getAttribute('ecmeta_data_index');
    if (i === null || i === undefined || !data[i]) { tip.style.display = 'none'; return; }
    var d = data[i], r = box.getBoundingClientRect();
    tip.textContent = d.name + '：' + d.total + '分，' + d.tier + '，第' + d.rank + '名';
    tip.style.left = (e.clientX - r.left + box.scrollLeft + 12) + 'px';
    tip.style.top = (e.clientY - r.top + 12) + 'px';
    tip.style.display = 'block';
  });
  box.addEventListener('mouseleave', function(){ tip.style.display = 'none'; });
})();
`;

export function renderHtml(m: ReportModel, svg: string): string {
  const head = rankingHeader(m);
  const rows = m.units
    .map((u) => {
      const cls = [u.veto ? 'veto' : '', u.top ? 'top' : '', u.report.complete ? '' : 'incomplete'].filter(Boolean).join(' ');
      return `<tr${cls ? ` class="${cls}"` : ''}>${rankingRow(m, u).map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
    })
    .join('\n');
  const details = m.units
    .map((u) => {
      const lines = [...deductionsBySection(u).flatMap((g) => g.deductions.map(deductionLine)), ...u.adjustments.map(adjustmentLine)];
      const items = lines.length ? lines.map((l) => `<li>${esc(l)}</li>`).join('') : '<li>无扣分</li>';
      const note = u.note ? `<p class="note${u.report.complete ? '' : ' incomplete'}">备注：${esc(u.note)}</p>` : '';
      return `<h3${u.report.complete ? '' : ' class="incomplete"'}>${esc(unitHeading(u))}</h3>${note}<ul>${items}</ul>`;
    })
    .join('\n');
  // Tooltip data as JSON inside a non-executed script element; '<' escaped so no text can close the element.
  const data = JSON.stringify(chartBars(m).map((b) => ({ ...b, total: fmt(b.total) }))).replace(/</g, '\\u003c');
  const top = topLine(m);
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(m.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${esc(m.title)}</h1>
<p class="date">${esc(chineseDate(m.date))}</p>
<p class="summary">${esc(summarySentence(m))}</p>
<h2>一、考核排名</h2>
<table id="ranking"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table>
<h2>二、${esc(topVetoHeading(m))}</h2>
${top ? `<p id="top">${esc(top)}</p>` : ''}
<p id="veto">${esc(vetoLine(m))}</p>
<h2>三、各单位总分</h2>
<div class="chart">${svg}<div id="tip"></div></div>
<script type="application/json" id="chart-data">${data}</script>
<h2>四、各单位扣分情况</h2>
${details}
<p class="sign">考核组长(签字)：__________　　日期：__________</p>
<script>${SCRIPT}</script>
</body></html>
`;
}

import { fmt } from '../engine/numbers';
import { localDate } from '../report/report-event';
import { escapeHtml } from './html';
import { newFromDocx, type NewFromDocx } from './new-workbook-file';
import { downloadLink, el, showError, showStatus, showUnexpected } from './page';

/**
 * The 从 Word 细则新建 button, in both of the pane's modes: the user names the units and picks a .docx; in a plain
 * browser the new workbook is offered as a download (the bytes `kaohe new` would write), inside Excel one sheet per
 * unit is added to the open workbook (and, for two or more units, the 考核报告 sheet ranking them).
 */
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let url: string | null = null;

export function startNewFromDocx(inExcel: boolean): void {
  el('kh-new').hidden = false;
  const input = el<HTMLInputElement>('kh-new-input');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    // The same document chosen again (after fixing it in Word) must fire change again.
    input.value = '';
    if (file) void create(file, inExcel).catch(showUnexpected);
  });
}

async function create(file: File, inExcel: boolean): Promise<void> {
  showError(null);
  const out = el('kh-new-result');
  out.textContent = '';
  if (url) URL.revokeObjectURL(url);
  url = null;
  showStatus(`正在读取“${file.name}”中的考核细则…`);
  await new Promise((resolve) => setTimeout(resolve, 0));
  const made = newFromDocx(new Uint8Array(await file.arrayBuffer()), file.name, el<HTMLTextAreaElement>('kh-new-units').value, localDate());
  if (!made.ok) {
    showStatus('');
    showError(made.error);
    return;
  }
  const r = made.value;
  if (inExcel) {
    showStatus(`正在添加${r.units.length}张评分表…`);
    const { addRubricSheets } = await import(/* webpackChunkName: "excel-new" */ '../excel/add-rubric-sheets');
    const sheets = r.book.sheets.filter((s) => r.units.includes(s.name));
    const added = await addRubricSheets(sheets);
    if (!added.ok) {
      showStatus('');
      showError(added.error);
      return;
    }
    if (r.units.length >= 2) {
      showStatus('正在生成“考核报告”排名表…');
      const { generateReport } = await import('../excel');
      const report = await generateReport({ date: localDate() });
      if (!report.ok) showError(report.error);
    }
    out.innerHTML = summary(r, `已在当前工作簿添加工作表：${r.units.join('、')}`);
  } else {
    const a = downloadLink({ blob: new Blob([r.bytes() as BlobPart], { type: XLSX_TYPE }), name: r.name, label: `下载 ${r.name}` });
    url = a.href;
    out.innerHTML = summary(r, `已生成“${r.name}”：${r.units.join('、')}${r.units.length >= 2 ? '各一张评分表和“考核报告”排名表' : '评分表'}`);
    out.append(a);
  }
  showStatus('');
}

function summary(r: NewFromDocx, done: string): string {
  const s = r.book.summary[0];
  const sections = s.sections.map((x) => `<li>${escapeHtml(x.name || '（未命名部分）')}：${fmt(x.cap)}分</li>`).join('');
  const warnings = r.book.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('');
  return (
    `<p>${escapeHtml(done)}</p>` +
    `<p>考核细则：${s.sections.length}个部分，${s.items}项，满分${fmt(s.fullMarks)}分${r.rubric.adjustments.length ? `；${escapeHtml(r.rubric.blockName)}${r.rubric.adjustments.length}项` : ''}${r.rubric.vetoes.length ? `；一票否决${r.rubric.vetoes.length}项` : ''}</p>` +
    `<ul aria-label="各部分分值">${sections}</ul>` +
    (warnings ? `<p>请核对：</p><ul aria-label="提示" class="kh-warnings">${warnings}</ul>` : '')
  );
}

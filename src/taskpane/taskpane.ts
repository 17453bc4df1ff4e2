import { COMMAND_EVENT, type CommandNotice } from '../commands/notify';
import { message } from '../engine/messages';
import type { FillMode } from '../engine/plan';
import { fillActiveSheet, generateReport, insertDeductionColumn, recognizeActiveSheet, selectRow, undoLastFill } from '../excel';
import type { ReportModel } from '../report/model';
import { localDate, REPORT_EVENT, type ReportNotice } from '../report/report-event';
import { downloadLink, el, showError, showStatus, showUnexpected } from './page';
import { openFileModeInBrowser, reportDelivery } from './report-delivery';
import { renderReportResult } from './report-view';
import { renderFillResult, renderRecognition, renderStatus } from './view';
import { choiceAfterPick, pickedChoice, renderReadingPreview } from './reading-view';
import type { SheetReading } from '../engine/reading/reading';
import type { ColumnChoice } from '../engine/reading/layout-types';

/**
 * The task pane's wiring: reads the form, calls the use cases of src/excel (the only code that talks to Excel),
 * and puts the views of view.ts on the page. Every handler is awaited and guarded; errors land in the alert area.
 */
/** In 选择表格区域 mode, the header row found from the selection, so 填写得分 uses the same table later. */
let headerRow: number | undefined;
/** Column roles the user picked in the preview since the last fill; the fill keeps them in the workbook. */
let choice: ColumnChoice[] | undefined;
/** The reading last shown: where the columns the user chose before are read from when a new pick is made. */
let shown: SheetReading | undefined;

function selectMode(): boolean {
  return el<HTMLInputElement>('kh-select-mode').checked;
}

async function busy(status: string, work: () => Promise<void>): Promise<void> {
  const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('.kh-btn'));
  const focused = document.activeElement as HTMLElement | null;
  buttons.forEach((b) => (b.disabled = true));
  showError(null);
  showStatus(status);
  try {
    await work();
  } catch (e) {
    showUnexpected(e);
  } finally {
    buttons.forEach((b) => (b.disabled = false));
    // Disabling the buttons dropped the focus to the page body: give it back to the control the user pressed.
    if (focused && focused !== document.body && document.contains(focused)) focused.focus();
  }
}

async function recognize(): Promise<void> {
  const r = await recognizeActiveSheet({ fromSelection: selectMode(), ...(choice ? { columns: choice } : {}) });
  showStatus('');
  if (!r.ok) return showError(r.error);
  headerRow = selectMode() ? r.value.report.headerRow : undefined;
  shown = r.value.reading;
  el('kh-result').innerHTML = `${renderRecognition(r.value.report)}\n${renderReadingPreview(r.value.reading)}`;
}

/** A role picked in the preview: the sheet is read again with it, nothing written until 填写得分. */
async function pickRole(select: HTMLSelectElement): Promise<void> {
  const picked = pickedChoice(select);
  if (!picked) return;
  choice = choiceAfterPick(shown, choice, { col: picked.col, role: picked.role });
  await recognize();
}

async function fill(): Promise<void> {
  const mode = (document.querySelector<HTMLInputElement>('input[name="kh-mode"]:checked')?.value ?? 'formulas') as FillMode;
  const overwrite = el<HTMLInputElement>('kh-overwrite').checked;
  const fromSelection = selectMode() && headerRow === undefined;
  const out = await fillActiveSheet({
    mode, overwrite, fromSelection, headerRow: selectMode() ? headerRow : undefined, ...(choice ? { columns: choice } : {}),
  });
  showStatus('');
  if (!out.ok) return showError(out.error);
  // The workbook keeps the choice now; later fills read it from there.
  choice = undefined;
  el('kh-result').innerHTML = renderFillResult(out.report, out.message);
}

/** 插入扣分列, offered by the error of a sheet without 扣分; then the sheet is recognized again in its new shape. */
async function insertDeduction(): Promise<void> {
  const fromSelection = selectMode() && headerRow === undefined;
  const out = await insertDeductionColumn({ fromSelection, headerRow: selectMode() ? headerRow : undefined });
  if (!out.ok) {
    showStatus('');
    return showError(out.error);
  }
  await recognize();
  showStatus(out.message);
}

async function undo(): Promise<void> {
  const out = await undoLastFill();
  if (!out.ok) {
    showStatus('');
    return showError(out.error);
  }
  showStatus(out.message);
  el('kh-result').innerHTML = '';
}

async function report(): Promise<void> {
  const top = Number(el<HTMLInputElement>('kh-top').value);
  const out = await generateReport({ date: localDate(), dense: el<HTMLInputElement>('kh-dense').checked, ...(top > 0 ? { top } : {}) });
  showStatus('');
  if (!out.ok) return showError(out.error);
  showStatus(out.message);
  await offerReport(out.model, out.sheet);
}

/** Shows the ranking and, once made (in a chunk loaded on first use), links to download the .docx and the .html. */
async function offerReport(model: ReportModel, sheet: string): Promise<void> {
  el('kh-result').innerHTML = renderReportResult(model, sheet);
  const delivery = reportDelivery();
  if (delivery !== 'download') {
    offerInBrowser(sheet, delivery === 'browser');
    return;
  }
  const { reportFiles } = await import(/* webpackChunkName: "report" */ './report-files');
  const files = await reportFiles(model);
  const box = el('kh-report-files');
  box.textContent = '';
  for (const file of files) box.append(downloadLink(file), ' ');
}

/** Where the pane cannot download (Mac, iPad): the sheet is written; the documents come from the file mode. */
function offerInBrowser(sheet: string, canOpen: boolean): void {
  const box = el('kh-report-files');
  box.textContent = message(canOpen ? 'REPORT_NO_DOWNLOAD_MAC' : 'REPORT_NO_DOWNLOAD_IPAD', sheet);
  if (!canOpen) return;
  const open = document.createElement('button');
  open.type = 'button';
  open.className = 'kh-btn';
  open.textContent = '在浏览器中打开';
  open.addEventListener('click', openFileModeInBrowser);
  box.append(' ', open);
}

async function goToWarning(event: Event): Promise<void> {
  const b = (event.target as HTMLElement).closest<HTMLButtonElement>('button.kh-link');
  if (!b?.dataset.row || !b.dataset.sheet) return;
  const r = await selectRow(b.dataset.sheet, Number(b.dataset.row), b.dataset.col ?? 1);
  showError(r.ok ? null : r.error);
}

/**
 * Inside Excel the pane follows Office's theme (Office.context.officeTheme, dark grey and black included): a dark
 * body background turns on the dark palette, whatever the system's own preference says.
 */
function followOfficeTheme(): void {
  const theme = typeof Office !== 'undefined' ? Office.context?.officeTheme : undefined;
  const bg = theme?.bodyBackgroundColor;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return;
  const n = parseInt(bg.replace('#', ''), 16);
  const light = 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255) > 128;
  document.documentElement.classList.toggle('kh-dark', !light);
  document.documentElement.classList.toggle('kh-light', light);
}

function start(inExcel: boolean): void {
  if (inExcel) followOfficeTheme();
  if (!inExcel && officeJsFailed()) {
    const notice = el('kh-absent');
    notice.textContent = message('OFFICE_JS_FAILED');
    notice.hidden = false;
    document.querySelectorAll<HTMLButtonElement>('.kh-btn').forEach((b) => (b.disabled = true));
    return;
  }
  void import(/* webpackChunkName: "new-from-docx" */ './new-from-docx')
    .then(({ startNewFromDocx }) => startNewFromDocx(inExcel))
    .catch(showUnexpected);
  if (!inExcel) {
    // A plain browser (Office absent, or office.js reporting no host): the same pane over an opened .xlsx.
    void import(/* webpackChunkName: "file-mode" */ './file-mode')
      .then(({ startFileMode }) => startFileMode())
      .catch(showUnexpected);
    return;
  }
  el('kh-recognize').addEventListener('click', () => busy('正在识别评分表…', recognize));
  el('kh-fill').addEventListener('click', () => busy('正在计分并写入得分…', fill));
  el('kh-undo').addEventListener('click', () => busy('正在撤销…', undo));
  el('kh-report').addEventListener('click', () => busy('正在生成考核报告…', report));
  // The ribbon's 生成报告 writes the sheet; the pane, when open, offers the documents.
  window.addEventListener(REPORT_EVENT, (e) => {
    const { model, sheet } = (e as CustomEvent<ReportNotice>).detail;
    void busy('', () => offerReport(model, sheet));
  });
  el('kh-result').addEventListener('click', (e) => void goToWarning(e));
  el('kh-result').addEventListener('change', (e) => {
    const select = (e.target as HTMLElement).closest<HTMLSelectElement>('select.kh-role');
    if (select) void busy('正在按所选的列用途重新识别…', () => pickRole(select));
  });
  el('kh-error').addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('button[data-action="insert-deduction"]'))
      void busy('正在插入扣分列…', insertDeduction);
  });
  // The ribbon's 一键填写 shares this page's runtime and reports here when the pane is open.
  window.addEventListener(COMMAND_EVENT, (e) => {
    const { ok, status, message: text } = (e as CustomEvent<CommandNotice>).detail;
    showStatus('');
    showError(ok ? null : { message: text });
    if (ok) el('kh-result').innerHTML = renderStatus(status === 'failed' ? 'incomplete' : status, text);
  });
  el('kh-select-mode').addEventListener('change', () => {
    el('kh-select-hint').hidden = !selectMode();
    headerRow = undefined;
    choice = undefined;
  });
}

/**
 * Office opens an add-in's page with `_host_Info` in its query (host, platform, version). With that and no Office
 * global, we are inside Excel and office.js did not load (blocked CDN, proxy): say so, not 「请在 Excel 中打开」.
 */
function officeJsFailed(): boolean {
  return typeof Office === 'undefined' && /[?&]_host_Info=/i.test(location.search);
}

if (typeof Office === 'undefined') {
  document.addEventListener('DOMContentLoaded', () => start(false));
} else {
  void Office.onReady((info) => start(info.host === Office.HostType.Excel));
}

import { zipSync } from 'fflate';
import { message } from '../engine/messages';
import type { FillMode } from '../engine/plan';
import type { EngineError } from '../engine/result';
import { buildReport } from '../report/model';
import { localDate } from '../report/report-event';
import { scoreFile, type ScoredFile } from './file-score';
import { groupsOf, unitsOf, type UnitEdits } from './file-units';
import { choiceAfterPick, pickedChoice } from './reading-view';
import type { SheetReading } from '../engine/reading/reading';
import type { ColumnChoice } from '../engine/reading/layout-types';
import { renderFileModeNotice, renderFileResult } from './file-view';
import { escapeHtml as h } from './html';
import { DOWNLOAD_LABELS } from './labels';
import { downloadLink, el, keepFocus, showError, showStatus, showUnexpected, type Download } from './page';
import { renderUnitList } from './unit-list-view';

/**
 * The task pane outside Office (a plain browser): the clerk opens or drops one .xlsx or many (one unit per file is
 * common), the page scores each with the CLI's use case (file-score.ts), lists the units to rename and group, and
 * offers the scored workbooks (one .zip when there are several) and the report's .docx and .html. Files are read by
 * the browser and never sent anywhere; a Content-Security-Policy of connect-src 'none' makes the browser refuse any
 * fetch, XHR, beacon or socket. Loaded as a chunk of its own, so the pane inside Excel carries none of it.
 */
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface OpenedFile {
  name: string;
  bytes: Uint8Array;
  scored: ScoredFile | null;
  error: EngineError | null;
}

let opened: OpenedFile[] = [];
const edits: UnitEdits = { names: new Map(), groups: new Map() };
/**
 * Column roles picked in a sheet's preview, by sheet name: the next scoring uses them and keeps them in the downloaded
 * workbooks. Units sent as one file each share their rubric, so a pick applies to every opened file's sheet of that name.
 */
const choices = new Map<string, ColumnChoice[]>();
/** Each sheet's reading as last shown: the columns chosen before a new pick. */
const shown = new Map<string, SheetReading>();
/** Object URLs of the current downloads, revoked when new ones replace them. */
let urls: { href: string; report: boolean }[] = [];
/** Each scoring's number: a slower earlier one must not add links to a newer one, and cancel stops the current. */
let runs = 0;
let cancelled = 0;

export function startFileMode(): void {
  const csp = document.createElement('meta');
  csp.httpEquiv = 'Content-Security-Policy';
  csp.content = "connect-src 'none'; form-action 'none'";
  document.head.append(csp);

  document.body.classList.add('kh-file-mode');
  const notice = el('kh-absent');
  notice.textContent = renderFileModeNotice();
  notice.hidden = false;
  el('kh-file').hidden = false;

  const input = el<HTMLInputElement>('kh-file-input');
  input.addEventListener('change', () => {
    const files = Array.from(input.files ?? []);
    if (files.length) void open(files);
    // The same file chosen again (after fixing it in Excel) must fire change again.
    input.value = '';
  });
  const drop = el('kh-drop');
  // Anywhere on the page: a file dropped beside the box must not make the browser navigate away to it.
  document.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('kh-over');
  });
  document.addEventListener('dragleave', (e) => {
    if (e.relatedTarget === null) drop.classList.remove('kh-over');
  });
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('kh-over');
    const files = Array.from(e.dataTransfer?.files ?? []);
    if (files.length) void open(files);
  });
  for (const option of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="kh-file-mode"], #kh-file-overwrite')))
    option.addEventListener('change', () => void score());
  el('kh-file-report').addEventListener('click', () => keepFocus(() => report(runs)));
  el('kh-cancel').addEventListener('click', () => {
    cancelled = runs;
  });
  el('kh-result').addEventListener('change', (e) => {
    const select = (e.target as HTMLElement).closest<HTMLSelectElement>('select.kh-role');
    const picked = select ? pickedChoice(select) : null;
    if (picked) {
      choices.set(picked.sheet, choiceAfterPick(shown.get(picked.sheet), choices.get(picked.sheet), { col: picked.col, role: picked.role }));
      void score();
      return;
    }
    const t = e.target as HTMLInputElement;
    const key = t.dataset.key;
    if (!key) return;
    (t.classList.contains('kh-unit-group') ? edits.groups : edits.names).set(key, t.value);
  });
}

async function open(files: File[]): Promise<void> {
  showError(null);
  showStatus(`正在读取${files.length > 1 ? `${files.length}个文件` : `“${files[0].name}”`}…`);
  const read: OpenedFile[] = [];
  for (const file of files) {
    try {
      read.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), scored: null, error: null });
    } catch {
      showStatus('');
      showError({ message: message('FILE_UNREADABLE', file.name) });
      return;
    }
  }
  opened = read;
  choices.clear();
  shown.clear();
  edits.names.clear();
  edits.groups.clear();
  await score();
}

/** Lets the page paint (progress, status) between files, so no single task holds it for a whole batch. */
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));

async function score(): Promise<void> {
  if (opened.length === 0) return;
  const run = ++runs;
  clearDownloads(false);
  el('kh-result').innerHTML = '';
  showError(null);
  const progress = el<HTMLProgressElement>('kh-progress-bar');
  el('kh-progress').hidden = false;
  progress.max = opened.length;
  try {
    for (const [i, f] of opened.entries()) {
      progress.value = i;
      showStatus(`正在计分 ${i + 1}/${opened.length}：“${f.name}”…`);
      await nextFrame();
      if (run !== runs) return;
      if (cancelled === run) return cancelScoring();
      const r = scoreFile(f.bytes, f.name, options());
      f.scored = r.ok ? r.value : null;
      if (r.ok) for (const sheet of r.value.sheets) if (sheet.reading) shown.set(sheet.report.sheet, sheet.reading);
      f.error = r.ok ? null : r.error;
    }
    progress.value = opened.length;
    el('kh-progress').hidden = true;
    show();
    await report(run);
  } catch (e) {
    el('kh-progress').hidden = true;
    if (run === runs) showUnexpected(e);
  }
}

/** Cancel: nothing offered, nothing kept; the opened files were only ever read. */
function cancelScoring(): void {
  const hadFocus = el('kh-progress').contains(document.activeElement);
  el('kh-progress').hidden = true;
  // The cancel button is gone with the progress bar: the keyboard lands on the file picker, to choose again.
  if (hadFocus) el('kh-file-input').focus();
  for (const f of opened) f.scored = null;
  el('kh-result').innerHTML = '';
  showStatus('已取消计分：没有生成任何文件，打开的工作簿未被改动。');
}

function show(): void {
  const ok = opened.filter((f) => f.scored);
  if (opened.length === 1) {
    const f = opened[0];
    if (!f.scored) {
      showStatus('');
      showError(f.error);
      return;
    }
    el('kh-result').innerHTML = renderFileResult(f.name, f.scored) + renderUnitList(unitsOf(opened, edits), edits);
    offer({ blob: new Blob([f.scored.bytes as BlobPart], { type: XLSX_TYPE }), name: f.scored.name, label: DOWNLOAD_LABELS.xlsx }, false);
    return;
  }
  const failed = opened.filter((f) => f.error).map((f) => `<li class="kh-plain">${h(f.error?.message ?? '')}</li>`);
  el('kh-result').innerHTML = [
    `<p class="kh-summary">${opened.length}个文件：${ok.length}个已计分${failed.length ? `，${failed.length}个未能计分` : ''}</p>`,
    failed.length ? `<ul class="kh-warnings">${failed.join('')}</ul>` : '',
    renderUnitList(unitsOf(opened, edits), edits),
  ].join('\n');
  if (ok.length === 0) return;
  const zip = zipSync(Object.fromEntries(ok.map((f) => [(f.scored as ScoredFile).name, (f.scored as ScoredFile).bytes])), { level: 0 });
  offer({ blob: new Blob([zip as BlobPart], { type: 'application/zip' }), name: '计分后的工作簿.zip', label: DOWNLOAD_LABELS.zip }, false);
}

/** The 通报 and the web report over the units as named and grouped now, with the options beside 生成报告. */
async function report(run: number): Promise<void> {
  const units = unitsOf(opened, edits);
  clearDownloads(true);
  if (units.length === 0) return showStatus('');
  showStatus('正在生成通报（.docx）与网页报告（.html）…');
  const top = Number(el<HTMLInputElement>('kh-file-top').value);
  const model = buildReport(units.map((u) => u.unit), {
    date: localDate(),
    dense: el<HTMLInputElement>('kh-file-dense').checked,
    ...(top > 0 ? { top } : {}),
    groups: groupsOf(units, edits),
  });
  const { reportFiles } = await import(/* webpackChunkName: "report" */ './report-files');
  const files = await reportFiles(model);
  if (run !== runs) return;
  files.forEach((f) => offer(f, true));
  showStatus(model.summary.incomplete.length ? `报告已生成；${model.summary.incomplete.length}个单位评分未完成，报告中已标明` : '报告已生成');
}

function options(): { mode: FillMode; overwrite: boolean; columnsBySheet: ReadonlyMap<string, ColumnChoice[]> } {
  const mode = document.querySelector<HTMLInputElement>('input[name="kh-file-mode"]:checked')?.value === 'values' ? 'values' : 'formulas';
  return { mode, overwrite: el<HTMLInputElement>('kh-file-overwrite').checked, columnsBySheet: choices };
}

function offer(file: Download, isReport: boolean): void {
  const a = downloadLink(file);
  urls.push({ href: a.href, report: isReport });
  if (isReport) a.dataset.report = '1';
  el('kh-downloads').append(a);
}

/** Revokes and removes the report's links (`reportOnly`) or every link. */
function clearDownloads(reportOnly: boolean): void {
  for (const u of urls) if (!reportOnly || u.report) URL.revokeObjectURL(u.href);
  urls = urls.filter((u) => reportOnly && !u.report);
  const box = el('kh-downloads');
  for (const a of Array.from(box.querySelectorAll('a'))) if (!reportOnly || a.dataset.report) a.remove();
}

import { message } from '../engine/messages';
import type { FillMode } from '../engine/plan';
import { buildReport } from '../report/model';
import { localDate } from '../report/report-event';
import { scoreFile } from './file-score';
import { choiceAfterPick, pickedChoice } from './reading-view';
import type { SheetReading } from '../engine/reading/reading';
import type { ColumnChoice } from '../engine/reading/layout-types';
import { renderFileModeNotice, renderFileResult } from './file-view';
import { DOWNLOAD_LABELS } from './labels';
import { downloadLink, el, showError, showStatus, showUnexpected, type Download } from './page';

/**
 * The task pane outside Office (a plain browser): the user opens or drops an .xlsx, the page scores it with the CLI's
 * use case (file-score.ts) and offers the scored workbook and the report's .docx and .html as downloads. The file is
 * read from disk by the browser and never sent anywhere; a Content-Security-Policy of connect-src 'none' makes the
 * browser refuse any fetch, XHR, beacon or socket the page might still attempt. Loaded as a chunk of its own, so the
 * pane inside Excel carries none of it.
 */
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let opened: { name: string; bytes: Uint8Array } | null = null;
/** Column roles picked in each sheet's preview: the next scoring uses them and keeps them in the downloaded workbook. */
const choices = new Map<string, ColumnChoice[]>();
/** Each sheet's reading as last shown: the columns chosen before a new pick. */
const shown = new Map<string, SheetReading>();
/** Object URLs of the current downloads, revoked when a new scoring replaces them. */
let urls: string[] = [];
/** Each scoring's number: a slower earlier one (its report still rendering) must not add links to a newer one. */
let runs = 0;

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
    const file = input.files?.[0];
    if (file) void open(file);
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
    const file = e.dataTransfer?.files[0];
    if (file) void open(file);
  });
  for (const option of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="kh-file-mode"], #kh-file-overwrite')))
    option.addEventListener('change', () => void score());
  el('kh-result').addEventListener('change', (e) => {
    const select = (e.target as HTMLElement).closest<HTMLSelectElement>('select.kh-role');
    const picked = select ? pickedChoice(select) : null;
    if (!picked) return;
    choices.set(picked.sheet, choiceAfterPick(shown.get(picked.sheet), choices.get(picked.sheet), { col: picked.col, role: picked.role }));
    void score();
  });
}

async function open(file: File): Promise<void> {
  showError(null);
  showStatus(`正在读取“${file.name}”…`);
  try {
    opened = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    choices.clear();
    shown.clear();
  } catch {
    showStatus('');
    showError({ message: message('FILE_UNREADABLE', file.name) });
    return;
  }
  await score();
}

async function score(): Promise<void> {
  if (!opened) return;
  const run = ++runs;
  const { name, bytes } = opened;
  clearDownloads();
  el('kh-result').innerHTML = '';
  showError(null);
  showStatus(`正在计分“${name}”…`);
  // Let the status paint before a large workbook holds the page for a while.
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    const r = scoreFile(bytes, name, options());
    if (run !== runs) return;
    if (!r.ok) {
      showStatus('');
      showError(r.error);
      return;
    }
    el('kh-result').innerHTML = renderFileResult(name, r.value);
    for (const s of r.value.sheets) shown.set(s.report.sheet, s.reading);
    offer({ blob: new Blob([r.value.bytes as BlobPart], { type: XLSX_TYPE }), name: r.value.name, label: DOWNLOAD_LABELS.xlsx });
    if (r.value.units.length === 0) return showStatus('');
    showStatus('正在生成通报（.docx）与网页报告（.html）…');
    const model = buildReport(r.value.units, { date: localDate() });
    const { reportFiles } = await import(/* webpackChunkName: "report" */ './report-files');
    const files = await reportFiles(model);
    if (run !== runs) return;
    files.forEach(offer);
    showStatus('');
  } catch (e) {
    if (run === runs) showUnexpected(e);
  }
}

function options(): { mode: FillMode; overwrite: boolean; columnsBySheet: ReadonlyMap<string, ColumnChoice[]> } {
  const mode = document.querySelector<HTMLInputElement>('input[name="kh-file-mode"]:checked')?.value === 'values' ? 'values' : 'formulas';
  return { mode, overwrite: el<HTMLInputElement>('kh-file-overwrite').checked, columnsBySheet: choices };
}

function offer(file: Download): void {
  const a = downloadLink(file);
  urls.push(a.href);
  el('kh-downloads').append(a);
}

function clearDownloads(): void {
  for (const u of urls) URL.revokeObjectURL(u);
  urls = [];
  el('kh-downloads').textContent = '';
}

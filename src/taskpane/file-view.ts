import { SUPPORTED_EXCEL } from '../engine/messages';
import type { ScoredFile } from './file-score';
import { escapeHtml as h } from './html';
import { renderFillResult } from './view';
import { renderReadingPreview } from './reading-view';

/**
 * The file mode's views (the pane in a plain browser, over an opened .xlsx): report in, HTML out, like view.ts, whose
 * result view each sheet reuses. Warnings are plain text here: there is no Excel to select their row in.
 */
export function renderFileResult(file: string, scored: ScoredFile): string {
  const skipped = scored.notScored.length
    ? `<ul class="kh-warnings">${scored.notScored.map((line) => `<li class="kh-plain">${h(line)}</li>`).join('')}</ul>`
    : '';
  const sheets = scored.sheets.map(
    (s) =>
      `<section class="kh-sheet" aria-label="工作表“${h(s.report.sheet)}”"><h2>工作表“${h(s.report.sheet)}”</h2>\n${renderFillResult(s.report, s.message, false)}\n${renderReadingPreview(s.reading)}</section>`,
  );
  return [
    `<p class="kh-summary">“${h(file)}”：${scored.sheets.length}张评分表已计分，写入下载的“${h(scored.name)}”</p>`,
    skipped,
    ...sheets,
  ].join('\n');
}

/** Shown above the file mode: why the Excel buttons are gone, and where they are. */
export function renderFileModeNotice(): string {
  return `未在 Excel 中打开：可以在这里直接打开 .xlsx 工作簿，计分后下载填好得分的工作簿和报告。在 Excel 中使用加载项（识别、填写、撤销、生成报告）需要${SUPPORTED_EXCEL}。`;
}

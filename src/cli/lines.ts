import type { EngineError } from '../engine/result';
import type { WarningReport } from '../engine/sheet-report';
import { failureText, place } from '../xlsx/score-workbook';

/**
 * A line that stays one line: a file or sheet name may hold a line break (Linux allows one in a file name), which would
 * split an error over two lines for a script reading stderr line by line. Breaks are shown as \n and \r.
 */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]/g, (m) => (m === '\r' ? '\\r' : '\\n'));
}

/** The one line a failure prints on stderr: the file, then the sheet and cell where they apply, then the reason. */
export function errorLine(e: EngineError, file?: string, sheet?: string): string {
  return oneLine(`错误：${failureText(e, file, sheet)}`);
}

export function warningLine(sheet: string, w: WarningReport): string {
  return oneLine(`警告：工作表“${sheet}”${place(w.row, w.col)}：${w.message}`);
}

export function moreWarningsLine(sheet: string, more: number): string {
  return oneLine(`警告：工作表“${sheet}”另有${more}条警告未列出，完整列表见 --json 输出`);
}

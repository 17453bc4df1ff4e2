import type { EngineError } from '../engine/result';
import type { WarningReport } from '../engine/sheet-report';
import { failureText, place } from '../xlsx/score-workbook';

/** The one line a failure prints on stderr: the file, then the sheet and cell where they apply, then the reason. */
export function errorLine(e: EngineError, file?: string, sheet?: string): string {
  return `错误：${failureText(e, file, sheet)}`;
}

export function warningLine(sheet: string, w: WarningReport): string {
  return `警告：工作表“${sheet}”${place(w.row, w.col)}：${w.message}`;
}

export function moreWarningsLine(sheet: string, more: number): string {
  return `警告：工作表“${sheet}”另有${more}条警告未列出，完整列表见 --json 输出`;
}

import { colLetter } from '../engine/snapshot';
import type { EngineError } from '../engine/result';
import type { WarningReport } from '../engine/sheet-report';

/** The one line a failure prints on stderr: the file, then the sheet and cell where they apply, then the reason. */
export function errorLine(e: EngineError, file?: string, sheet?: string): string {
  if (file === undefined || sheet === undefined) return `错误：${e.message}`;
  return `错误：“${file}”工作表“${sheet}”${place(e.row, e.col === undefined ? undefined : colLetter(e.col))}：${e.message}`;
}

export function warningLine(sheet: string, w: WarningReport): string {
  return `警告：工作表“${sheet}”${place(w.row, w.col)}：${w.message}`;
}

export function moreWarningsLine(sheet: string, more: number): string {
  return `警告：工作表“${sheet}”另有${more}条警告未列出，完整列表见 --json 输出`;
}

function place(row: number | undefined, col: string | undefined): string {
  if (row !== undefined && col !== undefined) return ` ${col}${row}`;
  if (row !== undefined) return ` 第${row}行`;
  if (col !== undefined) return ` ${col}列`;
  return '';
}

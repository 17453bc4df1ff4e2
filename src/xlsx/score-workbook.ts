import {
  chooseColumns, columnChoice, EMPTY_FILL_RECORD, recordFill, writtenCells, writtenCellsOf, type FillRecord,
} from '../engine/fill-record';
import type { SheetReading } from '../engine/reading/reading';
import type { ColumnChoice } from '../engine/reading/layout-types';
import { fillSheet, type FillOptions, type FillOutcome } from '../engine/fill';
import type { EngineError } from '../engine/result';
import type { SheetReport } from '../engine/sheet-report';
import { colLetter, type SheetSnapshot } from '../engine/snapshot';
import { inversePlan } from '../engine/write-plan';
import { isReportSheet } from '../report/sheet-plan';
import type { XlsxPackage } from './package';

/*
 * The fill use case over an .xlsx package, shared by `kaohe fill` (Node) and the task pane's file mode (a plain
 * browser): both open bytes with openXlsx, call scoreWorkbook, and save pkg.toBytes() their own way.
 */

export interface SheetFailure {
  sheet: string;
  error: EngineError;
}

export interface WorkbookScore {
  sheets: SheetReport[];
  /** How each scored sheet was read, in the same order (kaohe fill --explain, the file mode's preview). */
  readings: SheetReading[];
  /** Sheets the engine could not score, NO_HEADER (simply not a score sheet) included. */
  failures: SheetFailure[];
  rows: number;
}

/** A sheet as filled, for callers that build more on it (the file mode's report units). */
export interface FilledSheet extends FillOutcome {
  snapshot: SheetSnapshot;
}

export interface ScoreHooks {
  /** Before each sheet is scored: its name and rows (the CLI shows progress on large sheets). */
  onSheet?: (name: string, rows: number) => void;
  /** After a sheet's plan is written into the package. */
  onFilled?: (sheet: FilledSheet) => void;
}

/**
 * Scores every worksheet and writes each plan into its sheet, in memory; the caller decides whether to save. The
 * workbook's fill record says which cells earlier fills wrote, so a refill after a correction updates them, and it
 * is saved again with what this fill wrote.
 */
/** Fill options for a whole workbook: a column choice may be given per sheet (the file mode's pickers). */
export type WorkbookOptions = FillOptions & { columnsBySheet?: ReadonlyMap<string, readonly ColumnChoice[]> };

export function scoreWorkbook(pkg: XlsxPackage, opts: WorkbookOptions, hooks: ScoreHooks = {}): WorkbookScore {
  const out: WorkbookScore = { sheets: [], readings: [], failures: [], rows: 0 };
  const stored = pkg.fillRecord();
  let record: FillRecord = stored === 'damaged' ? EMPTY_FILL_RECORD : stored;
  let recordChanged = false;
  for (const name of pkg.sheetNames()) {
    const snap = pkg.snapshot(name);
    if (!snap.ok) {
      out.failures.push({ sheet: name, error: snap.error });
      continue;
    }
    const s = snap.value;
    // A 考核报告 this tool wrote (kaohe report, kaohe new, 生成报告) is never a score sheet, nor a sheet to warn about.
    if (isReportSheet(s)) continue;
    hooks.onSheet?.(name, s.values.length);
    out.rows += s.values.length;
    // A column choice given now (--columns, the file mode's picker) replaces the one kept in the record, and is kept.
    const given = opts.columnsBySheet?.get(name) ?? opts.columns;
    const columns = given ?? columnChoice(record, name);
    const r = fillSheet(s, { ...opts, columns, written: writtenCells(record, name) });
    if (!r.ok) {
      out.failures.push({ sheet: name, error: r.error });
      continue;
    }
    if (given !== undefined) {
      record = chooseColumns(record, name, given);
      recordChanged = true;
    }
    const plan = r.value.plan;
    const applied = pkg.applyPlan(plan);
    if (!applied.ok) {
      out.failures.push({ sheet: name, error: applied.error });
      continue;
    }
    if (plan.cells.length > 0) {
      record = recordFill(record, name, writtenCellsOf(plan), inversePlan(plan, s).cells);
      recordChanged = true;
    }
    out.sheets.push(r.value.report);
    out.readings.push(r.value.reading);
    hooks.onFilled?.({ ...r.value, snapshot: s });
  }
  if (recordChanged) pkg.setFillRecord(record);
  return out;
}

/** A planned cell as the record keeps it: its number format only where the plan sets one. */
/** How much an error says about a sheet that looks like a score sheet: a missing 扣分 column beats "no header". */
function specificity(code: string): number {
  if (code === 'NO_HEADER') return 0;
  if (code.startsWith('MISSING_')) return 3;
  if (code === 'NO_ITEMS') return 2;
  return 1;
}

/** The failure worth telling the user when no sheet could be scored (the first among equals). */
export function mostSpecific(failures: readonly SheetFailure[]): SheetFailure | null {
  let best: SheetFailure | null = null;
  for (const f of failures) if (!best || specificity(f.error.code) > specificity(best.error.code)) best = f;
  return best;
}

export const isScoreSheetFailure = (f: SheetFailure): boolean => f.error.code !== 'NO_HEADER';

/**
 * in.xlsx → in.scored.xlsx: the name a scored copy gets, beside the input (CLI) or as a download (file mode). The
 * extension is the package's own (in.xlsm → in.scored.xlsm), so the copy opens as what it is.
 */
export function scoredName(base: string, extension: string = '.xlsx'): string {
  const dot = base.lastIndexOf('.');
  return `${dot > 0 ? base.slice(0, dot) : base}.scored${extension}`;
}

/**
 * A failure as one line without its 错误： prefix: the file, then the sheet and cell where they apply, then the
 * reason. The CLI prints it on stderr, the file mode in its alert area.
 */
export function failureText(e: EngineError, file?: string, sheet?: string): string {
  if (file === undefined || sheet === undefined) return e.message;
  return `“${file}”工作表“${sheet}”${place(e.row, e.col === undefined ? undefined : colLetter(e.col))}：${e.message}`;
}

/** ' G5', ' 第5行', ' G列' or '': where in a sheet a failure or warning is. */
export function place(row: number | undefined, col: string | undefined): string {
  if (row !== undefined && col !== undefined) return ` ${col}${row}`;
  if (row !== undefined) return ` 第${row}行`;
  if (col !== undefined) return ` ${col}列`;
  return '';
}

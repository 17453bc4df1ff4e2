import type ExcelJS from 'exceljs';
import { fillSheet, type FillOptions } from '../engine/fill';
import type { EngineError } from '../engine/result';
import type { SheetReport } from '../engine/sheet-report';
import { applyPlan, snapshotOf } from '../xlsx';

export interface SheetFailure {
  sheet: string;
  error: EngineError;
}

export interface WorkbookScore {
  sheets: SheetReport[];
  /** Sheets the engine could not score, NO_HEADER (simply not a score sheet) included. */
  failures: SheetFailure[];
  rows: number;
}

/** Scores every worksheet and writes each plan into its sheet, in memory; the caller decides whether to save. */
export function scoreWorkbook(
  wb: ExcelJS.Workbook,
  opts: FillOptions,
  onSheet: (ws: ExcelJS.Worksheet) => void = () => undefined,
): WorkbookScore {
  const out: WorkbookScore = { sheets: [], failures: [], rows: 0 };
  for (const ws of wb.worksheets) {
    onSheet(ws);
    out.rows += ws.rowCount;
    const r = fillSheet(snapshotOf(ws), opts);
    if (!r.ok) {
      out.failures.push({ sheet: ws.name, error: r.error });
      continue;
    }
    applyPlan(ws, r.value.plan);
    out.sheets.push(r.value.report);
  }
  return out;
}

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

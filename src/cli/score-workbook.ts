import { recordFill, writtenCells, type FillRecord, type RecordedCell } from '../engine/fill-record';
import { fillSheet, type FillOptions } from '../engine/fill';
import type { EngineError } from '../engine/result';
import type { SheetReport } from '../engine/sheet-report';
import { formulaAt, valueAt, type SheetSnapshot } from '../engine/snapshot';
import type { XlsxPackage } from '../xlsx';

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

/**
 * Scores every worksheet and writes each plan into its sheet, in memory; the caller decides whether to save. The
 * workbook's fill record says which cells earlier fills wrote, so a refill after a correction updates them, and it
 * is saved again with what this fill wrote.
 */
export function scoreWorkbook(
  pkg: XlsxPackage,
  opts: FillOptions,
  onSheet: (name: string, rows: number) => void = () => undefined,
): WorkbookScore {
  const out: WorkbookScore = { sheets: [], failures: [], rows: 0 };
  const stored = pkg.fillRecord();
  let record: FillRecord = stored === 'damaged' ? { sheets: [] } : stored;
  let recordChanged = false;
  for (const name of pkg.sheetNames()) {
    const snap = pkg.snapshot(name);
    if (!snap.ok) {
      out.failures.push({ sheet: name, error: snap.error });
      continue;
    }
    const s = snap.value;
    onSheet(name, s.values.length);
    out.rows += s.values.length;
    const r = fillSheet(s, { ...opts, written: writtenCells(record, name) });
    if (!r.ok) {
      out.failures.push({ sheet: name, error: r.error });
      continue;
    }
    const plan = r.value.plan;
    const applied = pkg.applyPlan(plan);
    if (!applied.ok) {
      out.failures.push({ sheet: name, error: applied.error });
      continue;
    }
    if (plan.cells.length > 0) {
      record = recordFill(record, name, plan.cells.map(recorded), plan.cells.map((c) => before(s, c.row, c.col)));
      recordChanged = true;
    }
    out.sheets.push(r.value.report);
  }
  if (recordChanged) pkg.setFillRecord(record);
  return out;
}

function recorded(c: { row: number; col: number; formula: string | null; value: RecordedCell['value']; numFmt?: string }): RecordedCell {
  const r: RecordedCell = { row: c.row, col: c.col, formula: c.formula, value: c.value };
  if (c.numFmt !== undefined) r.numFmt = c.numFmt;
  return r;
}

function before(s: SheetSnapshot, row: number, col: number): RecordedCell {
  return { row, col, formula: formulaAt(s, row, col), value: valueAt(s, row, col) };
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

import type ExcelJS from 'exceljs';
import path from 'node:path';
import { fillSheet } from '../engine/fill';
import type { EngineError } from '../engine/result';
import { fail, ok, type Result } from '../engine/result';
import { applyPlan, readWorkbook, snapshotOf } from '../xlsx';
import { REPORT_MARK } from './sheet-plan';
import { unitOf, type ReportUnit } from './unit';

/**
 * The one place reports read workbooks: each file is read into memory (the file itself is never written), each sheet
 * holding a score sheet is scored and filled in memory, and becomes a unit. Switching to another .xlsx reader changes
 * this file only; `source` is whatever that reader's sheet is, handed back to the matching writer.
 */
export interface SourcedUnit {
  unit: ReportUnit;
  /** The filled sheet in memory, for copying into the report workbook. */
  source: ExcelJS.Worksheet;
}

export interface UnitFailure {
  file: string;
  sheet: string;
  error: EngineError;
}

export interface ReadUnits {
  units: SourcedUnit[];
  /** Sheets that look like score sheets but could not be scored (not those without any header). */
  failures: UnitFailure[];
}

export async function readUnits(files: readonly string[], onFile: (file: string, i: number) => void = () => undefined): Promise<Result<ReadUnits>> {
  const out: ReadUnits = { units: [], failures: [] };
  const perFile: { file: string; found: SourcedUnit[] }[] = [];
  for (const [i, file] of files.entries()) {
    onFile(file, i);
    const read = await readWorkbook(file);
    if (!read.ok) return fail(read.error);
    const found: SourcedUnit[] = [];
    for (const ws of read.value.worksheets) {
      const snapshot = snapshotOf(ws);
      if (snapshot.values.some((row) => row?.some((v) => v === REPORT_MARK))) continue;
      const r = fillSheet(snapshot, { mode: 'formulas' });
      if (!r.ok) {
        if (r.error.code !== 'NO_HEADER') out.failures.push({ file, sheet: ws.name, error: r.error });
        continue;
      }
      applyPlan(ws, r.value.plan);
      const { report, layout, plan } = r.value;
      found.push({ unit: unitOf(ws.name, file, snapshot, layout, report, plan), source: ws });
    }
    perFile.push({ file, found });
  }
  nameUnits(perFile);
  out.units = perFile.flatMap((f) => f.found);
  return ok(out);
}

/**
 * A unit is named by its sheet (甲镇), except when each file holds one unit: then the file names it (甲镇.xlsx with
 * its Sheet1). Names that still clash get their file's name in front.
 */
function nameUnits(perFile: { file: string; found: SourcedUnit[] }[]): void {
  const onePerFile = perFile.length > 1 && perFile.every((f) => f.found.length <= 1);
  for (const f of perFile) {
    const stem = path.basename(f.file, path.extname(f.file));
    for (const u of f.found) u.unit.unit = onePerFile ? stem : u.unit.sheet;
  }
  const all = perFile.flatMap((f) => f.found);
  const counts = new Map<string, number>();
  for (const u of all) counts.set(u.unit.unit, (counts.get(u.unit.unit) ?? 0) + 1);
  for (const f of perFile) {
    const stem = path.basename(f.file, path.extname(f.file));
    for (const u of f.found) if ((counts.get(u.unit.unit) ?? 0) > 1) u.unit.unit = `${stem}·${u.unit.sheet}`;
  }
}

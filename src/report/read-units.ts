import ExcelJS from 'exceljs';
import path from 'node:path';
import { fillSheet } from '../engine/fill';
import type { EngineError } from '../engine/result';
import { fail, ok, type Result } from '../engine/result';
import { readWorkbookFile } from '../xlsx/workbook-file';
import { exceljsSheetNames } from './exceljs-names';
import { isReportSheet } from './sheet-plan';
import { unitOf, type ReportUnit } from './unit';

/**
 * The one place reports read workbooks: each file is read into memory by the package patcher (the file itself is never
 * written), each sheet holding a score sheet is scored and filled in memory, and becomes a unit. The report workbook
 * is a new file built with exceljs, so each filled package is handed to exceljs once more to copy its sheets with
 * their styles; `source` is that sheet.
 */
export interface SourcedUnit {
  unit: ReportUnit;
  /** The filled sheet in memory, for copying into the report workbook; loaded only when an .xlsx is written. */
  source: () => Promise<ExcelJS.Worksheet>;
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
    const read = readWorkbookFile(file);
    if (!read.ok) return fail(read.error);
    const pkg = read.value;
    const units: { unit: ReportUnit; sheet: string }[] = [];
    for (const name of pkg.sheetNames()) {
      const snap = pkg.snapshot(name);
      if (!snap.ok) {
        out.failures.push({ file, sheet: name, error: snap.error });
        continue;
      }
      const snapshot = snap.value;
      if (isReportSheet(snapshot)) continue;
      const r = fillSheet(snapshot, { mode: 'formulas' });
      if (!r.ok) {
        if (r.error.code !== 'NO_HEADER') out.failures.push({ file, sheet: name, error: r.error });
        continue;
      }
      const applied = pkg.applyPlan(r.value.plan);
      if (!applied.ok) {
        out.failures.push({ file, sheet: name, error: applied.error });
        continue;
      }
      const { report, layout, plan } = r.value;
      units.push({ unit: unitOf(name, file, snapshot, layout, report, plan), sheet: name });
    }
    let loaded: Promise<{ wb: ExcelJS.Workbook; names: Map<string, string> }> | null = null;
    const workbook = () => {
      if (!loaded) {
        const wb = new ExcelJS.Workbook();
        const names = exceljsSheetNames(pkg);
        loaded = wb.xlsx.load(Buffer.from(pkg.toBytes()) as unknown as ExcelJS.Buffer).then(() => ({ wb, names }));
      }
      return loaded;
    };
    const found: SourcedUnit[] = units.map((u) => ({
      unit: u.unit,
      source: async () => {
        const { wb, names } = await workbook();
        return wb.getWorksheet(names.get(u.sheet) ?? u.sheet) as ExcelJS.Worksheet;
      },
    }));
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

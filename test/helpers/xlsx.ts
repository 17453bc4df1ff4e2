import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { address, formulaAt, valueAt, type SheetSnapshot } from '../../src/engine/snapshot';
import { openXlsx, type XlsxPackage } from '../../src/xlsx';

/** Opens .xlsx bytes with the patcher, failing the test with the reason when it cannot. */
export function opened(bytes: Uint8Array): XlsxPackage {
  const r = openXlsx(bytes);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

export function snapshotOf(pkg: XlsxPackage, sheet: string): SheetSnapshot {
  const r = pkg.snapshot(sheet);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The patcher's snapshot of one sheet of a file. */
export function snapshotOfFile(file: string, sheet: string): SheetSnapshot {
  return snapshotOf(opened(fs.readFileSync(file)), sheet);
}

/** An exceljs-built workbook as the patcher sees it once saved. */
export async function packageOf(wb: ExcelJS.Workbook): Promise<XlsxPackage> {
  return opened(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** The same bytes opened by exceljs: an independent reader to check what the patcher wrote. */
export async function exceljsOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Cells whose value or formula differs between two snapshots of one sheet, as A1 addresses, sorted. */
export function changedCells(a: SheetSnapshot, b: SheetSnapshot): string[] {
  const rows = Math.max(a.values.length, b.values.length);
  const out: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const cols = Math.max(a.values[r - 1]?.length ?? 0, b.values[r - 1]?.length ?? 0);
    for (let c = 1; c <= cols; c++) {
      if (valueAt(a, r, c) !== valueAt(b, r, c) || formulaAt(a, r, c) !== formulaAt(b, r, c)) out.push(address(r, c));
    }
  }
  return out.sort();
}

import ExcelJS from 'exceljs';
import type { SheetFixture } from '../contract/adapter-contract';

/** Builds an exceljs worksheet from a fixture: values, formulas with their cached results, merged areas. */
export function addSheet(wb: ExcelJS.Workbook, fixture: SheetFixture): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(fixture.name);
  fixture.cells.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      if (typeof v === 'object') {
        const result = v.value === null ? undefined : v.value;
        cell.value = { formula: v.formula.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue;
      } else cell.value = v;
    });
  });
  for (const m of fixture.merges ?? []) ws.mergeCells(m);
  return ws;
}

export function workbookOf(...sheets: SheetFixture[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) addSheet(wb, s);
  return wb;
}

export async function writeWorkbook(file: string, ...sheets: SheetFixture[]): Promise<void> {
  await workbookOf(...sheets).xlsx.writeFile(file);
}

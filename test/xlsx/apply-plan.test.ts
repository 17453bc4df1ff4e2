import ExcelJS from 'exceljs';
import { applyPlan, snapshotOf } from '../../src/xlsx';
import { formulaAt, valueAt } from '../../src/engine/snapshot';
import { reopened } from '../helpers/workbook';

function sharedFormulaSheet() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('区委政法委');
  [2, 5, 1.5].forEach((v, i) => (ws.getCell(3 + i, 5).value = v));
  ws.getCell('H3').value = { formula: 'E3', result: 2, shareType: 'shared', ref: 'H3:H5' } as ExcelJS.CellValue;
  ws.getCell('H4').value = { sharedFormula: 'H3', result: 5 } as ExcelJS.CellValue;
  ws.getCell('H5').value = { sharedFormula: 'H3', result: 1.5 } as ExcelJS.CellValue;
  return wb;
}

describe('写入计划应用到 exceljs 工作表', () => {
  test('覆盖共享公式的主单元格后，其余单元格保留各自的公式，工作簿仍可保存', async () => {
    const wb = await reopened(sharedFormulaSheet());
    applyPlan(wb.getWorksheet('区委政法委')!, {
      sheet: '区委政法委',
      cells: [{ row: 3, col: 8, formula: '=MAX(0,E3-MIN(E3,G3))', value: 2, numFmt: '0.##' }],
    });
    const s = snapshotOf((await reopened(wb)).getWorksheet('区委政法委')!);
    expect(formulaAt(s, 3, 8)).toBe('=MAX(0,E3-MIN(E3,G3))');
    expect(formulaAt(s, 4, 8)).toBe('=E4');
    expect(formulaAt(s, 5, 8)).toBe('=E5');
    expect([valueAt(s, 4, 8), valueAt(s, 5, 8)]).toEqual([5, 1.5]);
  });

  test('公式可带或不带开头的“=”，写入后都只有一个“=”', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    applyPlan(ws, { sheet: 'S', cells: [{ row: 1, col: 1, formula: 'SUM(B1:B2)', value: 0 }] });
    expect(formulaAt(snapshotOf(ws), 1, 1)).toBe('=SUM(B1:B2)');
  });

  test('数字格式只在计划给出时改变', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').numFmt = '0.00';
    applyPlan(ws, { sheet: 'S', cells: [{ row: 1, col: 1, formula: null, value: 3 }, { row: 2, col: 1, formula: null, value: 4, numFmt: '0.##' }] });
    expect(ws.getCell('A1').numFmt).toBe('0.00');
    expect(ws.getCell('A2').numFmt).toBe('0.##');
  });
});

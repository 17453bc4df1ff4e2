import ExcelJS from 'exceljs';
import { snapshotOf } from '../../src/xlsx';
import { formulaAt, valueAt } from '../../src/engine/snapshot';
import { reopened } from '../helpers/workbook';

/** A sheet with every kind of value exceljs can hand back, saved and reopened so they come from real .xlsx XML. */
async function mixedSheet() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('司法所');
  ws.getCell('A1').value = { richText: [{ text: '司法所建设', font: { bold: true } }, { text: '(15分)' }] };
  ws.getCell('B1').value = { text: '考核细则', hyperlink: 'https://example.org/细则' };
  ws.getCell('C1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('D1').value = new Date(Date.UTC(2023, 11, 31));
  ws.getCell('E1').value = true;
  ws.getCell('A2').value = 2;
  ws.getCell('A3').value = 5;
  ws.getCell('A4').value = 1.5;
  ws.getCell('B2').value = { formula: 'A2*2', result: 4, shareType: 'shared', ref: 'B2:B4' } as ExcelJS.CellValue;
  ws.getCell('B3').value = { sharedFormula: 'B2', result: 10 } as ExcelJS.CellValue;
  ws.getCell('B4').value = { sharedFormula: 'B2', result: 3 } as ExcelJS.CellValue;
  ws.getCell('C2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
  ws.getCell('C3').value = { formula: 'IF(A3>=5,"合格","不合格")', result: '合格' };
  ws.getCell('A7').value = '注：考核总分值设为100分。';
  ws.getCell('C7').value = '   ';
  ws.mergeCells('A7:F7');
  const again = await reopened(wb);
  return snapshotOf(again.getWorksheet('司法所')!);
}

describe('exceljs 工作表读成引擎快照', () => {
  test('富文本读成连在一起的纯文字', async () => {
    expect(valueAt(await mixedSheet(), 1, 1)).toBe('司法所建设(15分)');
  });

  test('超链接读成显示的文字', async () => {
    expect(valueAt(await mixedSheet(), 1, 2)).toBe('考核细则');
  });

  test('错误值（#N/A、#DIV/0!）读作 null，公式仍保留', async () => {
    const s = await mixedSheet();
    expect(valueAt(s, 1, 3)).toBeNull();
    expect(valueAt(s, 2, 3)).toBeNull();
    expect(formulaAt(s, 2, 3)).toBe('=1/0');
  });

  test('日期读成 ISO 日期文字，布尔值保持布尔值', async () => {
    const s = await mixedSheet();
    expect(valueAt(s, 1, 4)).toBe('2023-12-31');
    expect(valueAt(s, 1, 5)).toBe(true);
  });

  test('共享公式的每个单元格都读出自己的公式文字和缓存结果', async () => {
    const s = await mixedSheet();
    expect(formulaAt(s, 2, 2)).toBe('=A2*2');
    expect(formulaAt(s, 3, 2)).toBe('=A3*2');
    expect(formulaAt(s, 4, 2)).toBe('=A4*2');
    expect([valueAt(s, 2, 2), valueAt(s, 3, 2), valueAt(s, 4, 2)]).toEqual([4, 10, 3]);
  });

  test('文字结果的公式读出文字', async () => {
    const s = await mixedSheet();
    expect(valueAt(s, 3, 3)).toBe('合格');
    expect(formulaAt(s, 3, 3)).toBe('=IF(A3>=5,"合格","不合格")');
  });

  test('合并区域只有左上角有值，空白行仍是空行', async () => {
    const s = await mixedSheet();
    expect(valueAt(s, 7, 1)).toBe('注：考核总分值设为100分。');
    expect(valueAt(s, 7, 3)).toBeNull();
    expect(s.merges).toContainEqual({ top: 7, left: 1, bottom: 7, right: 6 });
    expect(s.values[4]).toEqual([]);
    expect(s.values[5]).toEqual([]);
    expect(s.values).toHaveLength(7);
  });

  test('快照只含纯值：字符串、数字、布尔或 null', async () => {
    const s = await mixedSheet();
    for (const row of s.values) for (const v of row) expect(['string', 'number', 'boolean', 'object']).toContain(typeof v);
    for (const row of s.values) for (const v of row) if (typeof v === 'object') expect(v).toBeNull();
  });
});

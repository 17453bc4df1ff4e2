import { fillActiveSheet, insertDeductionColumn, recognizeActiveSheet } from '../../src/excel';
import type { FixtureCell } from '../contract/adapter-contract';
import { FakeExcel, OfficeError } from './fake-excel';
import { longSheet, rangHuLuFixture, siFaSuoFixture } from './score-sheets';

afterEach(() => FakeExcel.uninstall());

function excelWith(f: { name: string; cells: FixtureCell[][]; merges: string[] }, apiMinor: number): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet(f.name, f.cells, f.merges);
  excel.apiMinor = apiMinor;
  return excel.install();
}

const grouped = (excel: FakeExcel) => excel.runOptions.filter((o) => (o as { mergeUndoGroup?: boolean }).mergeUndoGroup === true).length;

describe('一次填写，一步撤消（Excel.run 的 mergeUndoGroup，ExcelApi 1.20）', () => {
  test('六千项的表：得分分段写入（每段不超过五千行），在有 ExcelApi 1.20 的 Excel 中合为 Ctrl+Z 一步', async () => {
    const excel = excelWith(longSheet(6000), 20);
    expect((await fillActiveSheet()).ok).toBe(true);
    expect(grouped(excel)).toBe(1);
    expect(excel.undoSteps).toBe(1);
  });

  test('没有 ExcelApi 1.20 的 Excel：照常填写，每个写入的请求各是一步撤消，不传它不认识的选项', async () => {
    const excel = excelWith(longSheet(6000), 13);
    expect((await fillActiveSheet()).ok).toBe(true);
    expect(grouped(excel)).toBe(0);
    // Two bands of score formulas (5,000 + 1,000 rows) and the fill record's own request.
    expect(excel.undoSteps).toBe(3);
    expect(excel.read('区委政法委', 6001, 8).formula).toMatch(/^=/);
  });

  test('Excel 拒绝合并撤消（UndoNotSupported）时，填写不合并地再做一遍，结果与一次填写相同', async () => {
    const reference = excelWith(rangHuLuFixture(), 13);
    expect((await fillActiveSheet()).ok).toBe(true);
    const expected = reference.read('区委政法委', 13, 8);
    FakeExcel.uninstall();

    const excel = excelWith(rangHuLuFixture(), 20);
    excel.failNextSync = new OfficeError('UndoNotSupported', 'The operation cannot be grouped for undo.');
    const out = await fillActiveSheet();
    expect(out.ok).toBe(true);
    expect(excel.runOptions).toEqual([{ mergeUndoGroup: true }, {}]);
    expect(excel.read('区委政法委', 13, 8)).toEqual(expected);
  });

  test('识别评分表只读不写：不要求合并撤消，也不产生撤消步骤', async () => {
    const excel = excelWith(rangHuLuFixture(), 20);
    expect((await recognizeActiveSheet()).ok).toBe(true);
    expect(grouped(excel)).toBe(0);
    expect(excel.undoSteps).toBe(0);
  });

  test('插入扣分列：插入整列、写表头在 ExcelApi 1.20 中是一步撤消；被拒绝时不重做（重做会再插一列）', async () => {
    const excel = excelWith(siFaSuoFixture(), 20);
    expect((await insertDeductionColumn()).ok).toBe(true);
    expect(excel.undoSteps).toBe(1);
    FakeExcel.uninstall();

    const refused = excelWith(siFaSuoFixture(), 20);
    refused.failNextSync = new OfficeError('UndoNotSupported', 'The operation cannot be grouped for undo.');
    const out = await insertDeductionColumn();
    expect(out.ok).toBe(false);
    expect(refused.runOptions).toEqual([{ mergeUndoGroup: true }]);
    expect(refused.read('司法所', 2, 5).value).toBe('得分');
  });
});

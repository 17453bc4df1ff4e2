import { queueFormatsOf, undoPlanFor } from '../../src/excel/undo-plan';
import { decodeUndo, encodeUndo } from '../../src/excel/undo-record';
import { FakeExcel } from './fake-excel';
import { rangHuLuFixture } from './score-sheets';
import { rangHuLu } from '../engine/sheets';

afterAll(() => FakeExcel.uninstall());

describe('撤销计划', () => {
  test('计划改了格式的单元格，撤销时连原来的格式一起恢复；没改格式的不记格式', () => {
    const before = rangHuLu();
    const plan = {
      sheet: before.name,
      cells: [
        { row: 3, col: 8, formula: '=E3-G3', value: 0, numFmt: '0.##' },
        { row: 14, col: 8, formula: null, value: '不合格' },
      ],
    };
    const undo = undoPlanFor(plan, before, (row) => (row === 3 ? '0.0' : 'General'));
    expect(undo.cells).toEqual([
      { row: 3, col: 8, formula: null, value: null, numFmt: '0.0' },
      { row: 14, col: 8, formula: null, value: null },
    ]);
    expect(decodeUndo(encodeUndo(undo))).toEqual(undo);
  });

  test('计划改格式时只读这些单元格所在区域的原格式（一次 context.sync）；不改格式的计划不读格式', async () => {
    const f = rangHuLuFixture();
    const excel = new FakeExcel();
    excel.addSheet(f.name, f.cells, f.merges).put(9, 8, { numFmt: '0.00' });
    excel.install();
    const withFormats = {
      sheet: f.name,
      cells: [
        { row: 3, col: 8, formula: null, value: 1, numFmt: '0.##' },
        { row: 9, col: 8, formula: null, value: 2, numFmt: '0.##' },
      ],
    };
    const formats = await Excel.run(async (context) => {
      const read = queueFormatsOf(context, withFormats)!;
      await context.sync();
      const at = read();
      return [at(9, 8), at(3, 8), at(400, 30)];
    });
    expect(formats).toEqual(['0.00', 'General', 'General']);
    expect(excel.syncs).toBe(1);
    const plain = { sheet: f.name, cells: [{ row: 3, col: 8, formula: '=E3-G3', value: 0 }] };
    expect(await Excel.run(async (context) => queueFormatsOf(context, plain))).toBeNull();
    expect(excel.syncs).toBe(1);
  });
});

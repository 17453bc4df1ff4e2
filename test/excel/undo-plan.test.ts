import { writtenCellsOf } from '../../src/engine/fill-record';
import { beforeCellsOf } from '../../src/excel/undo-plan';
import { rangHuLu } from '../engine/sheets';

describe('填写记录中的“写入内容”和“填写前内容”', () => {
  const before = rangHuLu();
  const plan = {
    sheet: before.name,
    cells: [
      { row: 3, col: 8, formula: '=E3-G3', value: 0, numFmt: '0.##' },
      { row: 14, col: 8, formula: null, value: '不合格' },
    ],
  };

  test('写入内容即计划本身：公式、值，以及计划设置的数字格式', () => {
    expect(writtenCellsOf(plan)).toEqual([
      { row: 3, col: 8, formula: '=E3-G3', value: 0, numFmt: '0.##' },
      { row: 14, col: 8, formula: null, value: '不合格' },
    ]);
  });

  test('计划改了格式的单元格，填写前内容连原来的格式一起记下；没改格式的不记格式', () => {
    expect(beforeCellsOf(plan, before, (row) => (row === 3 ? '0.0' : 'General'))).toEqual([
      { row: 3, col: 8, formula: null, value: null, numFmt: '0.0' },
      { row: 14, col: 8, formula: null, value: null },
    ]);
  });
});

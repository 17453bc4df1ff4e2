import { fillActiveSheet, readSheet, recognizeActiveSheet, undoLastFill, writePlan } from '../../src/excel';
import type { PlannedCell } from '../../src/engine/write-plan';
import { unwrap } from './excel-harness';
import { FakeExcel } from './fake-excel';
import { longSheet } from './score-sheets';

afterAll(() => FakeExcel.uninstall());

function excelWith(items: number): FakeExcel {
  const f = longSheet(items);
  const excel = new FakeExcel();
  excel.addSheet(f.name, f.cells, f.merges);
  return excel.install();
}

describe.each([100, 10000])('%i 行考核项目的评分表', (items) => {
  test('读取快照只用一次 context.sync（已用区域与合并单元格同批加载）', async () => {
    const excel = excelWith(items);
    const s = unwrap(await readSheet());
    expect(excel.syncs).toBe(1);
    expect(s.values.length).toBe(items + 3);
    expect(s.merges.length).toBe(1 + Math.ceil(items / 50));
  });

  test('识别评分表只用一次 context.sync，且不写入任何单元格', async () => {
    const excel = excelWith(items);
    const before = excel.read('区委政法委', 3, 8);
    const r = unwrap(await recognizeActiveSheet());
    expect(excel.syncs).toBe(1);
    expect(r.report.items.length).toBe(items);
    expect(excel.read('区委政法委', 3, 8)).toEqual(before);
  });

  test('填写得分：读取一次、写入（连同撤销记录）一次，共两次 context.sync', async () => {
    const excel = excelWith(items);
    const out = await fillActiveSheet();
    expect(out.ok).toBe(true);
    expect(excel.syncs).toBe(2);
    expect(excel.calculationSuspensions).toBe(1);
    if (!out.ok) return;
    expect(out.cells).toBeGreaterThan(items);
    expect(excel.read('区委政法委', 3, 8).formula).toMatch(/^=/);
    expect(excel.sheet('_kaohe_undo')?.visibility).toBe('VeryHidden');
  });

  test('撤销：读取两次、恢复并清空撤销记录一次，共三次 context.sync', async () => {
    const excel = excelWith(items);
    await fillActiveSheet();
    excel.syncs = 0;
    const out = await undoLastFill();
    expect(out.ok).toBe(true);
    expect(excel.syncs).toBe(3);
  });
});

describe('写入计划的请求次数', () => {
  const scores = (rows: number, text = ''): PlannedCell[] =>
    Array.from({ length: rows }, (_, i) => ({ row: i + 3, col: 8, formula: null, value: text ? `${text}${i}` : i % 7, numFmt: '0.##' }));

  test('一万行的计划也只用一次 context.sync', async () => {
    const excel = excelWith(100);
    const r = unwrap(await writePlan({ sheet: '区委政法委', cells: scores(10000) }));
    expect(r.syncs).toBe(1);
    expect(excel.syncs).toBe(1);
    expect(excel.read('区委政法委', 10002, 8)).toEqual({ value: 9999 % 7, formula: null, numFmt: '0.##' });
  });

  test('超过 Excel 网页版 5 MB 请求上限的计划，按每段不超过5000行分次写入（唯一的例外）', async () => {
    const excel = excelWith(100);
    // About 380 bytes a cell: 12,000 of them pass the limit, 5,000 do not.
    const long = '扣分依据：'.repeat(25);
    const r = unwrap(await writePlan({ sheet: '区委政法委', cells: scores(12000, long) }));
    expect(r.syncs).toBe(3);
    expect(excel.syncs).toBe(3);
    expect(excel.calculationSuspensions).toBe(3);
    expect(excel.read('区委政法委', 12002, 8).value).toBe(`${long}11999`);
  });
});

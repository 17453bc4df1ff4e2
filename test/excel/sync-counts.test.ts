import { recordedSheets } from './record-sheet';
import { fillActiveSheet, readSheet, recognizeActiveSheet, undoLastFill, writePlan } from '../../src/excel';
import { readSheetCounted } from '../../src/excel/excel-adapter';
import { BAND_BYTES } from '../../src/excel/read-snapshot';
import type { PlannedCell } from '../../src/engine/write-plan';
import { unwrap } from './excel-harness';
import { FakeExcel } from './fake-excel';
import { PAYLOAD_LIMIT } from './fake-office';
import { longSheet } from './score-sheets';

afterAll(() => FakeExcel.uninstall());

function excelWith(items: number): FakeExcel {
  const f = longSheet(items);
  const excel = new FakeExcel();
  excel.addSheet(f.name, f.cells, f.merges);
  return excel.install();
}

const largest = (excel: FakeExcel) => Math.max(...excel.requests.map((r) => Math.max(r.sent, r.received)));

/** A fill of a sheet of `items` items saved its record in the record sheet; undo then clears its last 得分, no request over 5 MB. */
async function expectRecordedThenUndone(excel: FakeExcel, filled: Awaited<ReturnType<typeof fillActiveSheet>>, items: number): Promise<void> {
  expect(filled.ok && filled.message).not.toContain('未能保存');
  expect(recordedSheets(excel)).toEqual(['区委政法委']);
  expect((await undoLastFill()).ok).toBe(true);
  expect(largest(excel)).toBeLessThan(PAYLOAD_LIMIT);
  expect(excel.read('区委政法委', items + 2, 8).value).toBe(null);
}

describe('100 行考核项目的评分表：读一次轮廓、读一段单元格', () => {
  test('读取快照：已用区域与合并单元格一次，单元格一段一次，共两次 context.sync', async () => {
    const excel = excelWith(100);
    const s = unwrap(await readSheet());
    expect(excel.syncs).toBe(2);
    expect(s.values.length).toBe(103);
    expect(s.merges.length).toBe(1 + 2);
  });

  test('识别评分表两次 context.sync，且不写入任何单元格', async () => {
    const excel = excelWith(100);
    const before = excel.read('区委政法委', 3, 8);
    const r = unwrap(await recognizeActiveSheet());
    expect(excel.syncs).toBe(2);
    expect(r.report.items.length).toBe(100);
    expect(excel.read('区委政法委', 3, 8)).toEqual(before);
  });

  test('填写得分：读取两次（填写记录的查找与读取随之同行），写入连同填写记录一次，共三次', async () => {
    const excel = excelWith(100);
    const out = await fillActiveSheet();
    expect(out).toMatchObject({ ok: true, syncs: 3 });
    expect(excel.syncs).toBe(3);
    expect(excel.calculationSuspensions).toBe(1);
    expect(recordedSheets(excel)).toEqual(['区委政法委']);
  });

  test('撤销：查找记录、读记录、读被写过的单元格、恢复并清除记录，共四次', async () => {
    const excel = excelWith(100);
    await fillActiveSheet();
    excel.syncs = 0;
    const out = await undoLastFill();
    expect(out).toMatchObject({ ok: true, syncs: 4 });
    expect(excel.syncs).toBe(4);
    expect(recordedSheets(excel)).toBeNull();
  });
});

describe('大表按行分段读取，每个请求都在 Excel 网页版 5 MB 上限以内（假 Excel 超限即报错）', () => {
  test('一万行：每段一次 context.sync，每段的响应不超过预算', async () => {
    const excel = excelWith(10000);
    const r = unwrap(await readSheetCounted());
    expect(r.syncs).toBe(excel.syncs);
    expect(r.snapshot.values.length).toBe(10003);
    expect(excel.syncs).toBeGreaterThan(2);
    expect(excel.syncs).toBeLessThanOrEqual(8);
    for (const req of excel.requests) expect(req.received).toBeLessThan(BAND_BYTES * 1.5);
  });

  test('五千行的表填写两次（第二次读回约 8 MB 的得分公式）：没有一个请求超过 5 MB，填写记录照样保存，撤销回到填写之前', async () => {
    const excel = excelWith(5000);
    expect((await fillActiveSheet()).ok).toBe(true);
    const second = await fillActiveSheet();
    expect(second).toMatchObject({ ok: true });
    // The record keeps each score formula (over a thousand characters) as a short hash, so it stays one small part.
    await expectRecordedThenUndone(excel, second, 5000);
  });

  test('两千行的表填写后撤销：记录单独一个请求写入，撤销分段读回被写过的单元格，没有一个请求超过 5 MB', async () => {
    const excel = excelWith(2000);
    await expectRecordedThenUndone(excel, await fillActiveSheet(), 2000);
  });

  test('假 Excel 确实拒绝超限的响应：整张已用区域一次读入，超过上限即报错', async () => {
    const excel = excelWith(100);
    excel.payloadLimit = 20000;
    const out = await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getActiveWorksheet().getUsedRange(true);
      used.load('values,formulas');
      await context.sync();
      return 'read';
    }).catch((e: { code?: string }) => e.code);
    expect(out).toBe('ResponsePayloadSizeLimitExceeded');
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

  test('超过 Excel 网页版 5 MB 请求上限的计划，按每段不超过5000行分次写入', async () => {
    const excel = excelWith(100);
    // About 380 bytes a cell: 12,000 of them pass the limit, 5,000 do not.
    const long = '扣分依据：'.repeat(25);
    const r = unwrap(await writePlan({ sheet: '区委政法委', cells: scores(12000, long) }));
    expect(r.syncs).toBe(3);
    expect(excel.syncs).toBe(3);
    expect(excel.calculationSuspensions).toBe(3);
    expect(largest(excel)).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.read('区委政法委', 12002, 8).value).toBe(`${long}11999`);
  });
});

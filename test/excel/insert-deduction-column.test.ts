import { decodeFillRecord } from '../../src/engine/fill-record';
import { storedRecord } from './record-sheet';
import { fillActiveSheet, insertDeductionColumn, recognizeActiveSheet, undoLastFill } from '../../src/excel';
import { rangeAddress } from '../../src/excel/addresses';
import type { MergedArea } from '../../src/engine/snapshot';
import type { FixtureCell } from '../contract/adapter-contract';
import { unwrap } from './excel-harness';
import { FakeExcel } from './fake-excel';
import { HEADER_002, rangHuLuFixture, siFaSuoFixture } from './score-sheets';

const SHEET = '司法所';

afterEach(() => FakeExcel.uninstall());

function excelWith(f: { name: string; cells: FixtureCell[][]; merges: string[] }): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet(f.name, f.cells, f.merges);
  return excel.install();
}

/** Every cell of a sheet as the user sees it, keyed by row and column. */
function cellsOf(excel: FakeExcel, name: string): Map<string, ReturnType<FakeExcel['read']>> {
  const out = new Map<string, ReturnType<FakeExcel['read']>>();
  for (const k of excel.sheet(name)?.cells.keys() ?? []) {
    const [r, c] = k.split(',').map(Number);
    out.set(k, excel.read(name, r, c));
  }
  return out;
}

const a1 = (m: MergedArea) => rangeAddress(m.top, m.left, m.bottom, m.right);
const mergesOf = (excel: FakeExcel, name: string) => (excel.sheet(name)?.merges ?? []).map(a1).sort();

describe('插入扣分列：司法所细则（考核项目 | 考核内容 | 目标分值 | 考核方式 | 得分）', () => {
  test('在“得分”（E列）前插入整列，表头写“扣分”，并说明在哪一列填写扣分', async () => {
    const excel = excelWith(siFaSuoFixture());
    const out = await insertDeductionColumn();
    expect(out).toEqual({ ok: true, column: 'E', message: '已在“得分”列前插入“扣分”列（E列），请在该列填写扣分后点“填写得分”' });
    expect(excel.read(SHEET, 2, 5)).toEqual({ value: '扣分', formula: null, numFmt: 'General' });
    expect(excel.read(SHEET, 2, 6).value).toBe('得分');
  });

  test('每页重复的表头也加上“扣分”', async () => {
    const excel = excelWith(siFaSuoFixture());
    await insertDeductionColumn();
    for (const row of [2, 9]) expect([1, 2, 3, 4, 5, 6].map((c) => excel.read(SHEET, row, c).value)).toEqual(
      [...HEADER_002.slice(0, 4), '扣分', '得分'],
    );
  });

  test('“得分”及其右侧的内容右移一列，左侧不动；新列除表头外为空', async () => {
    const excel = excelWith(siFaSuoFixture());
    // A remark right of the table moves with it.
    excel.sheet(SHEET)?.put(7, 6, { value: '待核实' });
    const before = cellsOf(excel, SHEET);
    await insertDeductionColumn();
    const after = cellsOf(excel, SHEET);
    expect(excel.read(SHEET, 7, 7).value).toBe('待核实');
    for (const [k, reading] of before) {
      const [r, c] = k.split(',').map(Number);
      expect(after.get(`${r},${c >= 5 ? c + 1 : c}`)).toEqual(reading);
    }
    expect([...after.keys()].filter((k) => k.endsWith(',5')).sort()).toEqual(['2,5', '9,5']);
    expect(after.size).toBe(before.size + 2);
  });

  test('已直接填写得分的表不插入扣分列（插入后会按满分计算，盖过已填的得分），工作表不变', async () => {
    const excel = excelWith(siFaSuoFixture());
    excel.sheet(SHEET)?.put(7, 5, { value: 4.5 });
    const before = cellsOf(excel, SHEET);
    const out = await insertDeductionColumn();
    expect(out).toMatchObject({ ok: false, error: { code: 'DEDUCTION_COLUMN_DIRECT' } });
    expect(out.message).toBe('评分表已直接填写得分，按已填得分汇总，无需插入“扣分”列');
    expect(cellsOf(excel, SHEET)).toEqual(before);
  });

  test('跨过插入点的合并区域（每页的标题）随之加宽，左侧的分项合并不变', async () => {
    const excel = excelWith(siFaSuoFixture());
    await insertDeductionColumn();
    expect(mergesOf(excel, SHEET)).toEqual(['A1:F1', 'A10:A12', 'A3:A7', 'A8:F8'].sort());
  });

  test('读取一次、插入并写表头一次，共两次 context.sync', async () => {
    const excel = excelWith(siFaSuoFixture());
    await insertDeductionColumn();
    expect(excel.syncs).toBe(3);
  });

  test('插入后“识别评分表”成功：扣分在E列、得分在F列', async () => {
    excelWith(siFaSuoFixture());
    await insertDeductionColumn();
    const r = unwrap(await recognizeActiveSheet());
    expect(r.report.columns).toMatchObject({ base: 'C', deduction: 'E', score: 'F' });
    expect(r.report.items.map((i) => i.row)).toEqual([3, 4, 5, 6, 7, 10, 11, 12]);
  });

  test('在新的扣分列填写扣分后，“填写得分”在F列写入公式，Excel 算出的得分与报告一致', async () => {
    const excel = excelWith(siFaSuoFixture());
    await insertDeductionColumn();
    excel.sheet(SHEET)?.put(6, 5, { value: 2 });
    excel.sheet(SHEET)?.put(10, 5, { value: '1分' });
    const out = await fillActiveSheet();
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(excel.read(SHEET, 6, 6).formula).toMatch(/^=.*E6/);
    expect(excel.read(SHEET, 6, 6).value).toBe(3);
    expect(excel.read(SHEET, 10, 6).value).toBe(4.5);
    for (const item of out.report.items) expect(excel.read(SHEET, item.row, 6).value).toBe(item.score);
  });

  test('“得分”表头上下合并两行时，新的“扣分”表头同样合并两行', async () => {
    const f = siFaSuoFixture();
    // The same table with its header cells merged down over rows 2–3, as a Word table pasted into Excel often is.
    f.cells.splice(2, 0, [null, null, null, null, null]);
    f.merges = ['A1:E1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'A4:A8'];
    f.cells.splice(8);
    const excel = excelWith(f);
    const out = await insertDeductionColumn();
    expect(out.ok).toBe(true);
    expect(mergesOf(excel, SHEET)).toEqual(['A1:F1', 'A2:A3', 'A4:A8', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:F3'].sort());
    expect(excel.read(SHEET, 2, 5).value).toBe('扣分');
    expect(unwrap(await recognizeActiveSheet()).report.columns).toMatchObject({ deduction: 'E', score: 'F' });
  });
});

describe('不需要或无法插入扣分列时，不改动表格', () => {
  test('已有“扣分”列（让胡路区委政法委）：说明已有扣分列', async () => {
    const excel = excelWith(rangHuLuFixture());
    const name = rangHuLuFixture().name;
    const before = cellsOf(excel, name);
    const merges = mergesOf(excel, name);
    const out = await insertDeductionColumn();
    expect(out).toMatchObject({ ok: false, message: '评分表已有“扣分”列，无需插入', error: { code: 'DEDUCTION_COLUMN_EXISTS' } });
    expect(cellsOf(excel, name)).toEqual(before);
    expect(mergesOf(excel, name)).toEqual(merges);
    expect(excel.syncs).toBe(2);
  });

  test('既没有“扣分”也没有“得分”列：说明无法确定插入位置', async () => {
    const f = siFaSuoFixture();
    f.cells = f.cells.map((row) => row.slice(0, 4));
    f.merges = ['A1:D1', 'A3:A7', 'A8:D8', 'A10:A12'];
    const excel = excelWith(f);
    const before = cellsOf(excel, SHEET);
    const out = await insertDeductionColumn();
    expect(out).toMatchObject({ ok: false, error: { code: 'DEDUCTION_COLUMN_NO_SCORE' } });
    expect(out.message).toContain('没有“得分”列');
    expect(cellsOf(excel, SHEET)).toEqual(before);
    expect(mergesOf(excel, SHEET)).toEqual(['A1:D1', 'A10:A12', 'A3:A7', 'A8:D8'].sort());
  });

  test('不是评分表：说明找不到表头', async () => {
    const excel = new FakeExcel();
    excel.addSheet('说明', [['司法所20XX年度目标绩效考核办法'], ['一、组织领导']]);
    excel.install();
    const out = await insertDeductionColumn();
    expect(out).toMatchObject({ ok: false, error: { code: 'NO_HEADER' } });
    expect(excel.read('说明', 1, 1).value).toBe('司法所20XX年度目标绩效考核办法');
    expect(excel.sheet('说明')?.cells.size).toBe(2);
  });
});

describe('插入扣分列与填写记录', () => {
  test('填写记录里插入点右侧的单元格随列右移（旧的自定义 XML 部件中的记录移入记录表）：插入后撤销，恢复的是移动后的单元格', async () => {
    const excel = new FakeExcel();
    const f = siFaSuoFixture();
    excel.addSheet(f.name, f.cells, f.merges);
    excel.install();
    const record = (col: number) =>
      `<?xml version="1.0" encoding="UTF-8"?><kaohe xmlns="urn:kaohe:fill-record:1"><sheet name="司法所"><w r="${col === 6 ? 'F' : 'G'}3" t="s" v="已填"/><b r="${col === 6 ? 'F' : 'G'}3" t="z"/></sheet></kaohe>`;
    // A cell right of the table, which an earlier fill wrote.
    excel.parts.push({ id: '{P1}', xml: record(6), namespaceUri: 'urn:kaohe:fill-record:1' });
    excel.sheet(SHEET)?.put(3, 6, { value: '已填' });
    const out = await insertDeductionColumn();
    expect(out.ok).toBe(true);
    expect(excel.syncs).toBe(3);
    // The record came from a workbook filled before it moved to its sheet: it moves there now, shifted.
    expect(excel.parts).toEqual([]);
    expect(storedRecord(excel)).toEqual(decodeFillRecord(record(7)));
    expect(excel.read(SHEET, 3, 7).value).toBe('已填');
    expect(await undoLastFill()).toMatchObject({ ok: true, cells: 1 });
    expect(excel.read(SHEET, 3, 7).value).toBe(null);
    expect(excel.read(SHEET, 2, 5).value).toBe('扣分');
  });
});

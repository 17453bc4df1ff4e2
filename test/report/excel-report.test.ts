import { fillActiveSheet, generateReport } from '../../src/excel';
import { RECORD_SHEET } from '../../src/engine/fill-record-sheet';
import { fillSheet } from '../../src/engine/fill';
import type { CellValue } from '../../src/engine/snapshot';
import { REPORT_MARK } from '../../src/report/sheet-plan';
import type { FixtureCell } from '../contract/adapter-contract';
import { sheet } from '../engine/sheets';
import { FakeExcel } from '../excel/fake-excel';
import { FORMULA_LIKE, townSheet, TOWNS } from './towns';

/** A town's sheet as the user has it: filled by the add-in before (formulas in place) or not yet. */
function town(excel: FakeExcel, i: number, filled: boolean): void {
  const fx = townSheet(TOWNS[i]);
  const cells = fx.cells.map((r) => [...r]) as FixtureCell[][];
  if (filled) {
    const r = fillSheet(sheet(fx.name, fx.cells as CellValue[][], fx.merges), { mode: 'formulas' });
    if (!r.ok) throw new Error(r.error.message);
    for (const c of r.value.plan.cells) {
      while (cells[c.row - 1].length < c.col) cells[c.row - 1].push(null);
      cells[c.row - 1][c.col - 1] = { formula: c.formula as string, value: c.value };
    }
  }
  excel.addSheet(fx.name, cells, fx.merges);
}

describe('任务窗格“生成报告”：在打开的工作簿中写入「考核报告」', () => {
  let excel: FakeExcel;
  beforeEach(() => {
    excel = new FakeExcel();
    // Below ExcelApi 1.9 the sheet gets its cells only (no page layout or chart): what this stand-in models.
    excel.apiMinor = 8;
    town(excel, 0, true); // 甲镇, filled: its 合计 holds the fill's formula
    town(excel, 1, false); // 乙镇, not yet filled
    excel.install();
  });
  afterEach(() => FakeExcel.uninstall());

  test('已填写的单位以公式引用其合计单元格，未填写的写入数值；名次是公式', async () => {
    const out = await generateReport({ date: '2026-11-24' });
    if (!out.ok) throw new Error(out.message);
    expect(out.sheet).toBe('考核报告');
    expect(out.model.units.map((u) => [u.unit, u.rank, u.report.total])).toEqual([['乙镇', 1, 68], ['甲镇', 2, 64]]);
    // Row 4: 乙镇 (values), row 5: 甲镇 (its own cells).
    expect(excel.read('考核报告', 4, 3)).toMatchObject({ value: 68, formula: null });
    expect(excel.read('考核报告', 5, 3).formula).toBe("='甲镇'!F9");
    expect(excel.read('考核报告', 5, 1).formula).toMatch(/^=IF\(E5="是",/);
  });

  test('填写后生成报告：深度隐藏的填写记录表不是单位', async () => {
    expect((await fillActiveSheet()).ok).toBe(true);
    expect(excel.sheet(RECORD_SHEET)?.visibility).toBe('VeryHidden');
    const out = await generateReport({ date: '2026-11-24' });
    if (!out.ok) throw new Error(out.message);
    expect(out.model.units.map((u) => u.unit).sort()).toEqual(['乙镇', '甲镇']);
  });

  test('扣分依据以 = + - @ 开头的文字写入后仍是文字', async () => {
    const out = await generateReport({ date: '2026-11-24' });
    expect(out.ok).toBe(true);
    const texts: string[] = [];
    for (let r = 1; r <= 60; r++)
      for (let c = 1; c <= 6; c++) {
        const cell = excel.read('考核报告', r, c);
        if (FORMULA_LIKE.includes(String(cell.value))) {
          expect(cell.formula).toBeNull();
          texts.push(String(cell.value));
        }
      }
    expect(texts.sort()).toEqual([...FORMULA_LIKE].sort());
  });

  test('用户自己的「考核报告」不被覆盖，报告写到「考核报告(2)」；再次生成时刷新自己的那张', async () => {
    FakeExcel.uninstall();
    excel.addSheet('考核报告', [['我的笔记']]);
    excel.install();
    const first = await generateReport({ date: '2026-11-24' });
    const again = await generateReport({ date: '2026-11-25' });
    expect([first.ok && first.sheet, again.ok && again.sheet]).toEqual(['考核报告(2)', '考核报告(2)']);
    expect(excel.read('考核报告', 1, 1).value).toBe('我的笔记');
    expect(excel.read('考核报告(2)', 2, 1).value).toMatch(/^日期：2026年11月25日/);
    const marks = [];
    for (let r = 1; r <= 80; r++) if (excel.read('考核报告(2)', r, 1).value === REPORT_MARK) marks.push(r);
    expect(marks).toHaveLength(1);
  });
});

describe('生成报告在支持页面设置的 Excel（ExcelApi 1.9 及以上）中', () => {
  let excel: FakeExcel;
  beforeEach(() => {
    excel = new FakeExcel();
    town(excel, 0, true);
    town(excel, 1, true);
    excel.install();
  });
  afterEach(() => FakeExcel.uninstall());

  test('设列宽、表格边框、A4 横向与图表，不再因 getRangeByIndexes 失败；再次生成时图表只有一张', async () => {
    const first = await generateReport({ date: '2026-11-24' });
    if (!first.ok) throw new Error(first.message);
    const again = await generateReport({ date: '2026-11-25', top: 1 });
    if (!again.ok) throw new Error(again.message);
    const s = excel.sheet('考核报告')!;
    expect(s.layout).toContainEqual({ what: 'columnWidth', area: 'B1:B1048576', value: 96 });
    expect(s.layout).toContainEqual({ what: 'pageLayout.orientation', value: 'Landscape' });
    expect(s.charts.map((c) => c.name)).toEqual(['考核报告图表']);
  });

  test('Excel 出了脚本错误时，说明是中文、说怎么办，不含英文原话', async () => {
    excel.failNextSync = new TypeError('sheet.getRangeByIndexes is not a function');
    const out = await generateReport({ date: '2026-11-24' });
    expect(out.ok).toBe(false);
    expect(out.message).toMatch(/^与 Excel 通信失败：工作簿未被改动。/);
    expect(out.message.replace(/Excel/g, '')).not.toMatch(/[A-Za-z]/);
  });
});

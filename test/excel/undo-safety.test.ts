import { ok } from '../../src/engine/result';
import { fillActiveSheet, readSheet, undoLastFill } from '../../src/excel';
import { runExcel } from '../../src/excel/run';
import { unwrap } from './excel-harness';
import { FakeExcel } from './fake-excel';
import { rangHuLuFixture } from './score-sheets';

const SHEET = '区委政法委';

afterEach(() => FakeExcel.uninstall());

function excelWithRangHuLu(): FakeExcel {
  const f = rangHuLuFixture();
  const excel = new FakeExcel();
  excel.addSheet(f.name, f.cells, f.merges);
  return excel.install();
}

function scoreRows(out: Awaited<ReturnType<typeof fillActiveSheet>>): number[] {
  if (!out.ok) throw new Error(out.message);
  return out.report.items.map((i) => i.row);
}

describe('工作簿结构受保护（审阅 › 保护工作簿）', () => {
  test('填写和撤销照常进行：填写记录是自定义 XML 部件，不新建、不隐藏工作表', async () => {
    const excel = excelWithRangHuLu();
    excel.structureProtected = true;
    const out = await fillActiveSheet();
    expect(out.ok).toBe(true);
    expect(excel.sheets.map((s) => s.name)).toEqual([SHEET]);
    expect(excel.parts).toHaveLength(1);
    expect(await undoLastFill()).toMatchObject({ ok: true });
    expect(excel.read(SHEET, scoreRows(out)[0], 8).value).toBe(null);
  });

  test('仍有操作（如新建工作表）被工作簿结构保护拒绝时，说明的是工作簿保护，不是工作表保护', async () => {
    const excel = excelWithRangHuLu();
    excel.structureProtected = true;
    const out = await runExcel(async (context) => {
      context.workbook.worksheets.add('考核报告');
      await context.sync();
      return ok(true);
    });
    expect(out).toMatchObject({ ok: false, error: { code: 'EXCEL_WORKBOOK_PROTECTED' } });
    if (!out.ok) expect(out.error.message).toContain('工作簿结构受保护');
  });

  test('工作表本身受保护时，说明的是工作表保护', async () => {
    const excel = excelWithRangHuLu();
    const sheet = excel.sheet(SHEET);
    if (sheet) sheet.protected = true;
    const out = await fillActiveSheet();
    expect(out).toMatchObject({ ok: false, error: { code: 'EXCEL_SHEET_PROTECTED' } });
    expect(excel.parts).toEqual([]);
  });
});

describe('撤销只恢复仍是本工具所写内容的单元格', () => {
  test('填写后手动改了一个得分：其余单元格恢复，改过的那个保留并在提示中列出', async () => {
    const excel = excelWithRangHuLu();
    const rows = scoreRows(await fillActiveSheet());
    excel.sheet(SHEET)?.put(rows[1], 8, { value: 1.5, formula: null });
    const out = await undoLastFill();
    expect(out).toMatchObject({ ok: true, changed: [`H${rows[1]}`] });
    expect(out.message).toContain(`未恢复：H${rows[1]}`);
    expect(excel.read(SHEET, rows[1], 8).value).toBe(1.5);
    expect(excel.read(SHEET, rows[0], 8)).toEqual({ value: null, formula: null, numFmt: 'General' });
    expect(excel.parts).toEqual([]);
  });

  test('填写后在表中插入了一行：移动过的单元格不再是所写内容，不被覆盖，逐个列出', async () => {
    const excel = excelWithRangHuLu();
    const rows = scoreRows(await fillActiveSheet());
    excel.sheet(SHEET)?.insertRows(rows[4], 1);
    const before = excel.read(SHEET, rows[4] + 1, 8);
    const out = await undoLastFill();
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.changed.length).toBeGreaterThan(0);
    expect(out.message).toContain('插入、删除、排序');
    // The moved formula was not overwritten with a before-value meant for another row.
    expect(excel.read(SHEET, rows[4] + 1, 8).formula).toBe(before.formula);
  });

  test('Excel 的“撤消”(Ctrl+Z) 已撤回填写：撤销不再改动单元格，只清除记录并说明', async () => {
    const excel = excelWithRangHuLu();
    const untouched = excel.sheet(SHEET)?.cells.size;
    const rows = scoreRows(await fillActiveSheet());
    // Ctrl+Z puts every written cell back as it was (here: empty score cells, the 合计 and 等次 cells).
    for (const [k, c] of [...(excel.sheet(SHEET)?.cells ?? [])]) {
      const [r, col] = k.split(',').map(Number);
      if (col === 8 && r >= rows[0] && c.formula !== null) excel.sheet(SHEET)?.put(r, col, { value: null, formula: null });
    }
    for (const [k, c] of [...(excel.sheet(SHEET)?.cells ?? [])]) {
      const [r, col] = k.split(',').map(Number);
      if (col === 8 && r > rows[rows.length - 1] && c.formula === null && typeof c.value === 'string' && c.value !== '等次')
        excel.sheet(SHEET)?.put(r, col, { value: null });
    }
    expect(excel.sheet(SHEET)?.cells.size).toBe(untouched);
    const out = await undoLastFill();
    expect(out).toMatchObject({ ok: true, alreadyUndone: true, cells: 0 });
    expect(out.message).toContain('Ctrl+Z');
    expect(excel.parts).toEqual([]);
  });

  test('撤销把 Excel 会改读的文字（#N/A、(5)、1E5、￥5、1 1/2、001）按原文字放回', async () => {
    const excel = excelWithRangHuLu();
    const texts = ['#N/A', '(5)', '1E5', '￥5', '1 1/2', '001'];
    texts.forEach((t, i) => excel.sheet(SHEET)?.put(3 + i, 8, { value: t }));
    const filled = await fillActiveSheet({ overwrite: true });
    expect(filled.ok).toBe(true);
    expect(excel.read(SHEET, 3, 8).formula).toMatch(/^=/);
    expect((await undoLastFill()).ok).toBe(true);
    expect(texts.map((_, i) => excel.read(SHEET, 3 + i, 8).value)).toEqual(texts);
  });
});

describe('快照的单元格标记（SheetSnapshot.flags）', () => {
  test('错误值标为 error，日期格式的数字标为 date，其余不标', async () => {
    const excel = excelWithRangHuLu();
    const sheet = excel.sheet(SHEET);
    sheet?.put(4, 7, { value: '#DIV/0!', error: true });
    sheet?.put(5, 7, { value: 45292, numFmt: 'yyyy"年"m"月"d"日"' });
    sheet?.put(6, 7, { value: 2, numFmt: '0.0"分"' });
    const s = unwrap(await readSheet());
    expect(s.flags?.[3]?.[6]).toBe('error');
    expect(s.flags?.[4]?.[6]).toBe('date');
    expect(s.flags?.[5]?.[6] ?? null).toBe(null);
    expect(s.values[3][6]).toBe('#DIV/0!');
  });
});

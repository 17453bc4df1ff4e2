import { fillActiveSheet, recognizeActiveSheet, selectRow, undoLastFill } from '../../src/excel';
import { SUPPORTED_EXCEL } from '../../src/engine/supported-excel';
import { FakeExcel, OfficeError } from './fake-excel';
import { unwrap } from './excel-harness';
import { rangHuLuFixture } from './score-sheets';

const SHEET = '区委政法委';

afterEach(() => FakeExcel.uninstall());

function excelWithRangHuLu(deductions = {}): FakeExcel {
  const f = rangHuLuFixture(deductions);
  const excel = new FakeExcel();
  excel.addSheet(f.name, f.cells, f.merges);
  return excel.install();
}

/** Every cell of a sheet as the user sees it: value, formula and format. */
function cellsOf(excel: FakeExcel, name = SHEET) {
  return [...(excel.sheet(name)?.cells.keys() ?? [])].sort().map((k) => {
    const [r, c] = k.split(',').map(Number);
    return [k, excel.read(name, r, c)];
  });
}

describe('识别评分表', () => {
  test('读出让胡路区委政法委评分表的列、分项和每项的评分标准', async () => {
    excelWithRangHuLu();
    const r = unwrap(await recognizeActiveSheet());
    expect(r.report.columns).toMatchObject({ base: 'E', deduction: 'G', score: 'H' });
    expect(r.report.sections.map((s) => s.cap)).toEqual([10, 25]);
    expect(r.report.items).toHaveLength(9);
    expect(r.report.total).toBe(24.2);
  });

  test('选择表格区域模式：以所选区域的第一行作表头行（此处选中第8行重复的表头）', async () => {
    const excel = excelWithRangHuLu();
    excel.selection = { sheet: SHEET, area: { top: 8, left: 1, bottom: 12, right: 8 } };
    const r = unwrap(await recognizeActiveSheet({ fromSelection: true }));
    expect(r.report.headerRow).toBe(8);
    expect(r.report.items.map((i) => i.row)).toEqual([9, 10, 11, 12]);
    expect(excel.syncs).toBe(2);
    expect(unwrap(await recognizeActiveSheet()).report.headerRow).toBe(2);
  });

  test('Excel 不支持 ExcelApi 1.13 时不读合并区域，仍能识别', async () => {
    const excel = excelWithRangHuLu();
    excel.apiMinor = 12;
    const r = unwrap(await recognizeActiveSheet());
    expect(r.snapshot.merges).toEqual([]);
    expect(r.report.items.length).toBeGreaterThan(0);
  });
});

describe('填写得分', () => {
  test('默认写入公式，Excel 算出的得分与报告一致，并提示总分和等次', async () => {
    const excel = excelWithRangHuLu();
    const out = await fillActiveSheet();
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.message).toBe('已填写11个单元格：总分24.2分，等次“不合格”；有1条提示请核对');
    expect(excel.read(SHEET, 3, 8).formula).toMatch(/^=/);
    for (const item of out.report.items) expect(excel.read(SHEET, item.row, 8).value).toBe(item.score);
    expect(excel.read(SHEET, 13, 8).value).toBe(24.2);
  });

  test('数值模式写入数字，不写公式', async () => {
    const excel = excelWithRangHuLu();
    const out = await fillActiveSheet({ mode: 'values' });
    expect(out.ok).toBe(true);
    expect(excel.read(SHEET, 9, 8)).toMatchObject({ value: 8.5, formula: null });
  });

  test('未识别出评分表时返回中文原因，不写入任何单元格', async () => {
    const excel = new FakeExcel();
    excel.addSheet('说明', [['本工作簿的说明文字'], ['第二行']]);
    excel.install();
    const before = cellsOf(excel, '说明');
    const out = await fillActiveSheet();
    expect(out).toMatchObject({ ok: false, error: { code: 'NO_HEADER' } });
    expect(out.message).toContain('未找到评分表的表头行');
    expect(cellsOf(excel, '说明')).toEqual(before);
    expect(excel.parts).toEqual([]);
  });
});

describe('撤销', () => {
  test('填写后撤销：每个单元格的值、公式和格式都恢复到填写前', async () => {
    const excel = excelWithRangHuLu();
    // The user's own formula in the total cell and a text that looks like a formula in 得分 must come back as they were.
    excel.sheet(SHEET)?.put(13, 8, { formula: '=SUM(H3:H12)' });
    excel.sheet(SHEET)?.put(4, 8, { value: '=待定' });
    const before = cellsOf(excel);
    const filled = await fillActiveSheet({ overwrite: true });
    expect(filled.ok).toBe(true);
    expect(cellsOf(excel)).not.toEqual(before);
    const out = await undoLastFill();
    expect(out).toMatchObject({ ok: true, sheet: SHEET });
    expect(out.message).toContain('已撤销上次填写');
    expect(cellsOf(excel)).toEqual(before);
    expect(excel.read(SHEET, 4, 8)).toEqual({ value: '=待定', formula: null, numFmt: 'General' });
    expect(excel.read(SHEET, 13, 8).formula).toBe('=SUM(H3:H12)');
  });

  test('撤销记录即填写记录：一个自定义 XML 部件（urn:kaohe:fill-record:1），与写入计划同一次 sync 写入；撤销后清除，再撤销提示无可撤销', async () => {
    const excel = excelWithRangHuLu();
    await fillActiveSheet();
    expect(excel.syncs).toBe(3);
    expect(excel.sheets.map((s) => s.name)).toEqual([SHEET]);
    expect(excel.parts).toHaveLength(1);
    expect(excel.parts[0].namespaceUri).toBe('urn:kaohe:fill-record:1');
    expect(excel.parts[0].xml).toContain(`<sheet name="${SHEET}">`);
    expect((await undoLastFill()).ok).toBe(true);
    expect(excel.parts).toEqual([]);
    const again = await undoLastFill();
    expect(again).toMatchObject({ ok: false, error: { code: 'NOTHING_TO_UNDO' } });
  });

  test('填写两次（中间改了一处扣分）后撤销：回到第一次填写之前，改过的扣分保留', async () => {
    const excel = excelWithRangHuLu();
    const untouched = cellsOf(excel);
    await fillActiveSheet();
    excel.sheet(SHEET)?.put(9, 7, { value: 3 });
    await fillActiveSheet();
    expect((await undoLastFill()).ok).toBe(true);
    excel.sheet(SHEET)?.put(9, 7, { value: rangHuLuFixture().cells[8][6] as number });
    expect(cellsOf(excel)).toEqual(untouched);
  });

  test('从未填写过时提示没有可撤销的填写', async () => {
    excelWithRangHuLu();
    expect(await undoLastFill()).toMatchObject({ ok: false, message: '没有可以撤销的填写（只能撤销最近一次“填写得分”）' });
  });

  test('上次填写的工作表已被改名时，说明原因且不动撤销记录', async () => {
    const excel = excelWithRangHuLu();
    await fillActiveSheet();
    (excel.sheet(SHEET) as { name: string }).name = '改名后';
    const out = await undoLastFill();
    expect(out).toMatchObject({ ok: false, error: { code: 'UNDO_SHEET_MISSING' } });
    expect(excel.parts).toHaveLength(1);
  });
});

describe('Excel 出错时', () => {
  test('单元格处于编辑状态：返回中文提示，不抛出异常', async () => {
    const excel = excelWithRangHuLu();
    excel.failNextSync = new OfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    const out = await fillActiveSheet();
    expect(out).toMatchObject({ ok: false, message: '单元格正处于编辑状态：请先按 Enter 或 Esc 结束编辑，再重试' });
  });

  test('工作表受保护：返回中文提示', async () => {
    const excel = excelWithRangHuLu();
    excel.failNextSync = new OfficeError('AccessDenied', 'The cell or chart you are trying to change is protected.');
    expect((await recognizeActiveSheet()).ok).toBe(false);
    excel.failNextSync = new OfficeError('AccessDenied', 'protected');
    expect((await undoLastFill()).message).toBe('工作表受保护，无法写入：请先撤销工作表保护，再重试');
  });

  test('Excel 版本过旧、缺少所需接口：说明加载项实际需要的 Excel 版本', async () => {
    const excel = excelWithRangHuLu();
    excel.failNextSync = new OfficeError('ApiNotFound', 'The API you are trying to use could not be found.');
    expect((await recognizeActiveSheet()).ok).toBe(false);
    excel.failNextSync = new OfficeError('ApiNotFound', 'The API you are trying to use could not be found.');
    const out = await undoLastFill();
    expect(out.message).toContain(SUPPORTED_EXCEL);
    expect(out.message).toContain('批量许可版 Excel 2021/2024（版本 2108 及以上）');
  });

  test('其他错误带上 Excel 的原话', async () => {
    const excel = excelWithRangHuLu();
    excel.failNextSync = new OfficeError('GeneralException', 'An internal error has occurred.');
    expect((await fillActiveSheet()).message).toBe('与 Excel 通信失败：An internal error has occurred.');
  });

  test('不在 Excel 中（没有 Office.js）：提示需在 Excel 中运行', async () => {
    FakeExcel.uninstall();
    const out = await fillActiveSheet();
    expect(out).toMatchObject({ ok: false, error: { code: 'EXCEL_UNAVAILABLE' } });
  });
});

describe('定位提示所在行', () => {
  test('切换到该工作表并选中该行的单元格', async () => {
    const excel = excelWithRangHuLu();
    excel.addSheet('司法局');
    excel.active = '司法局';
    unwrap(await selectRow(SHEET, 6, 'G'));
    expect(excel.active).toBe(SHEET);
    expect(excel.selection).toEqual({ sheet: SHEET, area: { top: 6, left: 7, bottom: 6, right: 7 } });
    expect(excel.syncs).toBe(1);
  });
});

import { readSheet } from '../../src/excel';
import { addRubricSheets } from '../../src/excel/add-rubric-sheets';
import { fillSheet } from '../../src/engine/fill';
import { message } from '../../src/engine/messages';
import { newFromDocx } from '../../src/taskpane/new-workbook-file';
import { RUBRICS } from '../helpers/rubric-fixtures';
import { viaDocxPackage } from '../helpers/rubric-writers';
import { unwrap } from './excel-harness';
import { FakeExcel } from './fake-excel';

/**
 * 从 Word 细则新建 inside Excel: seed 000's rubric becomes one sheet per unit in the open workbook, in two requests
 * (the sheet names, then every sheet's cells together), and each new sheet is one a fill reads as it was planned.
 */
afterEach(() => FakeExcel.uninstall());

const SEED000 = RUBRICS.find((r) => r.id === 'seed000-ranghulu') ?? RUBRICS[0];

async function planned(units: string) {
  const made = newFromDocx(await viaDocxPackage(SEED000.blocks), '让胡路细则.docx', units, '2026-12-08');
  if (!made.ok) throw new Error(made.error.message);
  return made.value.book.sheets.filter((s) => made.value.units.includes(s.name));
}

function excel(): FakeExcel {
  const e = new FakeExcel();
  // Below ExcelApi 1.8 the sheets get their cells and formulas only, which is what this stand-in models.
  e.apiMinor = 7;
  e.addSheet('说明', [['考核工作说明']]);
  return e.install();
}

test('three units: three sheets added with two context.sync, each read by fill as 11 items worth 55 points, formulas in place', async () => {
  const e = excel();
  const sheets = await planned('甲镇,乙镇,丙镇');
  const r = unwrap(await addRubricSheets(sheets));
  expect(r).toEqual({ added: ['甲镇', '乙镇', '丙镇'], syncs: 2 });
  expect(e.syncs).toBe(2);
  expect(e.sheets.map((s) => s.name)).toEqual(['说明', '甲镇', '乙镇', '丙镇']);
  expect(e.active).toBe('甲镇');
  const s = unwrap(await readSheet());
  const filled = fillSheet(s);
  if (!filled.ok) throw new Error(filled.error.message);
  expect([filled.value.report.total, filled.value.report.fullMarks, filled.value.layout.items.length]).toEqual([55, 55, 11]);
  for (const c of filled.value.plan.cells) expect([c.row, c.col, e.read('甲镇', c.row, c.col).formula]).toEqual([c.row, c.col, c.formula]);
});

test('a unit whose sheet already exists is refused before anything is written', async () => {
  const e = excel();
  e.addSheet('乙镇', [['已有的表']]);
  const r = await addRubricSheets(await planned('甲镇,乙镇'));
  expect(r).toEqual({ ok: false, error: { code: 'SHEET_EXISTS', message: message('SHEET_EXISTS', '乙镇') } });
  expect(e.sheets.map((s) => s.name)).toEqual(['说明', '乙镇']);
  expect(e.syncs).toBe(1);
});

import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import type { SheetReport } from '../../src/engine/sheet-report';
import { valueAt } from '../../src/engine/snapshot';
import { RECORD_SHEET } from '../../src/engine/fill-record-sheet';
import { kaohe, tmpDir } from '../helpers/cli';
import { seed000 } from '../helpers/seed-sheets';
import { writeWorkbook } from '../helpers/workbook';
import { opened, snapshotOf } from '../helpers/xlsx';
import { recalculated } from '../libreoffice/soffice';

const SHEET = '区委政法委';
const DEDUCTION = 7;
const SCORE = 8;
/** seed 000's 合计 row. */
const TOTAL_ROW = 15;

/** Edits cells of a filled workbook as a user would in Excel, through the patcher. */
function edit(file: string, cells: { row: number; col: number; value: number }[]): void {
  const pkg = opened(fs.readFileSync(file));
  const r = pkg.applyPlan({ sheet: SHEET, cells: cells.map((c) => ({ ...c, formula: null })) });
  if (!r.ok) throw new Error(r.error.message);
  fs.writeFileSync(file, pkg.toBytes());
}

async function fill(input: string, output: string, ...flags: string[]) {
  const r = await kaohe('fill', input, '-o', output, '--json', ...flags);
  expect(r.code).toBe(0);
  return { report: (JSON.parse(r.out).sheets as SheetReport[]).find((s) => s.sheet === SHEET)!, err: r.errLines };
}

describe('工作簿记得工具写过哪些单元格：更正扣分后再填，更新自己写的得分', () => {
  test('--values：更正一项扣分后再填，得分和合计按新扣分写入，不当作用户填写的内容', async () => {
    const dir = tmpDir();
    const input = path.join(dir, 'in.xlsx');
    await writeWorkbook(input, seed000());
    const first = path.join(dir, 'first.xlsx');
    const a = await fill(input, first, '--values');
    const item = a.report.items[0];
    expect(item.score).toBe(0); // 2 − 2
    edit(first, [{ row: item.row, col: DEDUCTION, value: 0.5 }]);
    const second = path.join(dir, 'second.xlsx');
    const b = await fill(first, second, '--values');
    expect(b.report.items[0].score).toBe(1.5);
    expect(b.report.total).toBe(a.report.total + 1.5);
    expect(b.report.warnings.filter((w) => w.code === 'SCORE_CELL_TAKEN')).toEqual([]);
    const s = snapshotOf(opened(fs.readFileSync(second)), SHEET);
    expect(valueAt(s, item.row, SCORE)).toBe(1.5);
    for (const i of b.report.items) expect([i.row, valueAt(s, i.row, SCORE)]).toEqual([i.row, i.score]);
  });

  test('用户亲手改过的得分仍不覆盖，并报告', async () => {
    const dir = tmpDir();
    const input = path.join(dir, 'in.xlsx');
    await writeWorkbook(input, seed000());
    const first = path.join(dir, 'first.xlsx');
    const a = await fill(input, first, '--values');
    const [x, y] = a.report.items;
    edit(first, [
      { row: x.row, col: DEDUCTION, value: 0.5 },
      { row: y.row, col: SCORE, value: 1.75 },
    ]);
    const second = path.join(dir, 'second.xlsx');
    const b = await fill(first, second, '--values');
    expect(b.report.warnings.filter((w) => w.code === 'SCORE_CELL_TAKEN').map((w) => w.row)).toEqual([y.row]);
    const s = snapshotOf(opened(fs.readFileSync(second)), SHEET);
    expect(valueAt(s, x.row, SCORE)).toBe(1.5);
    expect(valueAt(s, y.row, SCORE)).toBe(1.75);
  });

  test('填写记录存在最后一张深度隐藏的工作表「考核评分助手填写记录」中，不再有自定义 XML 部件', async () => {
    const dir = tmpDir();
    const input = path.join(dir, 'in.xlsx');
    await writeWorkbook(input, seed000());
    const out = path.join(dir, 'out.xlsx');
    await fill(input, out);
    const z = unzipSync(fs.readFileSync(out));
    const text = (p: string) => new TextDecoder().decode(z[p]);
    const sheets = text('xl/workbook.xml').match(/<sheet\b[^>]*>/g) ?? [];
    expect(sheets[sheets.length - 1]).toMatch(new RegExp(`name="${RECORD_SHEET}"[^>]*state="veryHidden"`));
    expect(Object.keys(z).filter((k) => k.startsWith('customXml/'))).toEqual([]);
    const record = opened(fs.readFileSync(out)).fillRecord();
    if (record === 'damaged') throw new Error('damaged');
    expect(record.sheets.map((s) => s.sheet)).toEqual([SHEET]);
    expect(opened(fs.readFileSync(out)).sheetNames()).toEqual([SHEET]);
  });
});

/** Saves the workbook as openpyxl 3.0 does (load, set the cells, save), the writer that drops custom XML parts. */
function openpyxlSave(file: string, out: string, cells: { row: number; col: number; value: number }[]): void {
  const code = [
    'import sys, json, openpyxl',
    'wb = openpyxl.load_workbook(sys.argv[1])',
    `for c in json.loads(sys.argv[3]): wb[${JSON.stringify(SHEET)}].cell(row=c['row'], column=c['col']).value = c['value']`,
    'wb.save(sys.argv[2])',
  ].join('\n');
  const r = spawnSync('/usr/bin/python3', ['-c', code, file, out, JSON.stringify(cells)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}

/** Saves the workbook through exceljs (read, set the cells, write), which drops custom XML parts as well. */
async function exceljsSave(file: string, out: string, cells: { row: number; col: number; value: number }[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const c of cells) wb.getWorksheet(SHEET)!.getCell(c.row, c.col).value = c.value;
  await wb.xlsx.writeFile(out);
}

describe('别的程序保存过的工作簿仍记得工具写过哪些单元格（问题15第4项）', () => {
  const writers: [string, (file: string, out: string, cells: { row: number; col: number; value: number }[]) => Promise<void>][] = [
    ['openpyxl 3.0', async (f, o, c) => openpyxlSave(f, o, c)],
    ['exceljs', exceljsSave],
    ['LibreOffice', async (f, o, c) => {
      fs.copyFileSync(recalculated(f), o);
      edit(o, c);
    }],
  ];

  test.each(writers)('%s 保存并更正一项扣分后 --values 再填：得分与合计按新扣分写入，表中所写与报告一致', async (_name, save) => {
    const dir = tmpDir();
    const input = path.join(dir, 'in.xlsx');
    await writeWorkbook(input, seed000());
    const first = path.join(dir, 'first.xlsx');
    const a = await fill(input, first, '--values');
    const item = a.report.items[0];
    const saved = path.join(dir, 'saved.xlsx');
    await save(first, saved, [{ row: item.row, col: DEDUCTION, value: 0.5 }]);
    const record = opened(fs.readFileSync(saved)).fillRecord();
    expect(record === 'damaged' ? 'damaged' : record.sheets.map((s) => s.sheet)).toEqual([SHEET]);
    const second = path.join(dir, 'second.xlsx');
    const b = await fill(saved, second, '--values');
    expect(b.report.items[0].score).toBe(1.5);
    expect(b.report.total).toBe(a.report.total + 1.5);
    expect(b.report.warnings.filter((w) => w.code === 'SCORE_CELL_TAKEN')).toEqual([]);
    const s = snapshotOf(opened(fs.readFileSync(second)), SHEET);
    for (const i of b.report.items) expect([i.row, valueAt(s, i.row, SCORE)]).toEqual([i.row, i.score]);
    expect(valueAt(s, TOTAL_ROW, SCORE)).toBe(b.report.total);
  });
});

describe('填写记录丢失时（记录表被删除）：摘要和 JSON 照表中所写报告，并提示（问题15第4项）', () => {
  test('--values 再填：保留的合计是表中的数，报告的总分与之相同，警告说明按扣分应为多少', async () => {
    const dir = tmpDir();
    const input = path.join(dir, 'in.xlsx');
    await writeWorkbook(input, seed000());
    const first = path.join(dir, 'first.xlsx');
    const a = await fill(input, first, '--values');
    const item = a.report.items[0];
    // A user unhides the record sheet in LibreOffice and deletes it, then corrects a deduction.
    const lost = path.join(dir, 'lost.xlsx');
    const code = `import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\ndel wb[${JSON.stringify(RECORD_SHEET)}]\nwb.save(sys.argv[2])`;
    const py = spawnSync('/usr/bin/python3', ['-c', code, first, lost], { encoding: 'utf8' });
    expect(py.stderr).toBe('');
    edit(lost, [{ row: item.row, col: DEDUCTION, value: 0.5 }]);
    expect(opened(fs.readFileSync(lost)).fillRecord()).toEqual({ sheets: [] });

    const second = path.join(dir, 'second.xlsx');
    const b = await fill(lost, second, '--values');
    const s = snapshotOf(opened(fs.readFileSync(second)), SHEET);
    const held = valueAt(s, TOTAL_ROW, SCORE);
    expect(held).toBe(a.report.total);
    expect(b.report.total).toBe(held);
    expect(b.report.warnings.find((w) => w.code === 'TOTAL_AS_HELD')?.message).toBe(
      `合计H${TOTAL_ROW}保留了表中已有的${a.report.total}分，报告按表中的${a.report.total}分；按扣分计算应为${a.report.total + 1.5}分` +
        `（若H${TOTAL_ROW}是本工具以前填写的、填写记录已丢失，请核对后清空H${TOTAL_ROW}再填写）`,
    );
    const summary = await kaohe('fill', lost, '-o', path.join(dir, 'third.xlsx'), '--values');
    expect(summary.out).toContain(`总分 ${a.report.total}，`);
    expect(summary.errLines).toContainEqual(expect.stringContaining(`H${TOTAL_ROW}：合计H${TOTAL_ROW}保留了表中已有的`));
  });
});


import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { SheetReport } from '../../src/engine/sheet-report';
import { colNumber, formulaAt, valueAt, type SheetSnapshot } from '../../src/engine/snapshot';
import { snapshotOf } from '../../src/xlsx';
import type { SheetFixture } from '../contract/adapter-contract';
import { kaohe, tmpDir } from '../helpers/cli';
import { sharedPath } from '../helpers/shared';
import { seed000, seed004 } from '../helpers/seed-sheets';
import { workbookOf, writeWorkbook } from '../helpers/workbook';
import { recalculated } from './soffice';

jest.setTimeout(180_000);

async function sheet(file: string, name: string): Promise<SheetSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return snapshotOf(wb.getWorksheet(name)!);
}

/** Fills with the command line, lets LibreOffice recalculate the output, and reads both. */
async function fillAndRecalc(file: string, sheetName: string) {
  const out = path.join(path.dirname(file), 'scored.xlsx');
  const r = await kaohe('fill', file, '-o', out, '--json');
  expect(r.code).toBe(0);
  const report = (JSON.parse(r.out).sheets as SheetReport[]).find((s) => s.sheet === sheetName)!;
  const mine = await sheet(out, sheetName);
  const theirs = await sheet(recalculated(out), sheetName);
  return { report, mine, theirs };
}

/** Every formula the tool wrote, recalculated by LibreOffice, equals the result the tool cached beside it. */
function expectSameResults(mine: SheetSnapshot, theirs: SheetSnapshot): number {
  let formulas = 0;
  mine.formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      if (!f) return;
      formulas++;
      const expected = valueAt(mine, r + 1, c + 1);
      const got = valueAt(theirs, r + 1, c + 1);
      if (typeof expected === 'number') {
        const rounded = typeof got === 'number' ? Math.round(got * 100) / 100 : got;
        expect([r + 1, c + 1, f, rounded]).toEqual([r + 1, c + 1, f, expected]);
      } else expect([r + 1, c + 1, f, got]).toEqual([r + 1, c + 1, f, expected]);
    }),
  );
  return formulas;
}

function expectItemsAsReported(report: SheetReport, theirs: SheetSnapshot): void {
  const col = colNumber(report.columns.score);
  for (const item of report.items) expect([item.row, valueAt(theirs, item.row, col)]).toEqual([item.row, item.score]);
}

describe('LibreOffice 重新计算写入的公式，结果与引擎报告一致', () => {
  test('全新配置确实会重算：缓存结果故意写错的公式被算回正确值', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'probe.xlsx');
    await workbookOf({ name: 'S', cells: [[1], [{ formula: '=A1+1', value: 99 }]] }).xlsx.writeFile(file);
    expect(valueAt(await sheet(recalculated(file), 'S'), 2, 1)).toBe(2);
  });

  test('种子000（带“考核等次”格）：每项得分、合计和等次都与报告相同', async () => {
    const fixture: SheetFixture = seed000();
    // A labelled tier cell below the total: 考核等次 in G16, the tier goes in H16.
    fixture.cells.splice(15, 0, [null, null, null, null, null, null, '考核等次', null]);
    const dir = tmpDir();
    const file = path.join(dir, 'in.xlsx');
    await writeWorkbook(file, fixture);
    const { report, mine, theirs } = await fillAndRecalc(file, '区委政法委');
    expect(expectSameResults(mine, theirs)).toBeGreaterThanOrEqual(report.items.length + 2);
    expectItemsAsReported(report, theirs);
    expect(valueAt(theirs, 15, 8)).toBe(report.total);
    expect(report.total).toBe(33.5);
    expect(formulaAt(mine, 16, 8)).toMatch(/^=/);
    expect(valueAt(theirs, 16, 8)).toBe(report.tier);
    expect(report.tier).toBe('不合格');
  });

  test('种子004（加“扣分”列，含五、加减分）：每项得分与报告相同，公式结果不变', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'in.xlsx');
    await writeWorkbook(file, seed004(true));
    const { report, mine, theirs } = await fillAndRecalc(file, '综治信访');
    expect(expectSameResults(mine, theirs)).toBeGreaterThanOrEqual(report.items.length);
    expectItemsAsReported(report, theirs);
  });

  test('共享示例 lianDaiBaoChuang.xlsx：每项得分、总分 85.5 与报告相同', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'lianDaiBaoChuang.xlsx');
    fs.copyFileSync(sharedPath('examples', 'lianDaiBaoChuang.xlsx'), file);
    const { report, mine, theirs } = await fillAndRecalc(file, '区县政法委');
    expect(expectSameResults(mine, theirs)).toBeGreaterThanOrEqual(report.items.length + 1);
    expectItemsAsReported(report, theirs);
    expect(valueAt(theirs, 16, 7)).toBe(85.5);
    expect(report.total).toBe(85.5);
  });
});

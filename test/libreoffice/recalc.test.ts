import fs from 'node:fs';
import path from 'node:path';
import type { SheetReport } from '../../src/engine/sheet-report';
import { colNumber, formulaAt, valueAt, type SheetSnapshot } from '../../src/engine/snapshot';
import { snapshotOfFile } from '../helpers/xlsx';
import type { SheetFixture } from '../contract/adapter-contract';
import { kaohe, tmpDir } from '../helpers/cli';
import { seed000, seed004 } from '../helpers/seed-sheets';
import { siteManagement } from '../helpers/public-forms';
import { workbookOf, writeWorkbook } from '../helpers/workbook';
import { expectSameResults, recalculated } from './soffice';

jest.setTimeout(180_000);

/** Fills with the command line, lets LibreOffice recalculate the output, and reads both. */
async function fillAndRecalc(file: string, sheetName: string) {
  const out = path.join(path.dirname(file), 'scored.xlsx');
  const r = await kaohe('fill', file, '-o', out, '--json');
  expect(r.code).toBe(0);
  const report = (JSON.parse(r.out).sheets as SheetReport[]).find((s) => s.sheet === sheetName)!;
  const mine = await snapshotOfFile(out, sheetName);
  const theirs = await snapshotOfFile(recalculated(out), sheetName);
  return { report, mine, theirs };
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
    expect(valueAt(await snapshotOfFile(recalculated(file), 'S'), 2, 1)).toBe(2);
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
    expect(report.tier).toBe('合格'); // 24.2 of 35 is 69%: 合格 by the default shares
  });

  test('种子004（加“扣分”列，含五、加减分）：每项得分与报告相同，公式结果不变', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'in.xlsx');
    await writeWorkbook(file, seed004(true));
    const { report, mine, theirs } = await fillAndRecalc(file, '综治信访');
    expect(expectSameResults(mine, theirs)).toBeGreaterThanOrEqual(report.items.length);
    expectItemsAsReported(report, theirs);
  });

  test('次数列、加分列、“1.5分”式扣分、封顶的加减分、一票否决与一票否优：LibreOffice 算出同样的得分和等次', async () => {
    const fixture: SheetFixture = {
      name: '丙镇',
      cells: [
        ['考核项目', '评分标准', '分值', '次数', '扣分', '加分', '得分'],
        ['平安建设（30分）', '每少一篇扣2分，最多扣6分', 10, 1, null, null, null], // 10 − 1×2 = 8
        [null, '未开展的不得分', 10, null, 0, 1, null], // 10 − 0 + 1 = 11
        [null, '每发现一例扣0.5分', 10, null, ' 1.5分 ', null, null], // 8.5; section 27.5 ≤ 30
        ['基础工作（70分）', '迟报一次扣0.1分', 60, null, 0.3, null, null], // 59.7
        [null, '酌情扣分', 10, null, '严重', null, null], // unreadable: 10; section 69.7
        ['加减分（累计不超过3分）', '受到表彰的加2分', null, null, null, 2, null],
        [null, '被通报批评的每次扣1分', null, null, 1, null, null],
        [null, '受到省级表彰加2分', null, null, null, 2, null], // min(3, 2 + 2) − 1 = 2
        ['否决事项', '发生进京非正常上访的，实行一票否决', null, null, null, null, null],
        ['否优事项', '发生较大安全事故的，实行一票否优', null, null, '有', null, null],
        ['合计', null, null, null, null, null, null], // 27.5 + 69.7 + 2 = 99.2
        ['考核等次', null, null, null, null, null, null], // 优秀 barred by 一票否优: 良好
      ],
    };
    const dir = tmpDir();
    const file = path.join(dir, 'in.xlsx');
    await writeWorkbook(file, fixture);
    const { report, mine, theirs } = await fillAndRecalc(file, '丙镇');
    expect(report.items.map((i) => i.score)).toEqual([8, 11, 8.5, 59.7, 10]);
    expect([report.bonus, report.total, report.tier, report.complete]).toEqual([2, 99.2, '良好', false]);
    expect(expectSameResults(mine, theirs)).toBe(report.items.length + 2);
    expectItemsAsReported(report, theirs);
    expect([valueAt(theirs, 12, 7), valueAt(theirs, 13, 2)]).toEqual([99.2, '良好']);
  });

  test('次数列按步长计（每低5个百分点、每超过0.5天）、条款自身上限、“按0.5分/次扣分”：LibreOffice 算出同样的得分', async () => {
    const fixture: SheetFixture = {
      name: '丁镇',
      cells: [
        ['考核项目', '评分标准', '分值', '次数', '扣分', '得分'],
        ['基础工作（40分）', '家长满意率每低5个百分点扣2分', 10, 12, null, null], // 2 whole steps: 10 − 4 = 6
        [null, '每超过0.5天扣0.3分', 5, 1.3, null, null], // 2 steps: 5 − 0.6 = 4.4
        [null, '每低0.1个百分点扣1分', 10, 0.3, null, null], // 0.3/0.1 is 3 steps, not 2: 7
        [null, '每次扣1分，最多扣3分；未建立制度扣2分', 10, 5, null, null], // the count's own cap: 10 − 3 = 7
        [null, '迟报按0.5分/次扣分', 5, 3, null, null], // 5 − 1.5 = 3.5
        ['合计', null, null, null, null, null], // 27.9
      ],
    };
    const dir = tmpDir();
    const file = path.join(dir, 'in.xlsx');
    await writeWorkbook(file, fixture);
    const { report, mine, theirs } = await fillAndRecalc(file, '丁镇');
    expect(report.items.map((i) => i.score)).toEqual([6, 4.4, 7, 7, 3.5]);
    expect(report.total).toBe(27.9);
    expect(expectSameResults(mine, theirs)).toBeGreaterThanOrEqual(report.items.length + 1);
    expectItemsAsReported(report, theirs);
    expect(valueAt(theirs, 7, 6)).toBe(27.9);
  });

  test('JGJ59 说明“保证项目小计得分不足40分时…不应得分”：小计30分时 LibreOffice 算出的合计也是0', async () => {
    const { fixture } = siteManagement();
    const cells = fixture.cells.map((r) => [...r]);
    cells[3][5] = 8; // 安全检查… row 4: 10 − 8 = 2
    cells[6][5] = 8; // row 7: 2; 保证项目 7 + 2 + 6 + 8 + 2 + 5 = 30
    cells.push(['注：2.当保证项目中有一项未得分或保证项目小计得分不足40分时，此分项检查评分表不应得分。']);
    const dir = tmpDir();
    const file = path.join(dir, 'in.xlsx');
    await writeWorkbook(file, { ...fixture, cells });
    const { report, mine, theirs } = await fillAndRecalc(file, fixture.name);
    expect([report.sections[0].score, report.total]).toEqual([30, 0]);
    expect(expectSameResults(mine, theirs)).toBeGreaterThanOrEqual(report.items.length + 1);
    expect(valueAt(theirs, 15, 7)).toBe(0);
  });

  test('示例 lianDaiBaoChuang.xlsx：每项得分、总分 85.5 与报告相同', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'lianDaiBaoChuang.xlsx');
    fs.copyFileSync(path.resolve(__dirname, '../../examples/lianDaiBaoChuang.xlsx'), file);
    const { report, mine, theirs } = await fillAndRecalc(file, '区县政法委');
    expect(expectSameResults(mine, theirs)).toBeGreaterThanOrEqual(report.items.length + 1);
    expectItemsAsReported(report, theirs);
    expect(valueAt(theirs, 16, 7)).toBe(85.5);
    expect(report.total).toBe(85.5);
  });
});

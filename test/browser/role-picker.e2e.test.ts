import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { columnChoice } from '../../src/engine/fill-record';
import { DOWNLOAD_LABELS } from '../../src/taskpane/labels';
import { openXlsx } from '../../src/xlsx';
import { tmpDir } from '../helpers/cli';
import { writeWorkbook } from '../helpers/workbook';
import type { FakeWorkbook } from './harness';
import { paneSuite } from './pane-suite';
import { RECORD_SHEET } from '../../src/engine/fill-record-sheet';

/*
 * The reading's preview and its role picker, in Chromium: the pane in the fake Excel, and the file mode in a plain
 * browser. The sheet: 初评 and 复核 each typing a score, both headers naming 得分 (two-stage county checks run so).
 * By hand: 初评 8 + 5 = 13, 复核 7 + 4 = 11 of 15. The reading names both columns and scores E until the user picks F.
 */
const SHEET = '考核表';
const ROWS = [
  ['序号', '考核内容', '分值', '评分标准', '初评得分', '复核得分'],
  [1, '建立信访工作责任制', 10, '未建立责任制的扣5分', 8, 7],
  [2, '按时办结信访事项', 5, '每超期一件扣1分', 5, 4],
];
const WORKBOOK: FakeWorkbook = { active: SHEET, sheets: [{ name: SHEET, rows: ROWS }] };

const suite = paneSuite({ mode: 'production', scratch: 'kaohe-role-picker-' });
const result = (page: Page) => page.getByRole('region', { name: '结果' });

describe('识别结果预览与列用途选择（Chromium）', () => {
  test('在 Excel 中：识别后预览各列用途；两列都可能是得分列时指明两列；选F列为得分后重新预览，填写时按F列并存入工作簿', async () => {
    const { page, problems } = await suite.open(WORKBOOK);
    await page.getByRole('button', { name: '识别评分表', exact: true }).click();
    const pane = result(page);
    await pane.getByRole('heading', { name: '识别结果预览（尚未写入）' }).waitFor();
    await pane.getByText('E列、F列都可能是“得分”列，暂按E列计分：请在上表中选择', { exact: true }).waitFor();
    await pane.getByText('预览总分13分（满分15分）', { exact: true }).waitFor();
    await expect(page.evaluate(() => window.__khFake.cell('考核表', 'F4'))).resolves.toBeNull();

    await pane.getByLabel('F列的用途').selectOption('score');
    await pane.getByText('预览总分11分（满分15分）', { exact: true }).waitFor();
    await expect(pane.getByLabel('E列的用途').inputValue()).resolves.toBe('');
    await expect(pane.getByText('都可能是“得分”列', { exact: false }).count()).resolves.toBe(0);
    // Still nothing written: the preview only reads.
    await expect(page.evaluate(() => window.__khFake.parts().length)).resolves.toBe(0);
    await expect(page.evaluate(() => window.__khFake.sheetNames())).resolves.not.toContain(RECORD_SHEET);

    await page.getByRole('button', { name: '填写得分', exact: true }).click();
    await pane.getByText('总分11分', { exact: false }).waitFor();
    // The fill record: its very hidden sheet (or, where Excel cannot add one, the custom XML part). Waited for, since
    // the pane may show the total before the record's write has been applied.
    await page.waitForFunction((sheet) => window.__khFake.sheetNames().includes(sheet) || window.__khFake.parts().length > 0, RECORD_SHEET);
    const xml = await page.evaluate((sheet) => {
      if (!window.__khFake.sheetNames().includes(sheet)) return window.__khFake.parts()[0].xml;
      const texts: string[] = [];
      for (let row = 1; ; row++) {
        const c = window.__khFake.cell(sheet, `A${row}`);
        if (!c || typeof c.value !== 'string') return texts.join('');
        texts.push(c.value);
      }
    }, RECORD_SHEET);
    expect(xml).toContain('<c col="F" role="score"/>');
    expect(problems).toEqual([]);
  });

  test('文件模式：同样的预览表；选F列为得分后重新计分，下载的工作簿记住这一指定', async () => {
    const file = path.join(tmpDir(), '考核.xlsx');
    await writeWorkbook(file, { name: SHEET, cells: ROWS });
    const { page, problems } = await suite.open(null);
    await page.getByText('未在 Excel 中打开：可以在这里直接打开 .xlsx 工作簿', { exact: false }).waitFor();
    await page.getByLabel('选择工作簿…').setInputFiles(file);
    const pane = result(page);
    await pane.getByText('预览总分13分（满分15分）', { exact: true }).waitFor();
    await pane.getByText('E列、F列都可能是“得分”列，暂按E列计分：请在上表中选择', { exact: true }).waitFor();

    await pane.getByLabel('F列的用途').selectOption('score');
    await pane.getByText('预览总分11分（满分15分）', { exact: true }).waitFor();
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: DOWNLOAD_LABELS.xlsx, exact: true }).click()]);
    const pkg = openXlsx(new Uint8Array(fs.readFileSync(await d.path())));
    if (!pkg.ok) throw new Error(pkg.error.message);
    const record = pkg.value.fillRecord();
    expect(record !== 'damaged' && columnChoice(record, SHEET)).toEqual([{ col: 6, role: 'score' }]);
    expect(problems).toEqual([]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { fillSheet } from '../../src/engine/fill';
import { message } from '../../src/engine/messages';
import { openXlsx } from '../../src/xlsx';
import { kaohe, tmpDir } from '../helpers/cli';
import { RUBRICS } from '../helpers/rubric-fixtures';
import { viaDocxPackage } from '../helpers/rubric-writers';
import { paneSuite } from './pane-suite';

/*
 * 从 Word 细则新建 in the task pane's file mode (a plain Chromium, no Office): seed 000's 让胡路区委政法委 rubric,
 * written by the `docx` package, is picked with three units typed in; the page offers the new workbook, which holds
 * the same sheets and formulas `kaohe new` writes for the same document, and fills to full marks. A .doc is refused
 * with the CLI's sentence and nothing is offered.
 */
const suite = paneSuite({ mode: 'development', scratch: 'kaohe-new-docx-', viewport: { width: 420, height: 900 } });
const SEED000 = RUBRICS.find((r) => r.id === 'seed000-ranghulu') ?? RUBRICS[0];
let dir: string;
let docx: string;

beforeAll(async () => {
  dir = tmpDir();
  docx = path.join(dir, '让胡路细则.docx');
  fs.writeFileSync(docx, await viaDocxPackage(SEED000.blocks));
});

async function openPlain(): Promise<{ page: Page; problems: string[] }> {
  const opened = await suite.open(null);
  await opened.page.getByText('未在 Excel 中打开：可以在这里直接打开 .xlsx 工作簿', { exact: false }).waitFor();
  return opened;
}

function formulasOf(bytes: Uint8Array, sheet: string) {
  const pkg = openXlsx(bytes);
  if (!pkg.ok) throw new Error(pkg.error.message);
  const s = pkg.value.snapshot(sheet);
  if (!s.ok) throw new Error(s.error.message);
  return s.value;
}

describe('任务窗格文件模式：从 Word 细则新建', () => {
  test('选择细则并填写三个单位：下载的工作簿每单位一张评分表和考核报告，与 kaohe new 写的相同，计分为满分', async () => {
    const { page, problems } = await openPlain();
    await page.getByLabel('被考核单位', { exact: false }).fill('甲镇，乙镇\n丙镇');
    await page.getByLabel('从 Word 细则新建…').setInputFiles(docx);
    const result = page.getByLabel('新建结果');
    await result.getByText('已生成“让胡路细则.xlsx”：甲镇、乙镇、丙镇各一张评分表和“考核报告”排名表', { exact: true }).waitFor();
    await result.getByText('考核细则：3个部分，11项，满分55分', { exact: true }).waitFor();
    await expect(result.getByRole('list', { name: '各部分分值' }).getByRole('listitem').allInnerTexts()).resolves.toEqual([
      '执法规范化建设和专项执法检查工作项目10分：10分',
      '“四无”基层政法单位创建活动工作项目25分：25分',
      '“先优争创”活动工作项目20分：20分',
    ]);

    const [d] = await Promise.all([page.waitForEvent('download'), result.getByRole('link', { name: '下载 让胡路细则.xlsx' }).click()]);
    expect(d.suggestedFilename()).toBe('让胡路细则.xlsx');
    const bytes = new Uint8Array(fs.readFileSync(await d.path()));
    const pkg = openXlsx(bytes);
    if (!pkg.ok) throw new Error(pkg.error.message);
    expect(pkg.value.sheetNames()).toEqual(['考核报告', '甲镇', '乙镇', '丙镇']);

    const cli = path.join(dir, 'cli.xlsx');
    expect((await kaohe('new', docx, '--units', '甲镇,乙镇,丙镇', '-o', cli)).code).toBe(0);
    const cliBytes = new Uint8Array(fs.readFileSync(cli));
    for (const sheet of ['甲镇', '乙镇', '丙镇']) {
      const mine = formulasOf(bytes, sheet);
      expect(mine.formulas).toEqual(formulasOf(cliBytes, sheet).formulas);
      const filled = fillSheet(mine);
      if (!filled.ok) throw new Error(filled.error.message);
      expect([filled.value.report.total, filled.value.report.fullMarks, filled.value.layout.items.length]).toEqual([55, 55, 11]);
    }
    await expect(page.getByRole('alert').innerText()).resolves.toBe('');
    expect(problems).toEqual([]);
  });

  test('选择 .doc 细则：错误区域一行“请在 Word 或 WPS 中另存为 .docx”，不提供下载', async () => {
    const { page, problems } = await openPlain();
    const doc = path.join(dir, '旧细则.doc');
    fs.writeFileSync(doc, 'not really a doc');
    await page.getByLabel('从 Word 细则新建…').setInputFiles(doc);
    await page.getByRole('alert').getByText(message('DOC_NOT_DOCX', '旧细则.doc'), { exact: true }).waitFor();
    await expect(page.getByLabel('新建结果').getByRole('link').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  test('单位名称重复：错误区域说明哪个名称重复，不提供下载', async () => {
    const { page } = await openPlain();
    await page.getByLabel('被考核单位', { exact: false }).fill('甲镇,甲镇');
    await page.getByLabel('从 Word 细则新建…').setInputFiles(docx);
    await page.getByRole('alert').getByText(message('UNIT_NAME_DUPLICATE', '甲镇'), { exact: true }).waitFor();
    await expect(page.getByLabel('新建结果').getByRole('link').count()).resolves.toBe(0);
  });
});

import path from 'node:path';
import type { Page } from 'playwright-core';
import { harness, type FakeCell } from './harness';
import { paneSuite } from './pane-suite';
import { DOWNLOAD_LABELS } from '../../src/taskpane/labels';
import { RECORD_SHEET } from '../../src/engine/fill-record-sheet';

/*
 * The task pane as users get it: `webpack --mode production` into a scratch folder (dist/ is left to others),
 * served on 127.0.0.1 and opened in Chromium with the fake Office/Excel of scripts/taskpane-harness.js over a slice
 * of seed 000 (让胡路区委政法委, the same sheet as the README's screenshots).
 *
 * What that sheet must give, by hand (SCORING.md §4, default tiers):
 *   执法规范化建设和专项执法检查工作项目10分 (rows 3–7, cap 10), bases 2 each, 扣分 2 · 1 · blank · 3 · 不得分
 *     → 得分 0 · 1 · 2 · 0 (3 is over the base 2: only 2 taken, warning on row 6) · 0 = 3
 *   “四无”基层政法单位创建活动工作项目25分 (rows 8–11, cap 25), bases 10 · 5 · 5 · '５分', 扣分 1.5 · '2分' · 0.1 · '严重'
 *     → 得分 8.5 · 3 · 4.9 · 5 ('严重' cannot be read: no deduction, warning on row 11, scoring incomplete) = 21.4
 *   total min(10, 3) + min(25, 21.4) = 24.4 of 10 + 25 = 35; 69.7% of full marks → 合格 (默认分档)
 *   written: 得分 of the 9 items (H3:H11), the 合计 row (H12) and the 等次 row (H13) = 11 cells
 */
const { DEMO_SHEET, DEMO_WORKBOOK } = harness;
const SHEET = DEMO_SHEET;
const RECORD_NS = 'urn:kaohe:fill-record:1';
const SCORE_ROWS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];

const suite = paneSuite({ mode: 'production', scratch: 'e2e' });
const open = (withOffice: boolean) => suite.open(withOffice ? DEMO_WORKBOOK : null);

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const result = (page: Page) => page.getByRole('region', { name: '结果' });

function cell(page: Page, address: string, sheet = SHEET): Promise<FakeCell | null> {
  return page.evaluate(([s, a]) => window.__khFake.cell(s, a), [sheet, address] as const);
}

function syncs(page: Page): Promise<number> {
  return page.evaluate(() => window.__khFake.syncs);
}

async function scoreColumn(page: Page): Promise<(FakeCell | null)[]> {
  return Promise.all(SCORE_ROWS.map((r) => cell(page, `H${r}`)));
}

async function fill(page: Page): Promise<void> {
  await button(page, '填写得分').click();
  await result(page).getByText('已填写11个单元格', { exact: false }).waitFor();
}

describe('任务窗格在 Chromium 中（生产构建，假 Excel：区委政法委评分表）', () => {
  test('四个按钮按可访问名称找得到且可点：识别评分表、填写得分、撤销、生成报告', async () => {
    const { page, problems } = await open(true);
    for (const name of ['识别评分表', '填写得分', '撤销', '生成报告']) {
      await expect(button(page, name).count()).resolves.toBe(1);
      await expect(button(page, name).isEnabled()).resolves.toBe(true);
    }
    expect(problems).toEqual([]);
  });

  test('识别评分表：一次读取，列出识别出的列、两个分项及上限、9个考核项目和2条提示，不写任何单元格', async () => {
    const { page, problems } = await open(true);
    await button(page, '识别评分表').click();
    const pane = result(page);
    await pane.getByText('工作表“区委政法委”：表头在第2行，共9个考核项目，满分35分', { exact: true }).waitFor();

    const columns = pane.getByRole('table').first();
    for (const [role, col] of [['项目', 'A'], ['基础分', 'E'], ['扣分', 'G'], ['得分', 'H']]) {
      await expect(columns.getByRole('row', { name: `${role} ${col}列`, exact: true }).count()).resolves.toBe(1);
    }
    await expect(pane.getByRole('heading', { name: '分项（2个）' }).count()).resolves.toBe(1);
    await expect(pane.getByRole('row', { name: '执法规范化建设和专项执法检查工作项目10分 10分 5项', exact: true }).count()).resolves.toBe(1);
    await expect(pane.getByRole('row', { name: '“四无”基层政法单位创建活动工作项目25分 25分 4项', exact: true }).count()).resolves.toBe(1);
    await expect(pane.getByRole('heading', { name: '考核项目（9项）' }).count()).resolves.toBe(1);
    await expect(pane.getByRole('heading', { name: '提示（2条）' }).count()).resolves.toBe(1);

    // The outline, then the cells in one band.
    await expect(syncs(page)).resolves.toBe(2);
    await expect(scoreColumn(page)).resolves.toEqual(SCORE_ROWS.map(() => null));
    expect(problems).toEqual([]);
  });

  test('填写得分：显示总分24.4、等次合格（默认分档）和2条提示；得分列写入公式，点提示选中该行', async () => {
    const { page, problems } = await open(true);
    await fill(page);
    const pane = result(page);
    await expect(pane.getByText('已填写11个单元格：总分24.4分，等次“合格（默认分档）”；有2条提示请核对', { exact: true }).count()).resolves.toBe(1);
    await expect(pane.getByText('24.4', { exact: true }).count()).resolves.toBe(1);
    await expect(pane.getByText('合格', { exact: true }).count()).resolves.toBe(1);
    await expect(pane.getByText('默认分档', { exact: true }).count()).resolves.toBe(1);
    await expect(pane.getByText('评分未完成：有扣分无法读取，总分与等次暂不作数，请按下列提示改正后重新填写').count()).resolves.toBe(1);
    // The outline (with the fill record's lookup), one band, then one write carrying the plan and the fill record.
    await expect(syncs(page)).resolves.toBe(3);

    const written = await scoreColumn(page);
    for (const [i, r] of SCORE_ROWS.slice(0, 9).entries()) {
      expect(written[i]?.formula).toMatch(new RegExp(`^=.*\\bG${r}\\b`));
    }
    expect(written[9]?.formula).toContain('MIN(10,SUM(H3:H7))+MIN(25,SUM(H8:H11))');
    expect(written[10]?.formula).toMatch(/^=IF\(COUNTIF\(H3:H10,"请填数字"\),"请填数字",IF\(H12>=31\.5,"优秀".*"不合格"\)+$/);
    // The user's own cells are read, never written.
    await expect(cell(page, 'G6')).resolves.toMatchObject({ value: 3, formula: null });
    await expect(cell(page, 'G11')).resolves.toMatchObject({ value: '严重', formula: null });
    // The fill record: its very hidden sheet, where every common writer keeps it (docs/xlsx-patcher.md).
    await expect(page.evaluate(() => window.__khFake.parts())).resolves.toEqual([]);
    await expect(page.evaluate(() => window.__khFake.sheetNames())).resolves.toEqual([SHEET, RECORD_SHEET]);
    await expect(page.evaluate((s) => window.__khFake.visibility(s), RECORD_SHEET)).resolves.toBe('VeryHidden');
    await expect(cell(page, 'A1', RECORD_SHEET)).resolves.toMatchObject({ value: expect.stringContaining(RECORD_NS) });

    const warning = pane.getByRole('button', { name: '第6行：扣分3超过基础分2，按2分扣', exact: true });
    await expect(pane.getByRole('button', { name: '第11行：扣分“严重”无法读取为数字，按未扣分计算，评分未完成', exact: true }).count()).resolves.toBe(1);
    await warning.click();
    await page.waitForFunction(() => window.__khFake.selections.length > 0);
    await expect(page.evaluate(() => window.__khFake.selections)).resolves.toEqual([`${SHEET}!G6`]);
    await expect(page.getByRole('alert').innerText()).resolves.toBe('');
    expect(problems).toEqual([]);
  });

  test('撤销：填写过的11个得分单元格恢复为空，填写记录清除，再撤销提示没有可撤销的填写', async () => {
    const { page, problems } = await open(true);
    await fill(page);
    await expect(scoreColumn(page)).resolves.not.toContainEqual(null);

    await button(page, '撤销').click();
    await page.getByRole('status').getByText('已撤销上次填写：工作表“区委政法委”的11个单元格已恢复原样', { exact: true }).waitFor();
    await expect(scoreColumn(page)).resolves.toEqual(SCORE_ROWS.map(() => null));
    await expect(page.evaluate(() => window.__khFake.parts())).resolves.toEqual([]);
    await expect(cell(page, 'G3')).resolves.toMatchObject({ value: 2 });
    // Fill 3; undo: the record's lookup, its XML, the written cells (one band), one write (cells back, record gone).
    await expect(syncs(page)).resolves.toBe(3 + 4);

    await button(page, '撤销').click();
    await page.getByRole('alert').getByText('没有可以撤销的填写（只能撤销最近一次“填写得分”）', { exact: true }).waitFor();
    await expect(scoreColumn(page)).resolves.toEqual(SCORE_ROWS.map(() => null));
    expect(problems).toEqual([]);
  });

  test('不在 Excel 中打开（office.js 没有给出 Office）：显示文件模式，四个按钮都不显示，能给示例工作簿计分，除 office.js 外不请求站外地址', async () => {
    const asked: string[] = [];
    const record = (r: { url(): string }) => asked.push(r.url());
    suite.context().on('request', record);
    const { page, problems } = await open(false);
    await page.getByText('未在 Excel 中打开：可以在这里直接打开 .xlsx 工作簿', { exact: false }).waitFor();
    await page.getByLabel('选择工作簿…').waitFor({ state: 'attached' });
    for (const name of ['识别评分表', '填写得分', '撤销']) {
      await expect(button(page, name).isVisible()).resolves.toBe(false);
    }
    // The Excel step's 生成报告 is hidden; the file mode has its own, beside its report options.
    await expect(page.locator('#kh-report').isVisible()).resolves.toBe(false);
    await expect(page.locator('#kh-file-report').isVisible()).resolves.toBe(true);
    // The production chunks of the file mode and the report load and score the example workbook.
    await page.getByLabel('选择工作簿…').setInputFiles(path.join(harness.ROOT, 'examples/lianDaiBaoChuang.xlsx'));
    await page.getByRole('link', { name: '下载网页报告（.html）', exact: true }).waitFor();
    await expect(result(page).getByText('已填写11个单元格：总分85.5分，等次“二类”；有1条提示请核对', { exact: true }).count()).resolves.toBe(1);
    suite.context().off('request', record);
    expect(asked.filter((u) => !u.startsWith(`${suite.origin()}/`) && !u.startsWith('blob:'))).toEqual([
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    ]);
    await expect(page.evaluate(() => typeof window.Office)).resolves.toBe('undefined');
    expect(problems).toEqual([]);
  });

  test('在 Office 中打开但 office.js 没能加载：说明是 office.js 加载失败，而不是让用户去 Excel 中打开', async () => {
    // Office opens the page with _host_Info in its query; office.js answered with an empty script leaves no Office.
    const { page, problems } = await suite.open(null, '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0');
    await page.getByText('Office 脚本库（office.js）加载失败', { exact: false }).waitFor();
    await expect(page.getByText('需要在 Excel 中运行', { exact: false }).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  test('假 Excel 与 Office.js 一样：写入在 context.sync 时才生效，未 load 的属性不可读', async () => {
    const { page, problems } = await open(true);
    const seen = await page.evaluate(async (sheet) => {
      const fake = window.__khFake;
      const context = fake.context();
      const range = context.workbook.worksheets.getItem(sheet).getRange('H3');
      range.formulas = [['=E3-G3']];
      const beforeSync = fake.cell(sheet, 'H3');
      let unloaded = '';
      try {
        void range.values;
      } catch (e) {
        unloaded = (e as { code: string }).code;
      }
      range.load('values');
      await context.sync();
      return { beforeSync, afterSync: fake.cell(sheet, 'H3'), unloaded, loaded: range.values };
    }, SHEET);
    expect(seen).toEqual({
      beforeSync: null,
      afterSync: { value: null, formula: '=E3-G3', numFmt: 'General' },
      unloaded: 'PropertyNotLoaded',
      loaded: [['']],
    });
    expect(problems).toEqual([]);
  });
});

describe('生成报告后，通报与网页报告在每种 Excel 中都拿得到', () => {
  test('Windows 与网页版：任务窗格提供 .docx 与 .html 的下载链接', async () => {
    const { page, problems } = await suite.open({ ...DEMO_WORKBOOK, platform: 'PC' });
    await button(page, '生成报告').click();
    await page.getByRole('link', { name: DOWNLOAD_LABELS.docx, exact: true }).waitFor();
    await page.getByRole('link', { name: DOWNLOAD_LABELS.html, exact: true }).waitFor();
    expect(problems).toEqual([]);
  });

  test('Mac 版 Excel（任务窗格不能下载）：说明报告已写入工作表，不给失效的链接，“在浏览器中打开”用系统浏览器打开文件模式', async () => {
    const { page, problems } = await suite.open({ ...DEMO_WORKBOOK, platform: 'Mac' });
    await button(page, '生成报告').click();
    await page.getByText('Mac 与 iPad 版 Excel 的任务窗格不能下载文件。考核报告已写入本工作簿的“考核报告”工作表', { exact: false }).waitFor();
    await expect(page.getByRole('link', { name: DOWNLOAD_LABELS.docx, exact: true }).count()).resolves.toBe(0);
    await button(page, '在浏览器中打开').click();
    const opened = await page.evaluate(() => window.__khFake.browserWindows);
    expect(opened).toEqual([`${suite.origin()}/taskpane.html`]);
    await expect(page.evaluate(() => window.__khFake.sheetNames())).resolves.toContain('考核报告');
    expect(problems).toEqual([]);
  });
});

describe('一次填写是一步撤消（Excel.run 的 mergeUndoGroup）', () => {
  test('ExcelApi 1.20 的 Excel：填写得分请求合并撤消，写入只算一步', async () => {
    const { page, problems } = await suite.open({ ...DEMO_WORKBOOK, apiMinor: 20 });
    await fill(page);
    const seen = await page.evaluate(() => ({ steps: window.__khFake.undoSteps, options: window.__khFake.runOptions }));
    expect(seen.steps).toBe(1);
    expect(seen.options).toContainEqual({ mergeUndoGroup: true });
    expect(problems).toEqual([]);
  });

  test('没有 ExcelApi 1.20 的 Excel：不传它不认识的选项，照常填写', async () => {
    const { page, problems } = await suite.open({ ...DEMO_WORKBOOK, apiMinor: 13 });
    await fill(page);
    const options = await page.evaluate(() => window.__khFake.runOptions);
    expect(options).not.toContainEqual({ mergeUndoGroup: true });
    expect(problems).toEqual([]);
  });
});

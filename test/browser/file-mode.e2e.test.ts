import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page, Request } from 'playwright-core';
import { message } from '../../src/engine/messages';
import { DOWNLOAD_LABELS } from '../../src/taskpane/labels';
import { openXlsx } from '../../src/xlsx';
import { kaohe, tmpDir } from '../helpers/cli';
import { harness } from './harness';
import { paneSuite } from './pane-suite';

/** Where the production build loads office.js from (webpack.config.js, OFFICE_JS unset). */
const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/*
 * The task pane opened in a plain Chromium, no Office at all: the page `npm start` serves (the development build,
 * built here into a scratch folder) shows its file mode. The example workbook examples/lianDaiBaoChuang.xlsx
 * (区县政法委, 100 points, 加分 8 over its cap 5) is opened, scored, and the downloads are checked against
 * `kaohe fill` on the same file: 总分85.5, 等次二类, one warning, the same cells written.
 */
const EXAMPLE = path.join(harness.ROOT, 'examples/lianDaiBaoChuang.xlsx');
const SHEET = '区县政法委';

const suite = paneSuite({ mode: 'development', scratch: 'kaohe-file-mode-', viewport: { width: 420, height: 900 } });
/** Every request any page made, for the test that nothing leaves the machine. */
const requests: Request[] = [];

beforeAll(() => {
  suite.context().on('request', (r) => requests.push(r));
});

afterEach(() => {
  requests.length = 0;
});

async function openPlain(): Promise<{ page: Page; problems: string[] }> {
  const opened = await suite.open(null);
  await opened.page.getByText('未在 Excel 中打开：可以在这里直接打开 .xlsx 工作簿', { exact: false }).waitFor();
  return opened;
}

const result = (page: Page) => page.getByRole('region', { name: '结果' });
const link = (page: Page, name: string) => page.getByRole('link', { name, exact: true });

async function download(page: Page, name: string): Promise<{ file: string; bytes: Uint8Array }> {
  const [d] = await Promise.all([page.waitForEvent('download'), link(page, name).click()]);
  const saved = await d.path();
  return { file: d.suggestedFilename(), bytes: new Uint8Array(fs.readFileSync(saved)) };
}

function cellsOf(bytes: Uint8Array) {
  const pkg = openXlsx(bytes);
  if (!pkg.ok) throw new Error(pkg.error.message);
  const s = pkg.value.snapshot(SHEET);
  if (!s.ok) throw new Error(s.error.message);
  return { values: s.value.values, formulas: s.value.formulas };
}

/** What `kaohe fill` writes for the example, with these options. */
async function cliCells(...options: string[]): Promise<ReturnType<typeof cellsOf>> {
  const output = path.join(tmpDir(), 'cli.xlsx');
  const r = await kaohe('fill', EXAMPLE, '-o', output, ...options);
  expect(r.code).toBe(0);
  return cellsOf(new Uint8Array(fs.readFileSync(output)));
}

describe('任务窗格在没有 Office 的浏览器中：文件模式（npm start 的开发构建）', () => {
  test('打开示例工作簿：显示类型、总分、满分、等次和提示；下载的工作簿与 kaohe fill 写的相同；通报与网页报告可下载；没有任何对外请求', async () => {
    const { page, problems } = await openPlain();
    // The Excel steps are not offered where there is no Excel.
    await expect(page.getByRole('button', { name: '填写得分', exact: true }).isVisible()).resolves.toBe(false);

    await page.getByLabel('选择工作簿…').setInputFiles(EXAMPLE);
    const pane = result(page);
    await pane.getByText('“lianDaiBaoChuang.xlsx”：1张评分表已计分，写入下载的“lianDaiBaoChuang.scored.xlsx”', { exact: true }).waitFor();
    const sheet = pane.getByRole('region', { name: `工作表“${SHEET}”` });
    await expect(sheet.getByText('按扣分计算', { exact: true }).count()).resolves.toBe(1);
    await expect(sheet.locator('.kh-score').innerText()).resolves.toMatch(/总分\s*85.5\s*\/ 100分\s*等次\s*二类/);
    await expect(sheet.getByText('第14行：加分8超过上限5，按5分计', { exact: true }).count()).resolves.toBe(1);
    await expect(sheet.getByRole('button').count()).resolves.toBe(0);

    await link(page, DOWNLOAD_LABELS.html).waitFor();
    const xlsx = await download(page, DOWNLOAD_LABELS.xlsx);
    expect(xlsx.file).toBe('lianDaiBaoChuang.scored.xlsx');
    expect(cellsOf(xlsx.bytes)).toEqual(await cliCells());

    const docx = await download(page, DOWNLOAD_LABELS.docx);
    expect(docx.file).toMatch(/^考核报告-\d{4}-\d{2}-\d{2}\.docx$/);
    const parts = unzipSync(docx.bytes);
    expect(strFromU8(parts['word/document.xml'])).toContain(SHEET);
    // The chart, drawn by the browser's canvas from the report's SVG.
    expect(Object.keys(parts).some((p) => /^word\/media\/.+\.png$/.test(p))).toBe(true);
    const html = strFromU8((await download(page, DOWNLOAD_LABELS.html)).bytes);
    expect(html).toContain(SHEET);
    expect(html).toContain('<svg');

    // 数值: the same file scored again, numbers where formulas were, the same as `kaohe fill --values`.
    await page.getByRole('radio', { name: '数值' }).check();
    await link(page, DOWNLOAD_LABELS.html).waitFor();
    const values = await download(page, DOWNLOAD_LABELS.xlsx);
    expect(cellsOf(values.bytes)).toEqual(await cliCells('--values'));

    // The browser itself refuses any fetch the page might try (connect-src 'none'): the request is never made.
    const tried = await page.evaluate(() => fetch('https://example.org/upload', { method: 'POST', body: 'x' }).then(() => 'sent', () => 'refused'));
    expect(tried).toBe('refused');
    const cspRefusal = /^控制台错误：.*example\.org\/upload.*Content Security Policy/;
    expect(problems.filter((p) => cspRefusal.test(p)).length).toBeGreaterThan(0);
    problems.splice(0, problems.length, ...problems.filter((p) => !cspRefusal.test(p)));

    const origin = suite.origin();
    // office.js is asked for on every load (Office.onReady decides); the workbook goes nowhere.
    const away = requests.filter((r) => !r.url().startsWith(`${origin}/`) && !r.url().startsWith('blob:'));
    expect(away.map((r) => r.url())).toEqual([OFFICE_JS_URL]);
    expect(requests.filter((r) => r.method() !== 'GET').map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
    await expect(page.getByRole('alert').innerText()).resolves.toBe('');
    expect(problems).toEqual([]);
  });

  test('拖入设有打开密码的工作簿、旧版 .xls：错误区域一行说明（与命令行同句），不提供下载', async () => {
    const { page, problems } = await openPlain();
    const drop = (name: string, bytes: number[]) =>
      page.evaluate(
        ([n, b]) => {
          const data = new DataTransfer();
          data.items.add(new File([new Uint8Array(b)], n));
          document.getElementById('kh-drop')?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
        },
        [name, bytes] as const,
      );
    const cfb = (...streams: string[]) => {
      const bytes = new Array<number>(512 + 128 * (streams.length + 1)).fill(0);
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (bytes[i] = b));
      ['Root Entry', ...streams].forEach((s, i) => [...s].forEach((c, j) => (bytes[512 + 128 * i + 2 * j] = c.charCodeAt(0))));
      return bytes;
    };
    const alert = page.getByRole('alert');

    await drop('加密.xlsx', cfb('EncryptionInfo', 'EncryptedPackage'));
    await alert.getByText(message('WORKBOOK_ENCRYPTED', '加密.xlsx'), { exact: true }).waitFor();
    await drop('旧版.xlsx', cfb('Workbook'));
    await alert.getByText(message('WORKBOOK_LEGACY', '旧版.xlsx'), { exact: true }).waitFor();
    await expect(page.getByRole('link').count()).resolves.toBe(0);
    await expect(result(page).innerText()).resolves.toBe('');
    expect(problems).toEqual([]);
  });

  test('office.js 已加载但 Office.onReady 报告没有宿主（不在 Office 中）：同样进入文件模式', async () => {
    const page = await suite.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    // What office.js gives a page no Office opened: an Office global whose onReady reports no host.
    await page.addInitScript(() => {
      (window as unknown as { Office: unknown }).Office = {
        HostType: { Excel: 'Excel' },
        onReady: (done: (info: { host: null; platform: null }) => void) => Promise.resolve().then(() => done({ host: null, platform: null })),
      };
    });
    await page.goto(`${suite.origin()}/taskpane.html`);
    await page.getByText('未在 Excel 中打开：可以在这里直接打开 .xlsx 工作簿', { exact: false }).waitFor();
    await page.getByLabel('选择工作簿…').setInputFiles(EXAMPLE);
    await link(page, DOWNLOAD_LABELS.xlsx).waitFor();
    expect(problems).toEqual([]);
  });
});

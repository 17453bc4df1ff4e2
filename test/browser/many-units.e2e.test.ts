import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DOWNLOAD_LABELS } from '../../src/taskpane/labels';
import { tmpDir } from '../helpers/cli';
import { writeWorkbook } from '../helpers/workbook';
import { convertAll, pdfText } from '../report/soffice-batch';
import { townSheet, type Town } from '../report/towns';
import { paneSuite } from './pane-suite';
import { tempDir } from '../helpers/temp-dir';

/*
 * The clerk's whole job in the file mode: thirty 乡镇, one workbook each, on seed 000's 田坝镇 layout (towns.ts), dropped
 * into the pane at once; two renamed, groups and top 3 set; the 通报 and the web report downloaded and read back, each
 * row adding up to its total and 扣分情况 quoting the clause that applied. One town's 扣分 reads 「严重」: it is shown
 * incomplete everywhere. Screenshots go to $KAOHE_SHOTS (default: a scratch folder) for a person to look at.
 */
const SHOTS = process.env.KAOHE_SHOTS ?? tempDir('shots');
const suite = paneSuite({ mode: 'development', scratch: 'kaohe-many-units-', viewport: { width: 760, height: 1000 } });

const NAMES = Array.from({ length: 30 }, (_, i) => `${'东南西北中'[i % 5]}${'山河林田'[Math.floor(i / 5) % 4]}${i + 1}镇`);
function town(name: string, i: number): Town {
  const d = (k: number): [number | string, string] | null => ((i + k) % 3 === 0 ? [Math.round(((i * 7 + k * 3) % 10) * 10) / 10 / 2, `第${k}项依据`] : null);
  const deductions = [d(0), d(1), d(2), d(3), d(4)];
  if (i === 7) deductions[3] = ['严重', '群众举报'];
  return { name, deductions, veto: i === 12 };
}

let files: string[] = [];
beforeAll(async () => {
  const dir = tmpDir();
  files = await Promise.all(NAMES.map(async (n, i) => {
    const file = path.join(dir, `${n}.xlsx`);
    await writeWorkbook(file, { ...townSheet(town(n, i)), name: 'Sheet1' });
    return file;
  }));
});

async function openPlain(): Promise<{ page: Page; problems: string[] }> {
  const opened = await suite.open(null);
  await opened.page.getByText('未在 Excel 中打开：可以在这里直接打开 .xlsx 工作簿', { exact: false }).waitFor();
  return opened;
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function download(page: Page, label: string): Promise<{ name: string; file: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: label, exact: true }).click()]);
  const file = path.join(tmpDir(), d.suggestedFilename());
  await d.saveAs(file);
  return { name: d.suggestedFilename(), file };
}

/** The HTML report's ranking table: header and rows as text. */
async function rankingOf(page: Page, file: string): Promise<{ head: string[]; rows: string[][] }> {
  await page.goto(`file://${file}`);
  return page.evaluate(() => {
    const t = document.getElementById('ranking') as HTMLTableElement;
    const cells = (r: HTMLTableRowElement) => Array.from(r.cells).map((c) => c.textContent ?? '');
    return { head: cells(t.tHead!.rows[0]), rows: Array.from(t.tBodies[0].rows).map(cells) };
  });
}

describe('文件模式：三十个乡镇，一镇一个工作簿', () => {
  test('一次拖入三十个文件，改两个单位名称，设分组与前3名先进；报告每行加起来等于总分，扣分情况引用评分标准条款；未完成的单位处处标明', async () => {
    const { page, problems } = await openPlain();
    await page.getByLabel('选择工作簿…').setInputFiles(files);
    const rows = page.locator('tr.kh-unit');
    await page.waitForFunction(() => document.querySelectorAll('tr.kh-unit').length === 30);
    await page.getByRole('link', { name: DOWNLOAD_LABELS.html, exact: true }).waitFor();
    await expect(rows.count()).resolves.toBe(30);

    // The incomplete town (「严重」 in its 扣分) is told apart in word and shape.
    const incomplete = page.locator('tr.kh-unit[data-status="incomplete"]');
    await expect(incomplete.count()).resolves.toBe(1);
    await expect(incomplete.locator('.kh-badge').innerText()).resolves.toBe('✗ 未完成');
    await expect(incomplete.locator('input.kh-unit-name').inputValue()).resolves.toBe(NAMES[7]);

    // Two renamed; the first fifteen 区县, the rest 市直; top 3 and 中国式.
    const name = (i: number) => page.getByLabel(`第${i + 1}个单位的名称（${NAMES[i]}.xlsx）`);
    for (const [i, n] of [[0, '东山一镇（新）'], [1, '南山二镇（新）']] as const) {
      await name(i).fill(n);
      await name(i).press('Tab');
    }
    for (let i = 0; i < 30; i++) {
      const g = page.locator('input.kh-unit-group').nth(i);
      await g.fill(i < 15 ? '区县' : '市直');
      await g.dispatchEvent('change');
    }
    await page.getByLabel('先进单位名额（每组前几名）').fill('3');
    await page.locator('#kh-file-dense').check();
    const report = page.locator('#kh-file-report');
    await report.focus();
    await page.keyboard.press('Enter');
    await page.getByText('报告已生成；1个单位评分未完成，报告中已标明', { exact: true }).waitFor();
    // The keyboard focus stays on 生成报告 after the action.
    await expect(focusedId(page)).resolves.toBe('kh-file-report');
    await page.screenshot({ path: path.join(SHOTS, 'many-units.png'), fullPage: true });

    const zip = await download(page, DOWNLOAD_LABELS.zip);
    expect(zip.name).toBe('计分后的工作簿.zip');
    const docx = await download(page, DOWNLOAD_LABELS.docx);
    const html = await download(page, DOWNLOAD_LABELS.html);
    const htmlText = fs.readFileSync(html.file, 'utf8');
    expect(htmlText).toContain('先进单位（每组前3名）：区县：');
    expect(htmlText).toContain('东山一镇（新）');
    expect(htmlText).toContain('南山二镇（新）');
    expect(htmlText).not.toMatch(/第\s*\d+\s*行/);
    // 扣分情况 quotes the clause: 南山二镇's item 3 lost 0.5 under 「迟报、漏报一次扣0.1分」.
    expect(htmlText).toMatch(/情报信息迟报、漏报一次扣0\.1分：扣\d+(\.\d+)?分/);

    const viewer = await suite.newPage();
    const { head, rows: ranked } = await rankingOf(viewer, html.file);
    expect(head).toEqual(['名次', '单位', '分组', '总分', '等次', '一票否决', '先进', '考核得分', '加减分', '备注']);
    expect(ranked).toHaveLength(30);
    for (const r of ranked) expect([r[1], Number(r[7]) + Number(r[8])]).toEqual([r[1], Number(r[3])]);
    const marked = ranked.filter((r) => r[9].startsWith('评分未完成'));
    expect(marked.map((r) => r[1])).toEqual([NAMES[7]]);
    expect(marked[0][9]).toContain('“严重”');
    await viewer.screenshot({ path: path.join(SHOTS, 'many-units-report.png'), fullPage: false });

    // The 通报 as Word would print it: the same rows, adding up, and the clause quoted.
    const [pdf] = convertAll([docx.file], 'pdf');
    const text = pdfText(pdf).replace(/[ \t]+/g, ' ');
    const bare = text.replace(/\s/g, '');
    expect(bare).toContain('东山一镇（新）');
    expect(bare).toMatch(/情报信息迟报、漏报一次扣0\.1分：扣\d+(\.\d+)?分/);
    expect(bare).toContain(`${NAMES[7]}（`);
    expect(bare).toContain('评分未完成');
    for (const r of ranked.filter((x) => !x[9])) expect(bare).toContain(`${r[3]}${r[4]}${r[5]}${r[6]}${r[7]}${r[8]}`);
    expect(problems).toEqual([]);
  });

  test('计分中途取消：不提供任何下载，说明工作簿未被改动；焦点留在页面上的控件上', async () => {
    const { page, problems } = await openPlain();
    await page.getByLabel('选择工作簿…').setInputFiles(files);
    await page.locator('#kh-cancel').click();
    await page.getByText('已取消计分：没有生成任何文件，打开的工作簿未被改动。', { exact: true }).waitFor();
    await expect(page.getByRole('link').count()).resolves.toBe(0);
    await expect(page.locator('tr.kh-unit').count()).resolves.toBe(0);
    // The cancel button hides with the progress bar: the focus goes to the file picker, not the page body.
    await expect(focusedId(page)).resolves.toBe('kh-file-input');
    await page.screenshot({ path: path.join(SHOTS, 'cancelled.png') });
    expect(problems).toEqual([]);
  });

  test('深色主题（浏览器偏好深色）：页面底色为深色，三种状态仍然分得清', async () => {
    const { page } = await openPlain();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByLabel('选择工作簿…').setInputFiles(files.slice(6, 9));
    await page.waitForFunction(() => document.querySelectorAll('tr.kh-unit').length === 3);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(150);
    await expect(page.locator('tr.kh-unit[data-status="incomplete"] .kh-badge').innerText()).resolves.toBe('✗ 未完成');
    await page.screenshot({ path: path.join(SHOTS, 'dark.png'), fullPage: true });
  });
});

import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { REPORT_SHEET } from '../../src/report/sheet-plan';
import { harness } from '../browser/harness';
import { kaohe, tmpDir } from '../helpers/cli';
import { inkIn, readGreyPng } from './png';
import { convertAll, pageImage, pdfText } from './soffice-batch';
import { FORMULA_LIKE, writeTowns } from './towns';

jest.setTimeout(300_000);

/** The ranking table as a program reads it back: unit → [rank, total, tier, veto]. */
async function rankingOf(file: string): Promise<Record<string, unknown[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(REPORT_SHEET)!;
  const out: Record<string, unknown[]> = {};
  for (let r = 4; r <= 8; r++) {
    const v = (a: string) => {
      const c = ws.getCell(`${a}${r}`);
      return c.type === ExcelJS.ValueType.Formula ? c.result : c.value;
    };
    out[String(v('B'))] = [v('A'), v('C'), v('D'), v('E')];
  }
  return out;
}

let dir: string;
beforeAll(async () => {
  dir = tmpDir();
  const towns = await writeTowns(dir);
  for (const ext of ['xlsx', 'docx', 'html']) {
    const r = await kaohe('report', towns, '-o', path.join(dir, `报告.${ext}`), '--top', '2');
    if (r.code !== 0) throw new Error(r.err);
  }
});

describe('报告在 LibreOffice 中', () => {
  test('重算后总分与名次与工具算的相同；改动乙镇一项扣分后，乙镇的名次随之移动', async () => {
    // 乙镇 row 5 (情报信息) deduction 0.3 → 9: 72 − 2 − 9 − 1.7 = 59.3, below 甲镇 64, 丙镇 64 and 戊镇 62.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, '报告.xlsx'));
    wb.getWorksheet('乙镇')!.getCell('E5').value = 9;
    const changed = path.join(dir, '改后.xlsx');
    await wb.xlsx.writeFile(changed);

    const [same, moved] = convertAll([path.join(dir, '报告.xlsx'), changed], 'xlsx');
    expect(await rankingOf(same)).toEqual(await rankingOf(path.join(dir, '报告.xlsx')));
    expect(await rankingOf(same)).toEqual({
      乙镇: [1, 68, '合格', '否'], 甲镇: [2, 64, '合格', '否'], 丙镇: [2, 64, '合格', '否'],
      戊镇: [4, 62, '合格', '否'], 丁镇: [5, 72, '一票否决', '是'],
    });
    expect(await rankingOf(moved)).toEqual({
      乙镇: [4, 59.3, '不合格', '否'], 甲镇: [1, 64, '合格', '否'], 丙镇: [1, 64, '合格', '否'],
      戊镇: [3, 62, '合格', '否'], 丁镇: [5, 72, '一票否决', '是'],
    });
  });

  test('通报 .docx 转成 PDF：文字中有排名表与先进、否决单位，第一页是版心内有字有图的 A4 页', () => {
    const [pdf] = convertAll([path.join(dir, '报告.docx')], 'pdf');
    const text = pdfText(pdf).replace(/[ \t]+/g, ' ');
    for (const row of ['1 乙镇 68 合格 否 先进', '2 甲镇 64 合格 否 先进', '2 丙镇 64 合格 否 先进', '4 戊镇 62 合格 否', '5 丁镇 72 一票否决 是'])
      expect(text).toContain(row);
    // pdftotext puts spaces between Chinese and digits; the sentences are compared without any.
    const bare = text.replace(/\s/g, '');
    expect(bare).toContain('先进单位（前2名）：乙镇、甲镇、丙镇');
    expect(bare).toContain('一票否决单位：丁镇');
    for (const t of FORMULA_LIKE) expect(bare).toContain(t);
    // Each row adds up on paper: 考核得分 and 加减分 beside the total (乙镇 68 = 68 + 0).
    expect(text).toContain('1 乙镇 68 合格 否 先进 68 0');
    // 扣分情况 quotes the clause that cost the points, never a worksheet row.
    expect(bare).toContain('情报信息迟报、漏报一次扣0.1分：扣0.3分');
    expect(bare).not.toMatch(/第\d+行/);

    const img = readGreyPng(pageImage(pdf, 1, 40, path.join(dir, 'page1')));
    expect(img.width / img.height).toBeCloseTo(210 / 297, 2);
    // Ink in the title band and in the body; none in the side margins (28 mm left, 26 mm right, less a little).
    expect(inkIn(img, 0.2, 0.12, 0.8, 0.2)).toBeGreaterThan(0.01);
    expect(inkIn(img, 0.15, 0.2, 0.85, 0.9)).toBeGreaterThan(0.02);
    expect(inkIn(img, 0, 0, 0.11, 1)).toBe(0);
    expect(inkIn(img, 0.9, 0, 1, 1)).toBe(0);
  });
});

describe('HTML 报告在 Chromium 中', () => {
  test('显示图表，悬停柱子显示分数；没有控制台错误，也没有任何网络请求', async () => {
    const file = path.join(dir, '报告.html');
    const { context, close } = await harness.launchChromium({ viewport: { width: 1200, height: 900 } });
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(String(e)));
      const url = `file://${file}`;
      await page.goto(url);
      const bars = page.locator('.chart svg [ecmeta_data_index]');
      expect(await bars.count()).toBe(5);
      expect(await page.locator('#ranking tbody tr').count()).toBe(5);
      await bars.nth(0).hover();
      await expect(page.locator('#tip').textContent()).resolves.toBe('乙镇：68分，合格，第1名');
      expect(await page.locator('#tip').isVisible()).toBe(true);
      expect(problems).toEqual([]);
      expect(requests.map(decodeURI).filter((u) => u !== url)).toEqual([]);
      expect(fs.readFileSync(file, 'utf8')).not.toMatch(/(src|href)=["']?https?:/);
    } finally {
      await close();
    }
  });
});

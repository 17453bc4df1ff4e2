import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { REPORT_SHEET } from '../../src/report/sheet-plan';
import { kaohe, sha256, tmpDir } from '../helpers/cli';
import { writeWorkbook } from '../helpers/workbook';
import { FORMULA_LIKE, townSheet, TOWNS, writeTowns } from './towns';

jest.setTimeout(60_000);

async function sheetOf(file: string, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet(name)!;
}

describe('kaohe report', () => {
  test('--json 按名次列出各单位；输入的工作簿不被改动', async () => {
    const dir = tmpDir();
    const file = await writeTowns(dir);
    const before = sha256(file);
    const r = await kaohe('report', file, '-o', path.join(dir, '报告.xlsx'), '--json', '--top', '2');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.units.map((u: { unit: string; total: number; tier: string; veto: boolean; rank: number; top: boolean }) =>
      [u.unit, u.total, u.tier, u.veto, u.rank, u.top])).toEqual([
      ['乙镇', 68, '合格', false, 1, true],
      ['甲镇', 64, '合格', false, 2, true],
      ['丙镇', 64, '合格', false, 2, true],
      ['戊镇', 62, '合格', false, 4, false],
      ['丁镇', 72, '一票否决', true, 5, false],
    ]);
    expect(sha256(file)).toBe(before);
  });

  test('报告工作簿：「考核报告」的总分、等次与名次是引用各单位表的公式，各单位表随附其中', async () => {
    const dir = tmpDir();
    const out = path.join(dir, '报告.xlsx');
    expect((await kaohe('report', await writeTowns(dir), '-o', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([REPORT_SHEET, '甲镇', '乙镇', '丙镇', '丁镇', '戊镇']);
    const ws = wb.getWorksheet(REPORT_SHEET)!;
    expect(ws.getRow(3).values).toEqual([undefined, '名次', '单位', '总分', '等次', '一票否决', '考核得分', '加减分', '备注']);
    // The row adds up in the sheet itself: 加减分 is what the live total adds beyond its part.
    expect(ws.getCell('G4').formula).toBe('ROUND(C4-SUM(F4),2)');
    // Row 4 is the first unit, 乙镇: its total is 乙镇's own 合计 cell, and its rank counts the totals above it.
    expect(ws.getCell('B4').value).toBe('乙镇');
    expect(ws.getCell('C4').formula).toBe("'乙镇'!F9");
    expect(ws.getCell('C4').result).toBe(68);
    expect(ws.getCell('D4').formula).toBe("'乙镇'!B10");
    expect(ws.getCell('A4').formula).toMatch(/^IF\(E4="是",.*SUMPRODUCT/);
    expect(wb.getWorksheet('乙镇')!.getCell('F9').formula).toMatch(/SUM/);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '3:3' });
  });

  test('扣分依据以 = + - @ 开头时仍作为文字写入报告，不会变成公式', async () => {
    const dir = tmpDir();
    const out = path.join(dir, '报告.xlsx');
    expect((await kaohe('report', await writeTowns(dir), '-o', out)).code).toBe(0);
    const ws = await sheetOf(out, REPORT_SHEET);
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => {
      if (FORMULA_LIKE.includes(String(c.value))) {
        expect(c.type).toBe(ExcelJS.ValueType.String);
        texts.push(String(c.value));
      }
    }));
    expect(texts.sort()).toEqual([...FORMULA_LIKE].sort());
    for (const ext of ['docx', 'html']) expect((await kaohe('report', path.join(dir, '各镇.xlsx'), '-o', path.join(dir, `报告.${ext}`))).code).toBe(0);
    const html = fs.readFileSync(path.join(dir, '报告.html'), 'utf8');
    for (const t of FORMULA_LIKE) expect(html).toContain(t);
  });

  test('每个单位一个工作簿：以文件名为单位名；文件多时在 stderr 显示进度', async () => {
    const dir = tmpDir();
    const files: string[] = [];
    for (const t of TOWNS) {
      const f = path.join(dir, `${t.name}.xlsx`);
      await writeWorkbook(f, { ...townSheet(t), name: 'Sheet1' });
      files.push(f);
    }
    const r = await kaohe('report', ...files, '--json', '--dense');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).units.map((u: { unit: string; rank: number }) => [u.unit, u.rank])).toEqual([
      ['乙镇', 1], ['甲镇', 2], ['丙镇', 2], ['戊镇', 3], ['丁镇', 4],
    ]);
    expect(r.errLines.filter((l) => l.startsWith('正在读取'))).toHaveLength(5);
  });

  test('分组：--group 列出的单位各组分别排名；写错的单位名是输入错误', async () => {
    const dir = tmpDir();
    const file = await writeTowns(dir);
    const r = await kaohe('report', file, '--json', '--group', '区县:甲镇,乙镇,丁镇', '--group', '市直:丙镇,戊镇');
    expect(JSON.parse(r.out).units.map((u: { group: string; unit: string; rank: number }) => [u.group, u.unit, u.rank])).toEqual([
      ['区县', '乙镇', 1], ['区县', '甲镇', 2], ['区县', '丁镇', 3], ['市直', '丙镇', 1], ['市直', '戊镇', 2],
    ]);
    const bad = await kaohe('report', file, '--json', '--group', '区县:甲镇,乙县');
    expect([bad.code, bad.errLines]).toEqual([2, ['错误：分组中的单位“乙县”不在所给的工作簿中（用 kaohe --help 查看用法）']]);
  });

  test('输入有误时退出码为2，一行中文说明，不留下输出文件', async () => {
    const dir = tmpDir();
    const file = await writeTowns(dir);
    const cases: [string[], string][] = [
      [[file, '-o', path.join(dir, 'r.pdf')], '扩展名应为 .xlsx、.docx 或 .html'],
      [[file], '缺少输出文件'],
      [[file, '-o', path.join(dir, 'r.xlsx'), '--top', '0'], '--top 应为正整数'],
      [[path.join(dir, '没有.xlsx'), '-o', path.join(dir, 'r.xlsx')], '找不到文件'],
      [[file, '-o', file], '输出文件不能与输入文件相同'],
    ];
    for (const [args, text] of cases) {
      const r = await kaohe('report', ...args);
      expect([r.code, r.errLines.length, r.err]).toEqual([2, 1, expect.stringContaining(text)]);
    }
    const empty = path.join(dir, '空.xlsx');
    await writeWorkbook(empty, { name: '说明', cells: [['本工作簿没有评分表']] });
    const none = await kaohe('report', empty, '-o', path.join(dir, 'r.xlsx'));
    expect([none.code, none.err]).toEqual([2, expect.stringContaining('没有找到评分表')]);
    expect(fs.readdirSync(dir).sort()).toEqual(['各镇.xlsx', '空.xlsx']);
  });

  test('评分未完成的单位：JSON、stderr、报告表与 HTML 中都标明“评分未完成”', async () => {
    const dir = tmpDir();
    // 己镇's 扣分“严重” cannot be read: counted as no deduction, and the sheet is incomplete.
    const file = await writeTowns(dir, [TOWNS[0], { name: '己镇', deductions: [['严重', '群众举报'], null, null, null, null] }]);
    const r = await kaohe('report', file, '-o', path.join(dir, '报告.xlsx'), '--json');
    const units = JSON.parse(r.out).units as { unit: string; complete: boolean; rank: number }[];
    expect(units.map((u) => [u.unit, u.rank, u.complete])).toEqual([['己镇', 1, false], ['甲镇', 2, true]]);
    expect(r.errLines).toContain('警告：单位“己镇”评分未完成，报告中已标注“评分未完成”');
    const ws = await sheetOf(path.join(dir, '报告.xlsx'), REPORT_SHEET);
    expect([ws.getCell('B4').value, ws.getCell('H5').value]).toEqual(['己镇', null]);
    expect(ws.getCell('H4').value).toMatch(/^评分未完成：.*“/);
    expect((await kaohe('report', file, '-o', path.join(dir, '报告.html'))).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, '报告.html'), 'utf8')).toMatch(/<tr class="incomplete"><td>1<\/td><td>己镇<\/td>.*评分未完成/);
  });
});

/** The towns' workbook with 甲镇's sheet renamed in workbook.xml: the file format allows a name exceljs refuses. */
async function townsWithSheetNamed(dir: string, name: string): Promise<string> {
  const file = await writeTowns(dir);
  const z = unzipSync(fs.readFileSync(file));
  const wb = new TextDecoder().decode(z['xl/workbook.xml']);
  expect(wb).toContain('name="甲镇"');
  z['xl/workbook.xml'] = new TextEncoder().encode(wb.replace('name="甲镇"', `name="${name}"`));
  fs.writeFileSync(file, zipSync(z));
  return file;
}

describe('kaohe report：不常见的表名与重复的输入', () => {
  test('单位表名以撇号开头（「\'甲镇」，文件格式允许）：报告工作簿照常写出，总分引用该单位表的副本', async () => {
    const dir = tmpDir();
    const file = await townsWithSheetNamed(dir, "'甲镇");
    const out = path.join(dir, '报告.xlsx');
    const r = await kaohe('report', file, '-o', out);
    expect([r.code, r.err]).toEqual([0, '']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([REPORT_SHEET, '甲镇', '乙镇', '丙镇', '丁镇', '戊镇']);
    const ws = wb.getWorksheet(REPORT_SHEET)!;
    const row = [4, 5, 6, 7, 8].find((n) => ws.getCell(`B${n}`).value === "'甲镇") as number;
    expect(ws.getCell(`C${row}`).formula).toBe("'甲镇'!F9");
    expect(ws.getCell(`C${row}`).result).toBe(64);
    expect(wb.getWorksheet('甲镇')!.getCell('F9').formula).toMatch(/SUM/);
  });

  test('同一个文件给了两次：只计一次，stderr 说明', async () => {
    const dir = tmpDir();
    const file = await writeTowns(dir);
    const r = await kaohe('report', file, path.join(dir, '.', '各镇.xlsx'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).units.map((u: { unit: string }) => u.unit)).toEqual(['乙镇', '甲镇', '丙镇', '戊镇', '丁镇']);
    expect(r.errLines).toEqual([`警告：“${path.join(dir, '.', '各镇.xlsx')}”与前面给出的文件是同一个文件，只计一次`]);
  });

  test('一个单位列在两个分组中：输入错误，说出是哪个单位、哪两个分组', async () => {
    const dir = tmpDir();
    const file = await writeTowns(dir);
    const r = await kaohe('report', file, '--json', '--group', '区县:甲镇,乙镇', '--group', '市直:丙镇,甲镇');
    expect([r.code, r.errLines]).toEqual([
      2,
      ['错误：单位“甲镇”同时列在分组“区县”和“市直”中，每个单位只能属于一个分组（用 kaohe --help 查看用法）'],
    ]);
  });
});

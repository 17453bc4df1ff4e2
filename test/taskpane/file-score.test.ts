import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { scoreFile } from '../../src/taskpane/file-score';
import { openXlsx } from '../../src/xlsx';
import { kaohe, tmpDir } from '../helpers/cli';
import { seed000, seed002 } from '../helpers/seed-sheets';
import { writeWorkbook } from '../helpers/workbook';
import { cfb } from '../helpers/cfb';

/*
 * The file mode (the task pane in a plain browser) against `kaohe fill` on the same bytes: the same sheets, totals,
 * tiers and warnings, the same cells written, the same output name, and for a file it cannot read the same line.
 */
const EXAMPLE = path.join(__dirname, '../../examples/lianDaiBaoChuang.xlsx');

function snapshotOf(bytes: Uint8Array, sheet: string) {
  const pkg = openXlsx(bytes);
  if (!pkg.ok) throw new Error(pkg.error.message);
  const s = pkg.value.snapshot(sheet);
  if (!s.ok) throw new Error(s.error.message);
  return { values: s.value.values, formulas: s.value.formulas };
}

/** The file as the CLI reads it from disk: written under `name` in a fresh folder. */
function onDisk(name: string, bytes: Uint8Array): string {
  const file = path.join(tmpDir(), name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('文件模式计分与 kaohe fill 一致', () => {
  test('示例工作簿：区县政法委总分85.5、满分100、等次二类、1条提示，写出的单元格与命令行的输出相同', async () => {
    const bytes = new Uint8Array(fs.readFileSync(EXAMPLE));
    const file = onDisk('lianDaiBaoChuang.xlsx', bytes);
    const cli = await kaohe('fill', file, '--json');
    expect(cli.code).toBe(0);
    const json = JSON.parse(cli.out) as { output: string; sheets: unknown[] };

    const r = scoreFile(bytes, file, { mode: 'formulas', overwrite: false });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.sheets.map((s) => s.report)).toEqual(json.sheets);
    const [sheet] = r.value.sheets;
    expect(sheet.report).toMatchObject({ sheet: '区县政法委', kind: 'deductions', total: 85.5, fullMarks: 100, tier: '二类', complete: true });
    expect(sheet.message).toMatch(/^已填写\d+个单元格：总分85.5分，等次“二类”；有1条提示请核对$/);
    expect(r.value.name).toBe(json.output);
    expect(snapshotOf(r.value.bytes, '区县政法委')).toEqual(snapshotOf(fs.readFileSync(json.output), '区县政法委'));
    expect(r.value.units.map((u) => [u.unit, u.report.total])).toEqual([['区县政法委', 85.5]]);
  });

  test('写数值：得分列是数字而不是公式，总分相同', () => {
    const bytes = new Uint8Array(fs.readFileSync(EXAMPLE));
    const r = scoreFile(bytes, 'lianDaiBaoChuang.xlsx', { mode: 'values', overwrite: false });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.name).toBe('lianDaiBaoChuang.scored.xlsx');
    expect(r.value.sheets[0].report.total).toBe(85.5);
    const again = scoreFile(r.value.bytes, r.value.name, { mode: 'formulas', overwrite: false });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.sheets[0].report.total).toBe(85.5);
    const { formulas } = snapshotOf(r.value.bytes, '区县政法委');
    const col = 'ABCDEFGHIJ'.indexOf(r.value.sheets[0].report.columns.score);
    const item = r.value.sheets[0].report.items[0].row;
    expect(formulas[item - 1]?.[col] ?? null).toBeNull();
  });

  test('两张评分表的工作簿：每张一个结果，也是报告的两个单位', async () => {
    const file = path.join(tmpDir(), '两表.xlsx');
    await writeWorkbook(file, seed000('甲镇'), seed000('乙镇'));
    const r = scoreFile(new Uint8Array(fs.readFileSync(file)), '两表.xlsx', { mode: 'formulas', overwrite: false });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.sheets.map((s) => s.report.sheet)).toEqual(['甲镇', '乙镇']);
    expect(r.value.units.map((u) => u.unit)).toEqual(['甲镇', '乙镇']);
  });

  test('一张评分表缺少扣分列：其余照常计分，这张表列为一行“未计分”，与命令行的警告同句', async () => {
    const file = path.join(tmpDir(), '混合.xlsx');
    await writeWorkbook(file, seed000('甲镇'), seed002(false));
    const cli = await kaohe('fill', file);
    expect(cli.code).toBe(0);
    const r = scoreFile(new Uint8Array(fs.readFileSync(file)), file, { mode: 'formulas', overwrite: false });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.sheets.map((s) => s.report.sheet)).toEqual(['甲镇']);
    expect(r.value.notScored).toHaveLength(1);
    expect(r.value.notScored[0]).toMatch(/^工作表“司法所”未计分：.*扣分/);
    expect(cli.errLines).toContain(`警告：${r.value.notScored[0]}`);
  });
});

describe('文件模式读不了的文件：与命令行同一句中文说明', () => {
  const half = (b: Uint8Array) => b.subarray(0, Math.floor(b.length / 2));
  const cases: [string, string, () => Promise<Uint8Array>, string][] = [
    ['设有打开密码', '加密.xlsx', async () => cfb('EncryptionInfo', 'EncryptedPackage'), '密码'],
    ['改了扩展名的 .xls', '旧版.xlsx', async () => cfb('Workbook'), '旧版 .xls/.et'],
    ['只下载了一半', '半个.xlsx', async () => half(new Uint8Array(fs.readFileSync(EXAMPLE))), '不完整或已损坏'],
    ['不是工作簿的 zip', '文档.xlsx', async () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }), '不是可读取的 Excel 工作簿'],
    ['文本文件', '名单.xlsx', async () => strToU8('单位,总分\n甲镇,95\n'), '不是可读取的 Excel 工作簿'],
    [
      '没有扣分列的评分表',
      '司法所.xlsx',
      async () => {
        const file = path.join(tmpDir(), 'x.xlsx');
        await writeWorkbook(file, seed002(false));
        return new Uint8Array(fs.readFileSync(file));
      },
      '扣分',
    ],
    [
      '没有评分表',
      '空表.xlsx',
      async () => {
        const file = path.join(tmpDir(), 'x.xlsx');
        await writeWorkbook(file, { name: 'Sheet1', cells: [['通知'], ['请于周五前报送']] });
        return new Uint8Array(fs.readFileSync(file));
      },
      '没有找到评分表',
    ],
  ];
  test.each(cases)('%s', async (_what, name, make, says) => {
    const bytes = await make();
    const file = onDisk(name, bytes);
    const cli = await kaohe('fill', file);
    expect(cli.code).toBe(2);
    const r = scoreFile(bytes, file, { mode: 'formulas', overwrite: false });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(`错误：${r.error.message}`).toBe(cli.errLines[0]);
    expect(r.error.message).toContain(says);
    expect(r.error.message).not.toContain('\n');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { snapshotOfFile } from '../helpers/xlsx';
import { formulaAt, valueAt } from '../../src/engine/snapshot';
import { kaohe, sha256, tmpDir } from '../helpers/cli';
import { SEED000_EXPECTED, seed000, seed004 } from '../helpers/seed-sheets';
import { writeWorkbook } from '../helpers/workbook';

async function seedFile(name = '让胡路.xlsx') {
  const dir = tmpDir();
  const file = path.join(dir, name);
  await writeWorkbook(file, seed000(), { name: '说明', cells: [['本工作簿用于2023年度考核'], ['填表人：']] });
  return { dir, file };
}

async function sheetOf(file: string, name = '区委政法委') {
  return snapshotOfFile(file, name);
}

const SCORE_COL = 8;

describe('kaohe fill 的输出', () => {
  test('默认写到输入旁边的“<文件名>.scored.xlsx”，输入文件不变', async () => {
    const { dir, file } = await seedFile();
    const before = sha256(file);
    const r = await kaohe('fill', file);
    expect(r.code).toBe(0);
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['让胡路.scored.xlsx', '让胡路.xlsx']);
  });

  test('没有 --json 时打印中文摘要：总分、满分、等次、警告条数、输出路径', async () => {
    const { dir, file } = await seedFile();
    const r = await kaohe('fill', file);
    const out = path.join(dir, '让胡路.scored.xlsx');
    expect(r.out.trim().split('\n')).toEqual([
      `已计分“${file}”：`,
      '  区委政法委：按扣分计算，总分 33.5，满分 55，等次 合格（默认分档），警告 1 条',
      `已写入“${out}”`,
    ]);
  });

  test('表中没有等次说明时，等次按满分的比例（默认分档）评定：摘要注明，--json 有 tierDefault 和所用分数线', async () => {
    const { file } = await seedFile();
    const sheet = JSON.parse((await kaohe('fill', file, '--json')).out).sheets[0];
    // 33.5 of 55 is 60.9%: 合格 (as points out of 100 it would be 不合格).
    expect([sheet.total, sheet.fullMarks, sheet.tier, sheet.tierDefault]).toEqual([33.5, 55, '合格', true]);
    expect(sheet.tierBands).toBe('默认分档（满分55分的90%、80%、60%）：49.5分以上为优秀，44分以上为良好，33分以上为合格，33分以下为不合格');
  });

  test('警告写到标准错误，一条一行，指出工作表和单元格', async () => {
    const { file } = await seedFile();
    const r = await kaohe('fill', file, '--json');
    expect(r.errLines).toEqual(['警告：工作表“区委政法委” G6：扣分3超过基础分2，按2分扣']);
    expect(JSON.parse(r.out).sheets[0].warnings).toHaveLength(1);
  });

  test('警告很多时只列前30条，再用一行说明另有多少条，--json 里是全部', async () => {
    const fixture = seed000();
    // Every item's 扣分 above its base: one warning per item row, 40 rows of them.
    const extra = Array.from({ length: 40 }, (_, i) => [null, i + 10, '认真开展百案评查工作', '没认真执行的扣2分。', 2, '', 3]);
    fixture.cells.splice(fixture.cells.findIndex((row) => row[0] === '合计'), 0, ...extra);
    const dir = tmpDir();
    const file = path.join(dir, '多警告.xlsx');
    await writeWorkbook(file, fixture);
    const r = await kaohe('fill', file, '--json');
    const all = JSON.parse(r.out).sheets[0].warnings.length;
    expect(all).toBeGreaterThan(40);
    expect(r.errLines).toHaveLength(31);
    expect(r.errLines[30]).toBe(`警告：工作表“区委政法委”另有${all - 30}条警告未列出，完整列表见 --json 输出`);
  });

  test('--json 的结构与 CLI.md 一致，只列出评分表（“说明”工作表不列）', async () => {
    const { dir, file } = await seedFile();
    const out = path.join(dir, '结果.xlsx');
    const r = await kaohe('fill', file, '-o', out, '--json');
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['file', 'output', 'sheets']);
    expect(json).toMatchObject({ file, output: out });
    expect(json.sheets.map((s: { sheet: string }) => s.sheet)).toEqual(['区委政法委']);
    const s = json.sheets[0];
    for (const k of ['sheet', 'headerRow', 'columns', 'items', 'sections', 'adjustments', 'bonus', 'veto', 'total', 'fullMarks', 'tier', 'complete', 'warnings']) {
      expect(s).toHaveProperty(k);
    }
    expect(Object.keys(s.items[0])).toEqual(expect.arrayContaining(['row', 'section', 'base', 'deduction', 'score', 'rule']));
    expect(s.items[0].rule).toMatchObject({ text: expect.any(String), cap: null, clauses: expect.any(Array) });
    expect(Object.keys(s.sections[0])).toEqual(expect.arrayContaining(['name', 'row', 'cap', 'base', 'score']));
  });

  test('默认写入原生公式并缓存计算结果；--values 写入数值', async () => {
    const { dir, file } = await seedFile();
    const withFormulas = path.join(dir, 'f.xlsx');
    const withValues = path.join(dir, 'v.xlsx');
    expect((await kaohe('fill', file, '-o', withFormulas)).code).toBe(0);
    expect((await kaohe('fill', file, '-o', withValues, '--values')).code).toBe(0);
    const f = await sheetOf(withFormulas);
    const v = await sheetOf(withValues);
    for (const [row, score] of Object.entries(SEED000_EXPECTED.items)) {
      expect(formulaAt(f, Number(row), SCORE_COL)).toMatch(/^=/);
      expect(valueAt(f, Number(row), SCORE_COL)).toBe(score);
      expect(formulaAt(v, Number(row), SCORE_COL)).toBeNull();
      expect(valueAt(v, Number(row), SCORE_COL)).toBe(score);
    }
    expect(valueAt(f, SEED000_EXPECTED.totalRow, SCORE_COL)).toBe(SEED000_EXPECTED.total);
  });

  test('计分只写得分等单元格：其他单元格与输入相同', async () => {
    const { dir, file } = await seedFile();
    const out = path.join(dir, 'out.xlsx');
    await kaohe('fill', file, '-o', out);
    const a = await sheetOf(file);
    const b = await sheetOf(out);
    for (let r = 1; r <= a.values.length; r++) {
      for (let c = 1; c < SCORE_COL; c++) expect([r, c, valueAt(b, r, c)]).toEqual([r, c, valueAt(a, r, c)]);
    }
    expect(b.merges).toEqual(a.merges);
    expect(valueAt(b, 1, 1)).toBe('让胡路区委政法委政法工作2023年度绩效考核细则');
  });

  test('对输出再计分一次，得到与第一次相同的工作表（计分两次等于一次）', async () => {
    const { dir, file } = await seedFile();
    const once = path.join(dir, 'once.xlsx');
    const twice = path.join(dir, 'twice.xlsx');
    await kaohe('fill', file, '-o', once);
    const again = await kaohe('fill', once, '-o', twice, '--json');
    expect(again.code).toBe(0);
    expect(await sheetOf(twice)).toEqual(await sheetOf(once));
    expect(JSON.parse(again.out).sheets[0].total).toBe(SEED000_EXPECTED.total);
  });

  test('得分格已有用户自己的数字：默认不覆盖并报告，--overwrite 时覆盖', async () => {
    const fixture = seed000();
    fixture.cells[3][7] = 1.5; // the assessor's own 得分 in H4 (the tool computes 1)
    const dir = tmpDir();
    const file = path.join(dir, 'in.xlsx');
    await writeWorkbook(file, fixture);
    const kept = path.join(dir, 'kept.xlsx');
    const over = path.join(dir, 'over.xlsx');
    const r = await kaohe('fill', file, '-o', kept);
    expect(r.errLines.some((l) => l.includes('H4'))).toBe(true);
    expect(valueAt(await sheetOf(kept), 4, SCORE_COL)).toBe(1.5);
    await kaohe('fill', file, '-o', over, '--overwrite');
    expect(valueAt(await sheetOf(over), 4, SCORE_COL)).toBe(1);
  });

  test('一个工作簿有多张评分表时逐张计分', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'towns.xlsx');
    await writeWorkbook(file, seed000('甲镇'), seed004(true, '乙镇'));
    const r = await kaohe('fill', file, '--json');
    const sheets = JSON.parse(r.out).sheets as { sheet: string; total: number }[];
    expect(sheets.map((s) => [s.sheet, s.total])).toEqual([['甲镇', 33.5], ['乙镇', 69]]);
    expect(r.err).not.toContain('正在计分');
  });
});

describe('kaohe fill 的摘要说明计分方式', () => {
  test('得分直接填写、没有扣分列的表：摘要写“汇总已填得分”，只写合计格', async () => {
    const dir = tmpDir();
    const file = path.join(dir, '安全检查.xlsx');
    await writeWorkbook(file, {
      name: '安全检查',
      cells: [
        ['序号', '考核内容', '满分', '考核标准', '扣分理由', '核定得分'],
        [1, '安全责任制', 10, '未建立扣10分', '责任书缺2份', 8],
        [2, '安全培训', 20, '未培训扣5分', null, 20],
        ['考核得分合计', null, 30, null, null, null],
      ],
    });
    const r = await kaohe('fill', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('  安全检查：汇总已填得分，总分 28，满分 30，等次 优秀（默认分档），警告 0 条');
  });
});

describe('很大的扣分在每种输出中都照原样显示（1E+21，不是 999999999999999900000）', () => {
  test('中文摘要的警告、--json 的警告都写 1E+21', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'in.xlsx');
    const s = seed000();
    s.cells[5][6] = 1e21; // G6, the 扣分 of an item worth 2
    await writeWorkbook(file, s);
    const text = await kaohe('fill', file, '-o', path.join(dir, 'a.xlsx'));
    expect(text.errLines).toContain('警告：工作表“区委政法委” G6：扣分1E+21超过基础分2，按2分扣');
    const json = await kaohe('fill', file, '-o', path.join(dir, 'b.xlsx'), '--json');
    const warnings = (JSON.parse(json.out).sheets[0].warnings as { message: string }[]).map((w) => w.message);
    expect(warnings).toContain('扣分1E+21超过基础分2，按2分扣');
    expect(`${text.out}${text.err}${json.out}${json.err}`).not.toContain('99999999');
  });
});

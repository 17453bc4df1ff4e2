import fs from 'node:fs';
import path from 'node:path';
import { kaohe, sha256, tmpDir } from '../helpers/cli';
import { seed000, seed002 } from '../helpers/seed-sheets';
import { writeWorkbook } from '../helpers/workbook';

const { bigWorkbook, expectedTotal } = require('../../scripts/bench-workbook.js');

/** Exit 2, nothing on stdout, exactly one Chinese line on stderr, no stack trace, and nothing left in the folder. */
function expectBadInput(r: { code: number; out: string; errLines: string[] }) {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.errLines).toHaveLength(1);
  expect(r.errLines[0]).toMatch(/^错误：.*[\u4e00-\u9fff]/);
  expect(r.errLines[0]).not.toMatch(/\bat .*\(|Error:/);
  return r.errLines[0];
}

describe('kaohe fill 遇到错误的输入', () => {
  test('文件不存在：说明找不到文件并给出文件名', async () => {
    const dir = tmpDir();
    const file = path.join(dir, '没有这个文件.xlsx');
    const line = expectBadInput(await kaohe('fill', file));
    expect(line).toBe(`错误：找不到文件“${file}”`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('不是工作簿（一个文本文件）：说明不是 .xlsx 工作簿，不留下输出文件', async () => {
    const dir = tmpDir();
    const file = path.join(dir, '考核.xlsx');
    fs.writeFileSync(file, '考核内容,评分标准,分值,扣分,得分\n');
    const line = expectBadInput(await kaohe('fill', file, '--json'));
    expect(line).toContain(file);
    expect(line).toContain('不是可读取的 Excel 工作簿');
    expect(fs.readdirSync(dir)).toEqual(['考核.xlsx']);
  });

  test('没有一张评分表：说明文件中没有找到评分表及原因', async () => {
    const dir = tmpDir();
    const file = path.join(dir, '通知.xlsx');
    await writeWorkbook(file, { name: '通知', cells: [['关于开展2023年度政法工作考核的通知'], ['各镇、各单位：']] });
    const line = expectBadInput(await kaohe('fill', file));
    expect(line).toContain(`“${file}”中没有找到评分表`);
    expect(line).toContain('表头');
    expect(fs.readdirSync(dir)).toEqual(['通知.xlsx']);
  });

  test('没有工作表的 zip（如改了扩展名的 .docx）不是工作簿', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'empty.xlsx');
    await writeWorkbook(file);
    expect(expectBadInput(await kaohe('fill', file))).toContain(`“${file}”不是可读取的 Excel 工作簿`);
  });

  test('多张工作表都不能计分时，报告最具体的原因：缺少“扣分”列优先于找不到表头', async () => {
    const dir = tmpDir();
    const file = path.join(dir, '司法所.xlsx');
    await writeWorkbook(file, { name: '封面', cells: [['司法所20XX年度目标绩效考核']] }, seed002(false, '考核细则'));
    const line = expectBadInput(await kaohe('fill', file));
    expect(line).toContain(file);
    expect(line).toContain('工作表“考核细则”');
    expect(line).toContain('缺少“扣分”列');
    expect(fs.readdirSync(dir)).toEqual(['司法所.xlsx']);
  });

  test('有的工作表能计分、有的缺列：能计分的照常写出，缺列的作为警告说明', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'mixed.xlsx');
    await writeWorkbook(file, seed000(), seed002(false, '司法所'));
    const r = await kaohe('fill', file, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).sheets.map((s: { sheet: string }) => s.sheet)).toEqual(['区委政法委']);
    expect(r.errLines).toContainEqual(expect.stringMatching(/^警告：工作表“司法所”未计分：.*缺少“扣分”列/));
  });

  test('输出文件与输入文件相同：拒绝，输入文件不变', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'in.xlsx');
    await writeWorkbook(file, seed000());
    const before = sha256(file);
    const line = expectBadInput(await kaohe('fill', file, '-o', path.join(dir, '.', 'in.xlsx')));
    expect(line).toContain('输出文件不能与输入文件相同');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['in.xlsx']);
  });

  test('输出文件夹不存在：说明无法写入，不留下临时文件', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'in.xlsx');
    await writeWorkbook(file, seed000());
    const out = path.join(dir, '没有的文件夹', 'out.xlsx');
    expect(expectBadInput(await kaohe('fill', file, '-o', out))).toBe(`错误：无法写入“${out}”：所在文件夹不存在`);
    expect(fs.readdirSync(dir)).toEqual(['in.xlsx']);
  });

  test('错误的选项：退出码2，一行中文', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'in.xlsx');
    await writeWorkbook(file, seed000());
    expect(expectBadInput(await kaohe('fill', file, '--top', '3'))).toContain('无法识别的选项“--top”');
    expect(expectBadInput(await kaohe('report', file, '-o', 'r.pdf'))).toContain('扩展名应为 .xlsx、.docx 或 .html');
    expect(fs.readdirSync(dir)).toEqual(['in.xlsx']);
  });
});

describe('kaohe fill 处理大工作簿', () => {
  test('超过2000行的评分表在标准错误显示进度，结果照常写出', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'big.xlsx');
    await bigWorkbook(21, 100).xlsx.writeFile(file);
    const r = await kaohe('fill', file, '--json');
    expect(r.code).toBe(0);
    expect(r.errLines[0]).toMatch(/^正在计分 区委政法委 …/);
    expect(r.errLines).toContainEqual(expect.stringMatching(/^正在写入 .*big\.scored\.xlsx …$/));
    const s = JSON.parse(r.out).sheets[0];
    expect(s.items).toHaveLength(2100);
    expect(s.total).toBe(expectedTotal(21, 100));
  });
});

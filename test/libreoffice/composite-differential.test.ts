import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { FixtureCell, SheetFixture } from '../contract/adapter-contract';
import type { SheetReport } from '../../src/engine/sheet-report';
import { kaohe, tmpDir } from '../helpers/cli';
import { writeWorkbook } from '../helpers/workbook';
import { snapshotOfFile } from '../helpers/xlsx';
import { expectSameResults, recalculatedAll } from './soffice';

/**
 * The differential test for composite sheets: random weights (adding up to 100%), rater counts with blanks, trimmed or
 * not, and level marks; each is filled by the command line, recalculated by LibreOffice, and every written formula
 * compared with the engine's number. CI runs a fixed seed (COMPOSITE_DIFF_SEED, COMPOSITE_DIFF_CASES for more).
 */
const CASES = Number(process.env.COMPOSITE_DIFF_CASES ?? 8);
const SEED = Number(process.env.COMPOSITE_DIFF_SEED ?? 20261208);

jest.setTimeout(Math.max(180_000, CASES * 5_000));

const LEVELS = ['优秀(10分)', '良好(8分)', '一般(6分)', '较差(4分)'];
const MARKS = ['√', '✓', '○', 1];

function randomSheet(seed: number): SheetFixture {
  return fc.sample(
    fc.record({
      parts: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 6 }),
      kind: fc.constantFrom('raters', 'levels', 'typed'),
      raters: fc.integer({ min: 2, max: 7 }),
      trimmed: fc.boolean(),
      cells: fc.array(fc.option(fc.integer({ min: 0, max: 1000 }).map((n) => n / 10), { nil: null, freq: 4 }), { minLength: 60, maxLength: 60 }),
      picks: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 6, maxLength: 6 }),
    }),
    { seed, numRuns: 1 },
  ).map(({ parts, kind, raters, trimmed, cells, picks }) => {
    // Weights in whole percent adding up to 100: the last takes what the rounding of the others leaves.
    const whole = parts.reduce((a, b) => a + b, 0);
    const pct = parts.map((p) => Math.max(1, Math.floor((p / whole) * 100)));
    pct[pct.length - 1] = 100 - pct.slice(0, -1).reduce((a, b) => a + b, 0);
    const rows: FixtureCell[][] = [[trimmed ? '综合评分表（去掉一个最高分和一个最低分）' : '综合评分表']];
    if (kind === 'raters') rows.push(['考核指标', '权重', ...Array.from({ length: raters }, (_, i) => `评委${i + 1}`), '得分']);
    else if (kind === 'levels') rows.push(['考核指标', '权重', ...LEVELS, '得分']);
    else rows.push(['考核指标', '权重', '得分']);
    pct.forEach((p, i) => {
      const name = `指标${i + 1}`;
      if (kind === 'raters') rows.push([name, p / 100, ...cells.slice(i * raters, i * raters + raters), null]);
      else if (kind === 'levels') rows.push([name, `${p}%`, ...LEVELS.map((_, k) => (k === picks[i] ? MARKS[(i + k) % MARKS.length] : null)), null]);
      else rows.push([name, p, cells[i] === null ? null : Math.min(100, cells[i] as number)]);
    });
    rows.push(['合计']);
    rows.push(['等次']);
    return { name: '考核表', cells: rows };
  })[0];
}

describe('差分测试：随机综合评分表经 LibreOffice 重算后，与报告逐格一致', () => {
  const outputs: string[] = [];
  const reports: SheetReport[] = [];
  let recalculated: string[] = [];

  beforeAll(async () => {
    const dir = tmpDir();
    for (let i = 0; i < CASES; i++) {
      const input = path.join(dir, `in-${SEED + i}.xlsx`);
      const output = path.join(dir, `out-${SEED + i}.xlsx`);
      await writeWorkbook(input, randomSheet(SEED + i));
      const r = await kaohe('fill', input, '-o', output, '--json');
      if (r.code !== 0) throw new Error(`seed ${SEED + i}: ${r.err}`);
      outputs.push(output);
      reports.push((JSON.parse(r.out).sheets as SheetReport[])[0]);
    }
    recalculated = recalculatedAll(outputs);
  });

  test.each(Array.from({ length: CASES }, (_, i) => [SEED + i, i]))('种子 %i：每个写入的公式重算结果与工具算出的相同，合计即报告总分', (_seed, i) => {
    expect(fs.existsSync(recalculated[i])).toBe(true);
    const mine = snapshotOfFile(outputs[i], '考核表');
    const theirs = snapshotOfFile(recalculated[i], '考核表');
    expect(expectSameResults(mine, theirs)).toBeGreaterThan(0);
    expect(reports[i].kind).toBe('composite');
    expect(theirs.values.flat()).toContain(reports[i].total);
  });
});

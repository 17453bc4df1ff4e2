import fc from 'fast-check';
import { fillSheet } from '../../src/engine/fill';
import { bandExpr, bandScore, voteBands } from '../../src/engine/composite/votes';
import { valueAt, type SheetSnapshot } from '../../src/engine/snapshot';
import { evaluate } from '../excel/fake-formula';
import { applied, sheet } from './sheets';

/**
 * 民主测评 scored by 优秀得票率 bands. The table is the 领导干部民主测评计分表 of test/helpers/composite-forms.ts
 * (党政机关领导干部工作实绩量化考核分值计算, http://biz.doczj.com/doc/0519532276.html: 测评项目 | 优秀票 | 称职票 |
 * 基本称职票 | 不称职票 | 有效票数 | 得分), each item on its own 分值 of 20, with the band note issue 17 quotes
 * (「优秀得票率达到80%以上得满分、60%—80%得…」). 40 valid votes each; 优秀 votes 34 (85%) → 20, 32 (80%, the bound
 * itself) → 20, 28 (70%) → 15, 24 (60%) → 15, 10 (25%) → 5. Total 75 of 100.
 */
const NOTE = '注：各项按优秀得票率计分，优秀得票率达到80%以上得满分，60%—80%得15分，40%—60%得10分，40%以下得5分。';

function bandSheet(note = NOTE, excellent = [34, 32, 28, 24, 10]): SheetSnapshot {
  const names = ['德', '能', '勤', '绩', '廉'];
  return sheet('民主测评表', [
    ['领导干部民主测评计分表', null, null, null, null, null, null, null],
    ['测评项目', '分值', '优秀票', '称职票', '基本称职票', '不称职票', '有效票数', '得分'],
    ...names.map((n, i) => [n, 20, excellent[i], 40 - excellent[i] - 2, 2, 0, 40, null]),
    ['综合得分', 100, null, null, null, null, null, null],
    [note, null, null, null, null, null, null, null],
  ], ['A1:H1', 'A9:H9']);
}

describe('民主测评按说明中的优秀得票率分档计分', () => {
  const s = bandSheet();
  const r = fillSheet(s);
  if (!r.ok) throw new Error(r.error.message);
  const { report, plan } = r.value;

  test('优秀得票率85%、80%得满分20，70%、60%得15分，25%得5分，总分75', () => {
    expect(report.items.map((i) => i.score)).toEqual([20, 20, 15, 15, 5]);
    expect([report.total, report.fullMarks]).toEqual([75, 100]);
    expect(report.composite?.levels?.voteBands).toEqual([
      { from: 80, points: null }, { from: 60, points: 15 }, { from: 40, points: 10 }, { from: 0, points: 5 },
    ]);
  });

  test('写入的得分公式按优秀票×100与分档×有效票比较，算出同样的分数', () => {
    const h3 = plan.cells.find((c) => c.row === 3 && c.col === 8)!;
    expect(h3.formula).toBe('=IF(G3>0,IF(C3*100>=80*G3,B3,IF(C3*100>=60*G3,15,IF(C3*100>=40*G3,10,IF(C3*100>=0*G3,5,0)))),0)');
    const after = applied(s, plan.cells);
    for (const c of plan.cells) expect([c.row, evaluate(c.formula as string, (rr, k) => valueAt(after, rr, k))]).toEqual([c.row, c.value]);
  });

  test('没有分值列时“得满分”无从计分：一句话拒绝', () => {
    const cells = s.values.map((row) => row.filter((_, c) => c !== 1));
    const bad = fillSheet(sheet('民主测评表', cells as never, ['A1:G1', 'A9:G9']));
    expect(!bad.ok && bad.error.message).toBe('找到等次列优秀票、称职票、基本称职票、不称职票和优秀得票率分档，但没有找到“满分”的分值（分值列），无法计分');
  });
});

describe('优秀得票率分档的读法', () => {
  test('“以上”含本数，“以下”从0起，分档从高到低', () => {
    expect(voteBands(['优秀得票率90%以上的得10分；70%-90%的得8分；70%以下不得分'])).toEqual([
      { from: 90, points: 10 }, { from: 70, points: 8 }, { from: 0, points: 0 },
    ]);
    expect(bandScore(27, 30, [{ from: 90, points: 10 }, { from: 70, points: 8 }, { from: 0, points: 0 }], 10)).toBe(10);
    expect(bandScore(0, 0, [{ from: 90, points: 10 }], 10)).toBe(0);
  });

  test('只说“优秀票×100”的公式说明不是分档', () => {
    expect(voteBands(['各项得分=(优秀票×100+称职票×80)÷有效票数'])).toBeNull();
  });
});

describe('性质：分档公式与引擎一致，优秀票越多得分不减', () => {
  const bands = voteBands([NOTE])!;
  test('任意有效票数与优秀票数（含恰在分档线上的）：写入的公式算出引擎的分数', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (a, b) => {
      const [excellent, valid] = [Math.min(a, b), Math.max(a, b)];
      const cells: Record<string, number> = { C3: excellent, G3: valid, B3: 20 };
      const got = evaluate(`=${bandExpr('C3', 'G3', bands, 'B3')}`, (r, c) => cells[`${'ABCDEFG'[c - 1]}${r}`] ?? null);
      expect(got).toBe(bandScore(excellent, valid, bands, 20));
      if (excellent < valid) expect(bandScore(excellent + 1, valid, bands, 20)).toBeGreaterThanOrEqual(bandScore(excellent, valid, bands, 20));
    }));
  });
});

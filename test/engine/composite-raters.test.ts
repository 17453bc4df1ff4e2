import fc from 'fast-check';
import { raterScore } from '../../src/engine/composite/raters';
import { fillSheet } from '../../src/engine/fill';
import { valueAt, type CellValue } from '../../src/engine/snapshot';
import { evaluate } from '../excel/fake-formula';
import { applied, sheet } from './sheets';

/**
 * 德、能、勤、绩、廉 (15% · 10% · 30% · 30% · 15%) marked by several raters whose marks are averaged: 「本处(室)人员互评
 * 得分=(德+能+勤+绩+廉的得分/参评人数)×55%」 (fsou.net/html/text/lar/172717/17271719_5.html). Where the sheet says
 * 「去掉一个最高分、去掉一个最低分后的平均分」 (the rule as wesiedu.com publishes it for a judged contest,
 * www.wesiedu.com/s/公式计算出每位考生在去掉一个最高分-去掉一个最低分后的平均分.html), each item's score is the trimmed mean.
 */
const MARKS: (number | string | null)[][] = [
  [90, 95, 88, 92, 85],
  [80, 85, 90, null, 75],
  [88, 88, 90, 86, 87],
  [92, null, null, null, null],
  [100, 95, 98, 96, 97],
];

function raterForm(note: string | null, marks = MARKS) {
  const names = ['德', '能', '勤', '绩', '廉'];
  const weights = [0.15, 0.1, 0.3, 0.3, 0.15];
  return sheet('互评表', [
    ['考核要素', '权重', '评委打分', null, null, null, null, '得分'],
    [null, null, '评委1', '评委2', '评委3', '评委4', '评委5', null],
    ...names.map((n, i) => [n, weights[i], ...marks[i], null] as CellValue[]),
    ['综合得分', null, null, null, null, null, null, null],
    ...(note ? [[note]] : []),
  ], ['A1:A2', 'B1:B2', 'C1:G1', 'H1:H2']);
}

const filled = (r: ReturnType<typeof fillSheet>) => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('多位评委：各项得分取评委平均分', () => {
  test('不去最高最低：各项为已打分评委的平均分，空格不算评委', () => {
    const { report, plan } = filled(fillSheet(raterForm(null)));
    // 德 450/5 = 90; 能 330/4 = 82.5; 勤 439/5 = 87.8; 绩 92/1 = 92; 廉 486/5 = 97.2
    expect(report.items.map((i) => i.score)).toEqual([90, 82.5, 87.8, 92, 97.2]);
    // 13.5 + 8.25 + 26.34 + 27.6 + 14.58 = 90.27
    expect([report.total, report.tier, report.composite?.raters]).toEqual([90.27, '优秀', { columns: ['C', 'D', 'E', 'F', 'G'], rule: 'mean' }]);
    expect(plan.cells.filter((c) => c.col === 8).map((c) => [c.row, c.value])).toEqual([[3, 90], [4, 82.5], [5, 87.8], [6, 92], [7, 97.2], [8, 90.27]]);
  });

  test('说明写“去掉一个最高分、去掉一个最低分”：取去掉最高最低后的平均；评委不足3位时按平均分并提示', () => {
    const { report } = filled(fillSheet(raterForm('注：评分办法为各评委打分去掉一个最高分、去掉一个最低分后的平均分。')));
    // 德 (450−95−85)/3 = 90; 能 (330−90−75)/2 = 82.5; 勤 (439−90−86)/3 = 87.67; 绩 92 (one rater); 廉 (486−100−95)/3 = 97
    expect(report.items.map((i) => i.score)).toEqual([90, 82.5, 87.67, 92, 97]);
    // 13.5 + 8.25 + 26.301 + 27.6 + 14.55 = 90.201
    expect([report.total, report.composite?.raters?.rule, report.complete]).toEqual([90.2, 'trimmed', true]);
    expect(report.warnings.map((w) => [w.row, w.code, w.message])).toEqual([[6, 'RATERS_TOO_FEW', '只有1位评委打分，不足以“去掉一个最高分和一个最低分”，按1位评委的平均分计']]);
  });

  test('写入的公式按评委格算出与报告相同的得分与合计', () => {
    const s = raterForm('去掉一个最高分和一个最低分');
    const { plan, report } = filled(fillSheet(s));
    const after = applied(s, plan.cells);
    for (const c of plan.cells) expect([c.row, evaluate(c.formula as string, (r, k) => valueAt(after, r, k))]).toEqual([c.row, c.value]);
    expect(report.total).toBe(90.2);
  });

  test('某项没有任何评委打分：按0分计，提示，评分未完成', () => {
    const marks = MARKS.map((m, i) => (i === 1 ? [null, null, null, null, null] : m));
    const { report } = filled(fillSheet(raterForm(null, marks)));
    expect([report.items[1].score, report.complete, report.warnings.map((w) => w.code)]).toEqual([0, false, ['RATERS_EMPTY']]);
  });

  test('评委格填了文字（“良好”）：一句话拒绝，指出单元格与评委', () => {
    const marks = MARKS.map((m, i) => (i === 1 ? [80, 85, '良好', null, 75] : m));
    const r = fillSheet(raterForm(null, marks));
    expect(!r.ok && [r.error.code, r.error.message]).toEqual(['RATER_NOT_A_NUMBER', 'E4（评委3）填的是“良好”，不是数字：这一列只能填数字或留空']);
  });

  test('有评委列却没有得分列：一句话拒绝，说出找到了什么', () => {
    const r = fillSheet(sheet('考核表', [
      ['考核内容', '评委1', '评委2', '评委3', '评委4', '评委5'],
      ['组织领导', 9, 8, 9, 10, 8],
    ]));
    expect(!r.ok && r.error.message).toBe('找到评委1…评委5，但没有找到写入结果的“得分”列，无法计分');
  });
});

describe('性质：评委打分', () => {
  const mark = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);
  test('去掉最高最低的平均分 = (合计 − 最高 − 最低) ÷ (人数 − 2)，在最低与最高之间；写入的公式算出同一个数', () => {
    fc.assert(fc.property(fc.array(fc.option(mark, { nil: null }), { minLength: 3, maxLength: 9 }), fc.boolean(), (row, trimmed) => {
      const marks = row.filter((x): x is number => x !== null);
      const r = raterScore(marks, trimmed);
      if (marks.length > 0) {
        expect(r.score).toBeGreaterThanOrEqual(Math.min(...marks) - 0.005);
        expect(r.score).toBeLessThanOrEqual(Math.max(...marks) + 0.005);
      }
      const headers = row.map((_, i) => `评委${i + 1}`);
      const title = trimmed ? '评委打分表（去掉一个最高分和一个最低分）' : '评委打分表';
      const s = sheet('随机', [[title], ['考核内容', ...headers, '得分'], ['工作实绩', ...row, null]]);
      const out = fillSheet(s);
      if (!out.ok) throw new Error(out.error.message);
      const cell = out.value.plan.cells.find((c) => c.row === 3)!;
      expect(cell.value).toBe(r.score);
      expect(evaluate(cell.formula as string, (rr, k) => valueAt(s, rr, k))).toBe(r.score);
      return true;
    }), { numRuns: 80 });
  });
});

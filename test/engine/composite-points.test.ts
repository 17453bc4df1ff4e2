import { fillSheet } from '../../src/engine/fill';
import { valueAt, type CellValue } from '../../src/engine/snapshot';
import { evaluate } from '../excel/fake-formula';
import { applied, sheet } from './sheets';

/**
 * Seed 000's 昭通市政法综治宣传信息工作考核办法: 「中央党政选载一条得50分；政法综治委办选载一条得40分；省党政选载一条得30分，
 * 省政法综治选载一条得20分；市党政选载一条得10分，…内参、调研一条得5分、简报信息一条得2分。被党政领导批示的得双倍分。」
 * One row per level with its points per piece, the pieces published and how many a leader commented on (批示).
 */
function zhaoTong(counts: [CellValue, CellValue][]) {
  const levels: [string, number][] = [['中央党政选载', 50], ['政法综治委办选载', 40], ['省党政选载', 30], ['省政法综治选载', 20], ['市党政选载', 10], ['内参、调研', 5], ['简报信息', 2]];
  return sheet('信息宣传', [
    ['政法综治宣传信息工作考核计分表（简报内刊）'],
    ['刊载媒体', '每条分值', '条数', '批示条数', '得分'],
    ...levels.map(([n, p], i) => [n, p, counts[i][0], counts[i][1], null]),
    ['合计', null, null, null, null],
    ['注：被党政领导批示的得双倍分。'],
  ]);
}

const COUNTS: [CellValue, CellValue][] = [[null, null], [1, null], [2, 1], [3, null], [4, 2], [6, null], [15, 3]];

describe('按级别累加计分：每条分值 × 条数，批示的得双倍分', () => {
  test('各级得分与合计', () => {
    const s = zhaoTong(COUNTS);
    const r = fillSheet(s);
    if (!r.ok) throw new Error(r.error.message);
    const { report, plan } = r.value;
    // 0; 40; (2+1)×30 = 90; 60; (4+2)×10 = 60; 30; (15+3)×2 = 36 → 316
    expect(report.items.map((i) => i.score)).toEqual([0, 40, 90, 60, 60, 30, 36]);
    expect([report.kind, report.composite?.mechanisms, report.total, report.fullMarks, report.tier]).toEqual(['composite', ['points'], 316, 0, '未定等次']);
    const after = applied(s, plan.cells);
    for (const c of plan.cells) expect([c.row, evaluate(c.formula as string, (rr, k) => valueAt(after, rr, k))]).toEqual([c.row, c.value]);
  });

  test('批示列打√时该级得分加倍', () => {
    const s = sheet('信息宣传', [
      ['刊载媒体', '每条分值', '条数', '领导批示', '得分'],
      ['省党政选载', 30, 2, '√', null],
      ['市党政选载', 10, 3, null, null],
      ['合计', null, null, null, null],
    ]);
    const r = fillSheet(s);
    if (!r.ok) throw new Error(r.error.message);
    expect([r.value.report.items.map((i) => i.score), r.value.report.total]).toEqual([[120, 30], 150]);
  });

  test('条数填了文字：一句话拒绝', () => {
    const r = fillSheet(zhaoTong(COUNTS.map((c, i) => (i === 1 ? ['一条', null] : c))));
    expect(!r.ok && r.error.message).toBe('C4（条数）填的是“一条”，不是数字：这一列只能填数字或留空');
  });
});

describe('不是累加计分的表', () => {
  test('“篇数”列旁有“扣分”列：按扣分表计分（每少一篇扣2分）', () => {
    const r = fillSheet(sheet('信息报送', [
      ['考核内容', '评分标准', '分值', '篇数', '扣分', '得分'],
      ['信息报送', '每少一篇扣2分', 10, 2, 4, null],
      ['合计', null, 10, null, null, null],
    ]));
    if (!r.ok) throw new Error(r.error.message);
    expect([r.value.report.kind, r.value.report.total]).toEqual(['deductions', 6]);
  });
});

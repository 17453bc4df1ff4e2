import { fillSheet } from '../../src/engine/fill';
import { valueAt, type CellValue } from '../../src/engine/snapshot';
import { evaluate } from '../excel/fake-formula';
import { applied, sheet } from './sheets';

/**
 * 考核评分标准说明表 (xout.cn/jxfw/202507/276881.html): 五级评分制 优秀(5分) · 良好(4分) · 合格(3分) · 需改进(2分) ·
 * 不合格(1分), indicators 工作质量 · 工作效率 · 团队协作 · 创新能力 · 完成度 · 责任心, weights 「“工作质量”占比30%，“团队协作”
 * 占比20%等」 (the other four are ours: 15%, 10%, 15%, 10%). The assessor ticks one level per indicator.
 */
const INDICATORS: [string, number][] = [['工作质量', 0.3], ['工作效率', 0.15], ['团队协作', 0.2], ['创新能力', 0.1], ['完成度', 0.15], ['责任心', 0.1]];
const LEVELS = ['优秀(5分)', '良好(4分)', '合格(3分)', '需改进(2分)', '不合格(1分)'];

function ticked(marks: (CellValue[] | null)[]) {
  return sheet('评分说明表', [
    ['考核评分表（五级评分制）'],
    ['考核指标', '权重', ...LEVELS, '得分'],
    ...INDICATORS.map(([n, w], i) => [n, w, ...(marks[i] ?? [null, null, null, null, null]), null]),
    ['合计', null, null, null, null, null, null, null],
  ]);
}

// 良好 · 优秀 · 合格 · 良好 · 优秀 · 良好, ticked with √ ✓ √ ○ 1 √
const MARKS: CellValue[][] = [
  [null, '√', null, null, null],
  ['✓', null, null, null, null],
  [null, null, '√', null, null],
  [null, '○', null, null, null],
  [1, null, null, null, null],
  [null, '√', null, null, null],
];

const filled = (r: ReturnType<typeof fillSheet>) => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('评定等次：在等次列打√', () => {
  test('各项得分为所标等次的分值，总分按权重折成百分', () => {
    const { report, plan } = filled(fillSheet(ticked(MARKS)));
    expect(report.items.map((i) => i.score)).toEqual([4, 5, 3, 4, 5, 4]);
    // 4/5×30 + 5/5×15 + 3/5×20 + 4/5×10 + 5/5×15 + 4/5×10 = 24 + 15 + 12 + 8 + 15 + 8 = 82
    expect([report.total, report.fullMarks, report.tier, report.complete]).toEqual([82, 100, '良好', true]);
    expect(report.composite?.mechanisms).toEqual(['weights', 'levels']);
    const s = applied(ticked(MARKS), plan.cells);
    for (const c of plan.cells) expect([c.row, c.col, evaluate(c.formula as string, (r, k) => valueAt(s, r, k))]).toEqual([c.row, c.col, c.value]);
  });

  test('某项没有标记等次：按0分计，提示，评分未完成', () => {
    const { report } = filled(fillSheet(ticked(MARKS.map((m, i) => (i === 2 ? null : m)))));
    expect([report.items[2].score, report.total, report.complete]).toEqual([0, 70, false]);
    expect(report.warnings.map((w) => [w.row, w.code])).toEqual([[5, 'LEVEL_NONE']]);
  });

  test('一项标了两个等次：一句话拒绝，说出是哪一行的哪两个等次', () => {
    const r = fillSheet(ticked(MARKS.map((m, i) => (i === 1 ? ['✓', '√', null, null, null] : m))));
    expect(!r.ok && [r.error.code, r.error.message]).toEqual(['LEVEL_MARKED_TWICE', '第4行“工作效率”同时标记了“优秀”“良好”：每项只能标记一个等次']);
  });

  test('等次列没有分值（表头只写“优秀”“良好”……）也没有评定列：一句话拒绝', () => {
    const s = sheet('无分值', [
      ['考核指标', '优秀', '良好', '一般', '较差', '得分'],
      ['工作实绩', '√', null, null, null, null],
    ]);
    const r = fillSheet(s);
    expect(!r.ok && r.error.message).toBe('找到等次列优秀、良好、一般、较差，但没有找到各等次的分值，无法计分');
  });
});

describe('评定等次：在“评定”格写等次', () => {
  const rows = (words: (string | null)[]) => sheet('评定', [
    ['考核指标', '分值', '优秀(100%)', '良好(80%)', '一般(60%)', '较差(40%)', '评定', '得分'],
    ['政治素质', 20, null, null, null, null, words[0], null],
    ['业务能力', 30, null, null, null, null, words[1], null],
    ['工作实绩', 50, null, null, null, null, words[2], null],
    ['合计', 100, null, null, null, null, null, null],
  ]);

  test('得分为该等次占分值的比例：优秀100%、良好80%……', () => {
    const { report, plan } = filled(fillSheet(rows(['优秀', '良好', '一般'])));
    // 20 + 24 + 30 = 74
    expect([report.items.map((i) => i.score), report.total, report.fullMarks]).toEqual([[20, 24, 30], 74, 100]);
    const s = applied(rows(['优秀', '良好', '一般']), plan.cells);
    for (const c of plan.cells) expect([c.row, evaluate(c.formula as string, (r, k) => valueAt(s, r, k))]).toEqual([c.row, c.value]);
  });

  test('评定写了表中没有的等次：按0分计并提示', () => {
    const { report } = filled(fillSheet(rows(['优秀', '称职', '一般'])));
    expect([report.items[1].score, report.complete, report.warnings[0].message]).toEqual([0, false, '“评定”格填的是“称职”，不是本表的等次（优秀、良好、一般、较差），按0分计算，评分未完成']);
  });
});

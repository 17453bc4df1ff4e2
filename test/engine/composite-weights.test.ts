import fc from 'fast-check';
import { fillSheet } from '../../src/engine/fill';
import { valueAt } from '../../src/engine/snapshot';
import { evaluate } from '../excel/fake-formula';
import { readWeight, weightInLabel, weightSum } from '../../src/engine/composite/weights';
import { applied, sheet } from './sheets';

/**
 * 德、能、勤、绩、廉 weighted 15% · 10% · 30% · 30% · 15%, each scored on 100 (工作人员考核要素量化评分表, a provincial
 * department's 考核 rules, fsou.net/html/text/lar/172717/17271719_5.html: 「“德、能、勤、绩、廉”五个方面各评价内容所占比重
 * 分别为“15%、10%、30%、30%、15%”」, levels 优秀 (100, 95, 90) · 称职 (85, 80, 75) · 基本称职 (70, 65, 60) · 不称职 (55),
 * written here as the bands of its note). As published: one row per 要素 with its weight, the assessor's score beside it.
 */
function deNengQinJiLian(weights: (number | string)[] = [0.15, 0.1, 0.3, 0.3, 0.15], scores: (number | string | null)[] = [92, 85, 88, 90, 95]) {
  const names = ['德', '能', '勤', '绩', '廉'];
  const texts = ['政治坚定，遵纪守法', '业务精通，能力突出', '爱岗敬业，勤勉尽责', '完成任务的数量、质量和效率', '廉洁自律，秉公用权'];
  return sheet('考核要素量化评分表', [
    ['工作人员考核要素量化评分表'],
    ['考核要素', '权重', '评价内容', '得分'],
    ...names.map((n, i) => [n, weights[i], texts[i], scores[i]]),
    ['综合得分', null, null, null],
    ['考核等次', null, null, null],
    ['注：综合得分90分以上为优秀，75分以上为称职，60分以上为基本称职，60分以下为不称职。'],
  ], ['A1:D1', 'A10:D10']);
}

const ok = (r: ReturnType<typeof fillSheet>) => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('权重：每项按自己的权重计入总分', () => {
  test('德能勤绩廉（15%·10%·30%·30%·15%）：综合得分 = Σ得分×权重，写入合计格并定等次', () => {
    const { report, plan } = ok(fillSheet(deNengQinJiLian()));
    // 92×15% + 85×10% + 88×30% + 90×30% + 95×15% = 13.8 + 8.5 + 26.4 + 27 + 14.25 = 89.95
    expect([report.kind, report.total, report.fullMarks, report.tier, report.complete]).toEqual(['composite', 89.95, 100, '称职', true]);
    expect(report.composite?.weights?.map((w) => [w.name, w.weight, w.weighted])).toEqual([
      ['德', 0.15, 13.8], ['能', 0.1, 8.5], ['勤', 0.3, 26.4], ['绩', 0.3, 27], ['廉', 0.15, 14.25],
    ]);
    expect(plan.cells.map((c) => [c.row, c.col, c.value])).toEqual([[8, 4, 89.95], [9, 2, '称职']]);
    expect(plan.cells[0].formula).toContain('B3');
    expect(report.warnings).toEqual([]);
  });

  test('写入的合计公式按表中权重格与得分格算出同一个数，改动权重后随之变化', () => {
    const s = deNengQinJiLian();
    const { plan } = ok(fillSheet(s));
    const after = applied(s, plan.cells);
    const total = plan.cells[0].formula as string;
    expect(evaluate(total, (r, c) => valueAt(after, r, c))).toBe(89.95);
    // 勤 40%, 绩 20%: 13.8 + 8.5 + 35.2 + 18 + 14.25 = 89.75
    expect(evaluate(total, (r, c) => (r === 5 && c === 2 ? 0.4 : r === 6 && c === 2 ? 0.2 : valueAt(after, r, c)))).toBe(89.75);
  });

  test('权重写成“15%”文字或整数15，与小数0.15计算相同', () => {
    expect(ok(fillSheet(deNengQinJiLian(['15%', '10%', '30%', '30%', '15%']))).report.total).toBe(89.95);
    expect(ok(fillSheet(deNengQinJiLian([15, 10, 30, 30, 15]))).report.total).toBe(89.95);
  });

  test('得分未填：按0分计，提示该项，评分未完成', () => {
    const { report } = ok(fillSheet(deNengQinJiLian(undefined, [92, 85, null, 90, 95])));
    expect([report.total, report.complete]).toEqual([63.55, false]);
    expect(report.warnings.map((w) => [w.row, w.code])).toEqual([[5, 'SCORE_EMPTY']]);
  });

  test('权重合计90%：一句话拒绝，说出合计，不写任何格', () => {
    const r = fillSheet(deNengQinJiLian([0.15, 0.1, 0.3, 0.2, 0.15]));
    expect(!r.ok && [r.error.code, r.error.message]).toEqual(['WEIGHTS_NOT_FULL', '各项权重合计90%，不是100%：请核对权重后再填写']);
  });

  test('权重合计99.9%（33.3%×3的取整）：照算并提示，满分99.9', () => {
    const s = sheet('三项', [
      ['考核指标', '权重', '得分'],
      ['工作实绩', '33.3%', 90],
      ['工作作风', '33.3%', 80],
      ['廉洁自律', '33.3%', 100],
      ['合计', null, null],
    ]);
    const { report } = ok(fillSheet(s));
    expect([report.total, report.fullMarks]).toEqual([89.91, 99.9]);
    expect(report.warnings.map((w) => w.code)).toEqual(['WEIGHTS_NEAR_FULL']);
  });

  test('权重格填的不是权重（“重要”）：一句话拒绝，指出单元格', () => {
    const r = fillSheet(deNengQinJiLian([0.15, '重要', 0.3, 0.3, 0.15]));
    expect(!r.ok && [r.error.code, r.error.message]).toEqual(['WEIGHT_UNREADABLE', 'B4的权重“重要”不是百分比或小数：请改为如40%或0.4后再填写']);
  });
});

/**
 * 2012年度镇街、功能区党政领导干部绩效考核赋分表 (瑞安市, wzdkw.gov.cn/system/2012/05/28/011038209_05.shtml): 项目 | 分值 |
 * 内容与要求, each 项目 on its own scale (重要项目考核 600, 市四套班子主要领导评价 200, 民主测评 200 of 1000). Rebuilt as
 * a weighted form: each 项目 scored on its own 满分, weighted 60% · 20% · 20%.
 */
describe('权重：各项按自己的满分计分', () => {
  test('得分按各项满分折成百分后乘权重', () => {
    const s = sheet('赋分表', [
      ['项目', '满分', '权重', '得分'],
      ['重要项目考核', 600, '60%', 540],
      ['市四套班子主要领导评价', 200, '20%', 196],
      ['民主测评', 200, '20%', 190],
      ['合计', null, null, null],
    ]);
    const { report, plan } = ok(fillSheet(s));
    // 540/600×60 + 196/200×20 + 190/200×20 = 54 + 19.6 + 19 = 92.6
    expect([report.total, report.fullMarks, report.tier]).toEqual([92.6, 100, '优秀']);
    expect(plan.cells[0].formula).toContain('*100/B2');
  });
});

/**
 * Two-level: 一级指标 weighted, 二级指标 weighted within it (分管领导评价 20% · 干部职工评价 40% · 考核组评价 40%, each
 * made of 工作任务量 30% · 工作效率 30% · 工作完成情况 40%: 党政机关领导干部工作实绩量化考核分值计算,
 * biz.doczj.com/doc/0519532276.html).
 */
describe('两级权重：一级指标与二级指标各有权重', () => {
  const rows = (scores: number[]) => {
    const groups = ['分管领导评价', '干部职工评价', '考核组评价'];
    const gw = ['20%', '40%', '40%'];
    const subs = ['工作任务量', '工作效率', '工作完成情况'];
    const sw = ['30%', '30%', '40%'];
    const out: (string | number | null)[][] = [['一级指标', '权重', '二级指标', '权重', '得分', '加权得分']];
    groups.forEach((g, i) => subs.forEach((x, k) => out.push([k === 0 ? g : null, k === 0 ? gw[i] : null, x, sw[k], scores[i * 3 + k], null])));
    out.push(['综合得分', null, null, null, null, null]);
    return sheet('实绩量化', out, ['A2:A4', 'B2:B4', 'A5:A7', 'B5:B7', 'A8:A10', 'B8:B10']);
  };

  test('二级权重在各一级指标内合计100%：有效权重 = 一级×二级，加权得分逐项写入', () => {
    const scores = [100, 80, 100, 80, 80, 100, 60, 100, 80];
    const { report, plan } = ok(fillSheet(rows(scores)));
    // 分管领导: 100×.3+80×.3+100×.4 = 94 → ×20% = 18.8; 干部职工: 24+24+40 = 88 → ×40% = 35.2;
    // 考核组: 18+30+32 = 80 → ×40% = 32. Total 86.
    expect(report.total).toBe(86);
    expect(report.sections.map((x) => [x.name, x.cap, x.score])).toEqual([['分管领导评价', 20, 18.8], ['干部职工评价', 40, 35.2], ['考核组评价', 40, 32]]);
    expect(plan.cells.filter((c) => c.col === 6).map((c) => c.value)).toEqual([6, 4.8, 8, 9.6, 9.6, 16, 7.2, 12, 12.8, 86]);
  });
});

describe('权重写在名称里', () => {
  test('「日常工作评价（20%）」「年终考核（70%）」「领导小组办公室评议（10%）」：按名称中的占比计', () => {
    const s = sheet('依法行政', [
      ['考核项目', '得分'],
      ['日常工作评价（20%）', 90],
      ['年终考核（70%）', 85],
      ['领导小组办公室评议（10%）', 95],
      ['总分', null],
    ]);
    const { report } = ok(fillSheet(s));
    expect([report.total, report.composite?.weights?.map((w) => w.name)]).toEqual([87, ['日常工作评价', '年终考核', '领导小组办公室评议']]);
  });
});

describe('性质：权重读法与合计', () => {
  test('百分数、小数与整数写法读出同一权重', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99 }), (p) => {
      const f = readWeight(`${p}%`, false)!.fraction;
      return f === p / 100 && (p === 1 || readWeight(p, false)!.fraction === f) && weightInLabel(`工作实绩（${p}%）`) === f;
    }));
  });

  test('随机权重（合计100%）与随机得分：总分等于逐项得分×权重之和，写入的公式算出同一个数', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 2, maxLength: 8 }),
      fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 8, maxLength: 8 }),
      (parts, raw) => {
        const whole = parts.reduce((a, b) => a + b, 0);
        const pct = parts.map((p, i) => (i === parts.length - 1 ? 100 - parts.slice(0, -1).reduce((a, q) => a + Math.round((q / whole) * 100), 0) : Math.round((p / whole) * 100)));
        if (pct.some((p) => p <= 0)) return true;
        const scores = pct.map((_, i) => raw[i] / 100);
        const s = sheet('随机', [['考核指标', '权重', '得分'], ...pct.map((p, i) => [`指标${i + 1}`, p / 100, scores[i]]), ['合计', null, null]]);
        const { report, plan } = ok(fillSheet(s));
        const expected = Math.round(pct.reduce((a, p, i) => a + p * scores[i], 0)) / 100;
        expect(report.total).toBeCloseTo(expected, 9);
        expect(weightSum(pct.map((p) => p / 100)).kind).toBe('full');
        const after = applied(s, plan.cells);
        expect(evaluate(plan.cells[0].formula as string, (r, c) => valueAt(after, r, c))).toBe(report.total);
        return true;
      },
    ), { numRuns: 60 });
  });
});

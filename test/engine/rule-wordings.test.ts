import fc from 'fast-check';
import { fillSheet } from '../../src/engine/fill';
import { deductionFor, describeRule, parseRule } from '../../src/engine/rules';
import { sheet } from './sheets';

/**
 * Wordings where the amount stands before its verb (按每次0.5分扣减), ranges without a verb (每处1-2分), steps other
 * than one (每低10%扣2分), and a clause's own cap beside other clauses, read alike by KH.DEDUCT, the scorer and the
 * formulas written for a 次数 column.
 */
const cents = fc.integer({ min: 1, max: 2000 });
const units = fc.constantFrom('次', '处', '项', '例', '人次', '件', '篇', '起', '份', '条');
const verbs = fc.constantFrom('扣减', '扣除', '扣分', '扣', '减分');
const onlyClause = (text: string) => {
  const rule = parseRule(text);
  expect(rule.clauses).toHaveLength(1);
  return { rule, clause: rule.clauses[0] };
};

describe('分值写在动词前：按每次0.5分扣减、每次按0.5分扣除、按0.2分/次扣分、每发现一处按1分扣', () => {
  test.each([
    ['按每次0.5分扣减', 0.5, '次'],
    ['未按时上报的，每次按0.5分扣除', 0.5, '次'],
    ['迟到按0.2分/次扣分。', 0.2, '次'],
    ['每发现一处按1分扣', 1, '处'],
    ['资料不全的，按每项0.5分扣分，扣完为止', 0.5, '项'],
  ])('「%s」按次扣 %s 分，计数单位“%s”', (text, points, per) => {
    expect(onlyClause(text).clause).toMatchObject({ kind: 'deduct', points, per, cap: null, range: null });
  });

  test('按每处1-2分扣分：每处1至2分，由考核人员判断', () => {
    expect(onlyClause('按每处1-2分扣分').clause).toMatchObject({ kind: 'manual', points: null, per: '处', range: [1, 2] });
  });

  test('按1分扣完为止、按0分计都不是按次扣分', () => {
    expect(parseRule('按1分扣完为止').clauses).toEqual([]);
    expect(onlyClause('按0分计').clause.kind).toBe('zero');
  });

  test('性质：任意单位、分值和写法，按次数计算的扣分都是 p × 次数', () => {
    const forms = fc.constantFrom(
      (u: string, p: number, v: string) => `按每${u}${p}分${v}`,
      (u: string, p: number, v: string) => `每${u}按${p}分${v}`,
      (u: string, p: number, v: string) => `按${p}分/${u}${v}`,
      (u: string, p: number, v: string) => `每发现一${u}按${p}分${v}`,
    );
    fc.assert(
      fc.property(cents, units, verbs, forms, fc.integer({ min: 0, max: 50 }), (pc, unit, verb, form, count) => {
        const p = pc / 100;
        const { rule, clause } = onlyClause(form(unit, p, verb));
        expect(clause).toMatchObject({ kind: 'deduct', points: p, per: unit });
        expect(deductionFor(rule, count)).toEqual({ ok: true, value: (pc * count) / 100 });
      }),
    );
  });
});

describe('没有动词的按次范围：每处1-2分、每项0.5-1分', () => {
  test('「不规范的每项0.5-1分，最多扣3分」：每项0.5至1分，上限3分，需人工判断', () => {
    const rule = parseRule('不规范的每项0.5-1分，最多扣3分');
    expect(rule.clauses).toMatchObject([{ kind: 'manual', per: '项', range: [0.5, 1] }]);
    expect(rule.cap).toBe(3);
    expect(describeRule(rule)).toBe('每项扣0.5–1分（需人工判断）；上限3分');
    expect(deductionFor(rule, 2)).toMatchObject({ ok: false, error: { code: 'FN_MANUAL_RULE' } });
  });

  test('性质：每<单位><下限>-<上限>分，读成该单位的范围', () => {
    fc.assert(
      fc.property(cents, cents, units, fc.constantFrom('-', '~', '～', '至'), (a, b, unit, dash) => {
        const [lo, hi] = [Math.min(a, b) / 100, Math.max(a, b) / 100];
        const { clause } = onlyClause(`发现问题每${unit}${lo}${dash}${hi}分`);
        expect(clause).toMatchObject({ kind: 'manual', points: null, per: unit, range: [lo, hi] });
      }),
    );
  });

  test('“平均分为0-60分的为不满意”这类档次说明不是按次范围', () => {
    expect(parseRule('平均分为0-60分的为不满意').clauses).toEqual([]);
  });
});

describe('步长不是1：每低10%扣2分、每低5个百分点扣1分', () => {
  test.each([
    ['每低10%扣2分', '%', 10, 25, 4],
    // The count is applied to the counted clause, as for every rule with a once clause beside it.
    ['家长满意率低于90%的，扣5分，每低5个百分点增扣2分。', '百分点', 5, 12, 4],
    ['每超过两天扣1分', '天', 2, 5, 2],
    ['每低0.1个百分点扣1分', '百分点', 0.1, 0.3, 3],
  ])('「%s」：每%s步长%s，次数%s扣%s分', (text, per, step, count, expected) => {
    const rule = parseRule(text);
    expect(rule.clauses.some((c) => c.per === per && c.step === step)).toBe(true);
    expect(deductionFor(rule, count, 100)).toEqual({ ok: true, value: expected });
  });

  test('步长为1时不写 step（每超过1天扣0.5分、每低1个百分点扣1分）', () => {
    expect(onlyClause('每超过1天扣0.5分').clause).toEqual(expect.objectContaining({ per: '天', points: 0.5 }));
    expect(onlyClause('每超过1天扣0.5分').clause.step).toBeUndefined();
    expect(onlyClause('每低1个百分点扣1分').clause.step).toBeUndefined();
  });

  test('说明里写出步长：每10%扣2分、每5个百分点扣2分', () => {
    expect(describeRule(parseRule('每低10%扣2分'))).toBe('每10%扣2分');
    expect(describeRule(parseRule('每低5个百分点扣2分'))).toBe('每5个百分点扣2分');
  });

  test('性质：每低<步长><单位>扣p分，次数n扣 p × 整步数(n ÷ 步长)', () => {
    const stepUnits = fc.constantFrom('%', '个百分点', '天', '名', '人');
    fc.assert(
      fc.property(cents, fc.integer({ min: 2, max: 30 }), stepUnits, fc.integer({ min: 0, max: 200 }), (pc, step, unit, count) => {
        const { rule, clause } = onlyClause(`完成率每低${step}${unit}扣${pc / 100}分`);
        expect(clause).toMatchObject({ per: unit.replace(/^个/, ''), step });
        expect(deductionFor(rule, count)).toEqual({ ok: true, value: (pc * Math.floor(count / step)) / 100 });
      }),
    );
  });
});

describe('次数列：步长与条款自身的上限，计分与写入的公式一致', () => {
  function fill(rows: [string, number, number][]) {
    const s = sheet('考核表', [
      ['考核内容', '评分标准', '分值', '次数', '扣分', '得分'],
      ...rows.map(([rule, base, count]) => ['工作', rule, base, count, null, null]),
    ]);
    const r = fillSheet(s);
    if (!r.ok) throw new Error(r.error.message);
    const formula = (row: number) => r.value.plan.cells.find((c) => c.row === row && c.col === 6)?.formula ?? '';
    return { report: r.value.report, formula };
  }

  test('“每低5个百分点扣2分”次数12：按2个整步扣4分，公式按 INT(ROUND(次数/5,6)) 计', () => {
    const { report, formula } = fill([['每低5个百分点扣2分', 10, 12]]);
    expect(report.items[0]).toMatchObject({ deduction: 4, score: 6 });
    expect(formula(2)).toContain('INT(ROUND(MAX(0,');
    expect(formula(2)).toContain('/5,6))*2');
  });

  test('“每次扣1分，最多扣3分；未建立制度扣2分”次数5：这一条最多扣3分，公式里也是 MIN(3,…)', () => {
    const { report, formula } = fill([['每次扣1分，最多扣3分；未建立制度扣2分', 10, 5]]);
    expect(report.items[0]).toMatchObject({ deduction: 3, score: 7 });
    expect(formula(2)).toContain('+MIN(3,IF(');
  });

  test('按次条款是唯一扣分条款时，上限已由整项上限保证，公式不变', () => {
    const { report, formula } = fill([['每发现一例扣0.5分，最多扣3分', 10, 9]]);
    expect(report.items[0]).toMatchObject({ deduction: 3, score: 7 });
    expect(formula(2)).not.toContain('+MIN(');
  });

  test('性质：任意步长、分值、上限和次数，报告的扣分等于 min(上限, p × 整步数, 基础分)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }), cents, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 60 }),
        (step, pc, cap, count) => {
          const p = pc / 100;
          const text = step === 1 ? `每次扣${p}分，最多扣${cap}分；无方案的扣1分` : `每低${step}%扣${p}分，最多扣${cap}分；无方案的扣1分`;
          const { report } = fill([[text, 20, count]]);
          const expected = Math.min(cap, (pc * Math.floor(count / step)) / 100, 20);
          expect(report.items[0].deduction).toBe(Math.round(expected * 100) / 100);
        },
      ),
      { numRuns: 60 },
    );
  });
});

import fc from 'fast-check';
import { deductionFor, describeRule, parseRule } from '../../src/engine/rules';
import type { Clause, Rule } from '../../src/engine/rule';
import { MESSAGES } from '../../src/engine/messages';

const amount = (text: string, count: number, base?: number): number => {
  const r = deductionFor(parseRule(text), count, base);
  if (!r.ok) throw new Error(`${text}: ${r.error.message}`);
  return r.value;
};
const errorCode = (text: string, count: number, base?: number): string | null => {
  const r = deductionFor(parseRule(text), count, base);
  return r.ok ? null : r.error.code;
};

describe('条款保留用户原话', () => {
  test('多条款评分标准按原文顺序逐条引用各自的原话', () => {
    const rule = parseRule('情报信息迟报、漏报一次扣0.1分，瞒报一次扣1分，压报一次扣2分，因情报信息失误而造成工作被动的扣5分。');
    expect(rule.clauses.map((c) => c.text)).toEqual([
      '情报信息迟报、漏报一次扣0.1分', '瞒报一次扣1分', '压报一次扣2分', '因情报信息失误而造成工作被动的扣5分',
    ]);
  });

  test('括号里的基础分不算条款，条款从“少一篇”读起，并带上右括号', () => {
    const rule = parseRule('（5分，少一篇扣1分）');
    expect(rule.clauses).toEqual([{ kind: 'deduct', points: 1, per: '篇', cap: null, range: null, text: '少一篇扣1分' }]);
  });

  test('表格单元格里的换行与空格原样保留在条款原话中', () => {
    const rule = parseRule('未组织开展摸排 建立台帐的扣1\n分;没有按时办结 和上报的扣2分;');
    expect(rule.clauses.map((c) => c.text)).toEqual(['未组织开展摸排 建立台帐的扣1\n分', '没有按时办结 和上报的扣2分']);
  });

  test('“中央级奖5分，省级奖3分，市级奖2分”合为一条分档加分，原话覆盖三档', () => {
    const [clause] = parseRule('中央级奖5分，省级奖3分，市级奖2分').clauses;
    expect(clause).toEqual({ kind: 'bonus', points: [5, 3, 2], per: null, cap: null, range: null, text: '中央级奖5分，省级奖3分，市级奖2分' });
  });

  test('“获得国家级表彰的加3分，省级加2分，市级加1分”是一条三档加分', () => {
    const [clause, ...rest] = parseRule('获得国家级表彰的加3分，省级加2分，市级加1分').clauses;
    expect(rest).toEqual([]);
    expect(clause).toMatchObject({ kind: 'bonus', points: [3, 2, 1], text: '获得国家级表彰的加3分，省级加2分，市级加1分' });
  });

  test('加引号的“一票否决”连同右引号一起引用', () => {
    expect(parseRule('凡涉及上级规定的“一票否决”事项的，取消评先评优、加分资格。').clauses[0].text)
      .toBe('凡涉及上级规定的“一票否决”');
  });

  test('没有条款的文字不是错误，规则形如 CLI 的 rules --json', () => {
    const rule = parseRule('上级交办的信访件能妥善办理并及时上报处理结果。');
    expect(JSON.parse(JSON.stringify(rule))).toEqual({
      text: '上级交办的信访件能妥善办理并及时上报处理结果。', cap: null, clauses: [],
    });
  });

  test('空文字读作没有条款', () => {
    expect(parseRule('')).toEqual({ text: '', cap: null, clauses: [] });
  });
});

describe('按次数计算扣分（KH.DEDUCT）', () => {
  test('迟报三次、每次扣0.1分，扣0.3分而不是0.30000000000000004', () => {
    expect(amount('迟报、漏报一次扣0.1分', 3)).toBe(0.3);
  });

  test('每少一篇扣2分，少3篇扣6分；基础分10分时少6篇只扣到10分', () => {
    expect(amount('每少一篇扣2分。', 3, 10)).toBe(6);
    expect(amount('每少一篇扣2分。', 6, 10)).toBe(10);
  });

  test('次数为0时不扣分', () => {
    expect(amount('每人次扣5分', 0)).toBe(0);
    expect(amount('没开会研究相关工作事项的扣1分', 0)).toBe(0);
    expect(amount('未开展查评工作的不得分', 0)).toBe(0);
  });

  test('一次性扣分：发生即扣，不随次数累加', () => {
    expect(amount('没开会研究相关工作事项的扣1分', 1)).toBe(1);
    expect(amount('没开会研究相关工作事项的扣1分', 4)).toBe(1);
  });

  test('按次数扣分的条款优先于同一标准里的一次性扣分', () => {
    expect(amount('上访群众没有村级处理意见的每件扣1分，对信访人包保情况没有扣5分', 3)).toBe(3);
  });

  test('“不得分”扣去全部基础分；没有基础分时无法计算', () => {
    expect(amount('未开展查评工作的不得分', 1, 2)).toBe(2);
    expect(errorCode('未开展查评工作的不得分', 1)).toBe('FN_ZERO_NEEDS_BASE');
  });

  test('分档扣分：次数表示第几档，1为第一档（到区、到市、到省、进京）', () => {
    const text = '到区、到市、到省、进京闹事的，分别扣5分、10分、15分、20分。';
    expect([1, 2, 3, 4].map((n) => amount(text, n))).toEqual([5, 10, 15, 20]);
    expect(amount(text, 4, 10)).toBe(10);
  });

  test('分档数超出所列档次或不是整数时报错', () => {
    const text = '分别扣5分、10分、15分、20分';
    expect(errorCode(text, 5)).toBe('FN_BAD_LEVEL');
    expect(errorCode(text, 1.5)).toBe('FN_BAD_LEVEL');
  });

  test('“最多扣3分”封顶：扣1分每次、发生5次只扣3分', () => {
    expect(amount('每次扣1分，最多扣3分', 5)).toBe(3);
  });

  test('只有加分条款的加减分行，按加分计算并受累计上限约束', () => {
    expect(amount('每卷加0.5分，最多加10分', 7)).toBe(3.5);
    expect(amount('每卷加0.5分，最多加10分', 30)).toBe(10);
  });

  test('酌情扣分交给考核人员判断，不代为计算', () => {
    expect(errorCode('根据相关工作部署安排，未开展到位的，相应扣分，扣完为止。', 1)).toBe('FN_MANUAL_RULE');
    expect(errorCode('年内发生影响政法队伍形象事件的，适情扣分直至一票否决', 1)).toBe('FN_MANUAL_RULE');
  });

  test('同一标准里既有酌情又有明确分值时，按明确分值计算', () => {
    expect(amount('每起扣1分，情节严重的酌情扣分', 2)).toBe(2);
  });

  test('没有可计算条款时报“没有可计算的扣分或加分条款”', () => {
    const r = deductionFor(parseRule('上级交办的信访件能妥善办理并及时上报处理结果。'), 1);
    expect(r).toEqual({ ok: false, error: { code: 'FN_NO_RULE', message: MESSAGES.FN_NO_RULE() } });
    expect(errorCode('对综合排名最后一名的村实行一票否决', 1)).toBe('FN_NO_RULE');
  });

  test('次数为负数或不是数字时报错', () => {
    expect(errorCode('每次扣1分', -1)).toBe('FN_NEGATIVE');
    expect(errorCode('每次扣1分', Number.NaN)).toBe('FN_NOT_A_NUMBER');
  });

  test('错误信息是中文', () => {
    const r = deductionFor(parseRule('分别扣5分、10分'), 3);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/档次.*2个档次/);
  });
});

describe('给任务窗格看的简短读法', () => {
  test.each([
    ['每少一篇扣2分，最多扣3分', '每篇扣2分；上限3分'],
    ['未开展查评工作的不得分', '不得分'],
    ['到区、到市、到省、进京的，分别扣5分、10分、15分、20分', '分别扣5/10/15/20分'],
    ['工作不到位的酌情扣分', '酌情（需人工判断）'],
    ['上级交办的信访件能妥善办理并及时上报处理结果。', '无可计算条款'],
    ['迟报、漏报一次扣0.1分，瞒报一次扣1分', '每次扣0.1分；每次扣1分'],
    ['每卷加0.5分，最多加10分', '每卷加0.5分；上限10分'],
    ['因稳控调处不当产生较大影响的以0分计算，并对当年工作一票否决。', '不得分；一票否决'],
    ['每个奖项中央级奖1.5分，省级奖1分，累计奖分不超过5分。', '每个分别加1.5/1分；上限5分'],
    ['没开会研究相关工作事项的扣1分', '扣1分'],
  ])('「%s」→「%s」', (text, expected) => {
    expect(describeRule(parseRule(text))).toBe(expected);
  });
});

describe('性质：扣分计算', () => {
  const cents = fc.integer({ min: 1, max: 2000 });
  const units = fc.constantFrom('篇', '项', '例', '人次', '次', '件', '条', '份', '个', '处', '名', '起', '月', '批次', '百分点');
  const lead = fc.constantFrom('每', '每少一', '每缺一', '缺一', '少一', '发现一');

  test('每…扣p分的标准，按次数计算的扣分等于 p × 次数（精确到分）', () => {
    fc.assert(
      fc.property(cents, units, lead, fc.integer({ min: 0, max: 200 }), (pc, unit, how, count) => {
        const p = pc / 100;
        const rule = parseRule(`${how}${unit === '百分点' ? '个' : ''}${unit}扣${p}分`);
        expect(rule.clauses).toHaveLength(1);
        expect(rule.clauses[0]).toMatchObject({ kind: 'deduct', points: p, per: unit });
        const r = deductionFor(rule, count);
        expect(r).toEqual({ ok: true, value: (pc * count) / 100 });
      }),
    );
  });

  const clause: fc.Arbitrary<Clause> = fc.oneof(
    fc.record({
      kind: fc.constantFrom('deduct' as const, 'bonus' as const),
      points: cents.map((c) => c / 100),
      per: fc.option(fc.constantFrom('篇', '次', '项'), { nil: null }),
      cap: fc.option(cents.map((c) => c / 100), { nil: null }),
      range: fc.constant(null),
      text: fc.constant('条款'),
    }),
    fc.record({
      kind: fc.constantFrom('deduct' as const, 'bonus' as const),
      points: fc.array(cents.map((c) => c / 100), { minLength: 1, maxLength: 5 }),
      per: fc.constant(null),
      cap: fc.constant(null),
      range: fc.constant(null),
      text: fc.constant('分档'),
    }),
    fc.record({
      kind: fc.constantFrom('zero' as const, 'veto' as const, 'manual' as const),
      points: fc.constant(null),
      per: fc.constant(null),
      cap: fc.constant(null),
      range: fc.option(fc.tuple(cents, cents).map(([a, b]): [number, number] => [Math.min(a, b) / 100, Math.max(a, b) / 100]), { nil: null }),
      text: fc.constant('不得分'),
    }),
  );
  const rule: fc.Arbitrary<Rule> = fc.record({
    text: fc.constant('评分标准'),
    cap: fc.option(cents.map((c) => c / 100), { nil: null }),
    clauses: fc.array(clause, { maxLength: 4 }),
  });

  test('扣分从不小于0，也从不超过基础分和上限', () => {
    fc.assert(
      fc.property(rule, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 10000 }), (r, count, bc) => {
        const base = bc / 100;
        const d = deductionFor(r, count, base);
        if (!d.ok) return;
        expect(d.value).toBeGreaterThanOrEqual(0);
        expect(d.value).toBeLessThanOrEqual(base);
        if (r.cap !== null) expect(d.value).toBeLessThanOrEqual(r.cap);
        expect(Math.round(d.value * 100) / 100).toBe(d.value);
      }),
    );
  });

  test('读出的上限就是写明的上限，扣分不超过它', () => {
    fc.assert(
      fc.property(cents, cents, fc.integer({ min: 0, max: 100 }), (pc, capc, count) => {
        const rule = parseRule(`每次扣${pc / 100}分，最多扣${capc / 100}分`);
        expect(rule.cap).toBe(capc / 100);
        const d = deductionFor(rule, count);
        expect(d).toEqual({ ok: true, value: Math.min((pc * count) / 100, capc / 100) });
      }),
    );
  });
});

describe('性质：读评分标准从不得出无穷大或非数', () => {
  const digits = fc.stringMatching(/^[0-9]{1,420}(\.[0-9]{1,3})?$/);
  const phrase = fc.oneof(
    digits.map((d) => `扣${d}分`),
    digits.map((d) => `每次扣${d}分`),
    fc.tuple(digits, digits).map(([a, b]) => `扣${a}-${b}分`),
    digits.map((d) => `最多扣${d}分`),
    digits.map((d) => `+${d}分`),
    fc.constantFrom('未开展的不得分', '酌情扣分', '实行一票否决', '每少一篇扣2分'),
  );

  test('所有分值、上限、范围都是有限数；简述里没有 Infinity', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 4 }), (parts) => {
        const rule = parseRule(parts.join('；'));
        const numbers = [rule.cap, ...rule.clauses.flatMap((c) => [c.points, c.cap, c.range].flat())]
          .filter((n): n is number => n !== null);
        for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
        expect(describeRule(rule)).not.toMatch(/Infinity|NaN/);
        const d = deductionFor(rule, 3, 10);
        if (d.ok) expect(Number.isFinite(d.value)).toBe(true);
      }),
    );
  });

  test('一条条款自己的上限约束它的扣分：0 ≤ 扣分 ≤ 该条上限', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 100 }),
        (pc, capc, count) => {
          const rule = parseRule(`迟报一次扣${pc / 100}分，最多扣${capc / 100}分；漏报一次扣1分`);
          expect(rule.clauses[0].cap).toBe(capc / 100);
          expect(rule.cap).toBeNull();
          const d = deductionFor(rule, count);
          expect(d).toEqual({ ok: true, value: Math.min((pc * count) / 100, capc / 100) });
        },
      ),
    );
  });
});

describe('issue 7 的写法', () => {
  test.each([
    ['有1次得1分', []],
    ['记3分', []],
    ['完成的计2分', []],
    ['加计2分', [['bonus', 2, null]]],
    ['+5分', [['bonus', 5, null]]],
    ['迟到一次-2分', [['deduct', 2, '次']]],
    ['扣责任单位10分', [['deduct', 10, null]]],
    ['扣减年度考核得分5分', [['deduct', 5, null]]],
    ['扣考核分2分', [['deduct', 2, null]]],
    ['不记分', [['zero', null, null]]],
    ['不计分', [['zero', null, null]]],
    ['本项为0分', [['zero', null, null]]],
    ['本项得分为0', [['zero', null, null]]],
    ['计零分', [['zero', null, null]]],
    ['实行否决', [['veto', null, null]]],
    ['予以否决', [['veto', null, null]]],
    ['视其程度扣分', [['manual', null, null]]],
    ['视情节扣分', [['manual', null, null]]],
    ['每辆扣1分', [['deduct', 1, '辆']]],
    ['每层扣1分', [['deduct', 1, '层']]],
    ['每所扣1分', [['deduct', 1, '所']]],
    ['每案次扣1分', [['deduct', 1, '案次']]],
    ['每宗扣1分', [['deduct', 1, '宗']]],
    ['每单扣1分', [['deduct', 1, '单']]],
    ['每台扣1分', [['deduct', 1, '台']]],
    ['每户次扣1分', [['deduct', 1, '户次']]],
    ['超期每个工作日扣0.2分', [['deduct', 0.2, '工作日']]],
    ['每下降1%扣0.5分', [['deduct', 0.5, '%']]],
    ['每低1个百分点扣1分', [['deduct', 1, '百分点']]],
    ['每超标1微克/立方米扣0.5分', [['deduct', 0.5, '微克/立方米']]],
    ['资料不全扣2分', [['deduct', 2, null]]],
    ['发生安全责任事故,全扣。', [['zero', null, null]]],
  ])('「%s」', (text, expected) => {
    expect(parseRule(text).clauses.map((c) => [c.kind, c.points, c.per])).toEqual(expected);
  });

  test.each([
    ['扣1-3分', [1, 3], null],
    ['扣2~10分', [2, 10], null],
    ['按次扣1-3分', [1, 3], '次'],
    ['酌情扣0.5-1分', [0.5, 1], null],
  ])('「%s」是人工判断的范围 %p', (text, range, per) => {
    expect(parseRule(text).clauses).toEqual([{ kind: 'manual', points: null, per, cap: null, range, text }]);
  });

  test.each([
    ['本项限扣5分', 5],
    ['最高奖励2分', 2],
    ['封顶3分', 3],
  ])('「%s」是上限，不是条款', (text, cap) => {
    expect(parseRule(text)).toMatchObject({ cap, clauses: [] });
  });

  test('「…最多扣3分；…最多扣2分；以上累计不超过4分」：每条自己的上限，总上限4分', () => {
    const rule = parseRule('迟报一次扣1分，最多扣3分；漏报一次扣2分，最多扣2分；以上累计不超过4分');
    expect(rule.clauses.map((c) => c.cap)).toEqual([3, 2]);
    expect(rule.cap).toBe(4);
    expect(amount('迟报一次扣1分，最多扣3分；漏报一次扣2分，最多扣2分；以上累计不超过4分', 5)).toBe(3);
  });
});

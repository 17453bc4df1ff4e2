import fc from 'fast-check';
import { explainRule, explanationLines } from '../../src/engine/rule-explain';
import { tokenize } from '../../src/engine/rule-tokens';
import { CAP_WORDS } from '../../src/engine/rule-words/caps';
import { MANUAL_WORDS, VETO_WORDS, ZERO_WORDS } from '../../src/engine/rule-words/phrases';
import { UNITS, unitName } from '../../src/engine/rule-words/units';
import { VERBS } from '../../src/engine/rule-words/verbs';
import { RULE_TEXT_LIMIT, parseRule, readRule } from '../../src/engine/rules';
import type { Rule } from '../../src/engine/rule';
import { fillOf, sheet } from './sheets';

/** What a reading says, without the quoted words (which keep the user's own spacing). */
const meaning = (r: Rule) => ({
  cap: r.cap,
  clauses: r.clauses.map(({ kind, points, per, cap, range, step }) => ({ kind, points, per, cap, range, step })),
});
const shape = (text: string) =>
  parseRule(text).clauses.map((c) => [c.kind, c.points, c.per, c.cap, c.range, ...(c.step ? [c.step] : [])]);

describe('词表：每一行的示例都按该行读出', () => {
  test.each(VERBS.map((v) => [v.word, v] as const))('动词「%s」', (_w, v) => {
    const rule = parseRule(v.example);
    expect(rule.clauses.map((c) => c.kind)).toEqual([v.kind]);
    expect(typeof rule.clauses[0].points).toBe('number');
  });
  test.each(UNITS.map((u) => [u.unit, u] as const))('计数单位「%s」', (_u, u) => {
    const [c] = parseRule(u.example).clauses;
    expect(c.per).toBe(unitName(u.unit.replace(/\(.*$/, '')));
  });
  test.each(ZERO_WORDS.map((r) => [r.example] as const))('不得分用语「%s」', (example) => {
    expect(shape(example)).toEqual([['zero', null, null, null, null]]);
  });
  test.each(VETO_WORDS.map((r) => [r.example] as const))('否决用语「%s」', (example) => {
    expect(shape(example)).toEqual([['veto', null, null, null, null]]);
  });
  test.each(MANUAL_WORDS.map((r) => [r.example] as const))('酌情用语「%s」', (example) => {
    expect(shape(example)).toEqual([['manual', null, null, null, null]]);
  });
  test.each(CAP_WORDS.map((r) => [r.example, r.cap] as const))('上限「%s」为%s分', (example, cap) => {
    const rule = parseRule(example);
    expect(rule.cap).toBe(cap);
    expect(rule.clauses.every((c) => c.cap === null)).toBe(true);
  });
});

describe('SCORING.md §3 的既定读法', () => {
  test.each([
    ['酌情扣2分', [['manual', null, null, null, [0, 2]]]],
    ['未及时整改的，酌情扣0.5分', [['manual', null, null, null, [0, 0.5]]]],
    ['分别扣1-2分', [['manual', null, null, null, [1, 2]]]],
    ['视情节扣分 扣1—2分', [['manual', null, null, null, [1, 2]]]],
    ['台账不全的，不得分或酌情扣分', [['manual', null, null, null, null]]],
    ['落实不到位的酌情扣分或者不得分', [['manual', null, null, null, null]]],
    ['再次发生的加倍扣分', [['manual', null, null, null, null]]],
    ['主动整改的减半扣分', [['manual', null, null, null, null]]],
    ['未完成的按比例扣分', [['manual', null, null, null, null]]],
  ])('酌情与区间：「%s」', (text, expected) => expect(shape(text)).toEqual(expected));

  test.each([
    ['负全责扣15分、主责10分、同等5分、次责3分', [['deduct', [15, 10, 5, 3], null, null, null]]],
    ['发生一般、较大、重大事故的，扣1、3、5分', [['deduct', [1, 3, 5], null, null, null]]],
    ['被县、市、省通报的，分别扣2、3、5分（以最高级别计）', [['deduct', [2, 3, 5], null, null, null]]],
    ['国家级加10分，省级加8分，市级加5分', [['bonus', [10, 8, 5], null, null, null]]],
    ['获省级、市级表彰的分别加2分和1分', [['bonus', [2, 1], null, null, null]]],
  ])('档次：「%s」', (text, expected) => expect(shape(text)).toEqual(expected));

  test.each([
    ['按10分/户扣分', [['deduct', 10, '户', null, null]]],
    ['每1000亩扣1分', [['deduct', 1, '亩', null, null, 1000]]],
    ['每10万元扣0.5分', [['deduct', 0.5, '万元', null, null, 10]]],
    ['每5%扣1分', [['deduct', 1, '%', null, null, 5]]],
    ['每一小点扣0.5分', [['deduct', 0.5, '小点', null, null]]],
    ['每1页扣0.1分', [['deduct', 0.1, '页', null, null]]],
    ['完成率每降5%扣1分', [['deduct', 1, '%', null, null, 5]]],
  ])('计数单位：「%s」', (text, expected) => expect(shape(text)).toEqual(expected));

  test('扣完N分为止、N分扣完为止都是N分的上限', () => {
    expect(parseRule('每次扣1分，扣完5分为止').cap).toBe(5);
    expect(parseRule('每次扣1分，5分扣完为止').cap).toBe(5);
    expect(shape('每次扣1分，5分扣完为止')).toEqual([['deduct', 1, '次', null, null]]);
  });

  test('条款自己的上限（每项最多扣1分）只限该条款，从不升为整条的上限', () => {
    const r = parseRule('资料不全的，每缺一项扣0.5分，每项最多扣1分');
    expect(r.cap).toBeNull();
    expect(r.clauses.map((c) => c.cap)).toEqual([1]);
    const two = parseRule('未建立台账的扣2分；记录不全的每处扣0.5分，每处最多扣1分');
    expect([two.cap, two.clauses.map((c) => c.cap)]).toEqual([null, [null, 1]]);
  });

  test.each([
    '未通过验收的直接评定为不合格', '资料弄虚作假的直接评定为不达标', '投标文件未盖章的按废标处理',
    '发现围标串标的取消其投标资格', '发生重大安全事故的实行一票否决，总得分为零', '发生进京访的一票否决，得0分',
  ])('否决：「%s」', (text) => expect(shape(text)).toEqual([['veto', null, null, null, null]]));

  test('取消评先评优资格只是不评优（一票否优），不是否决', () => {
    expect(parseRule('凡涉及上级规定的“一票否决”事项的，取消评先评优、加分资格。').clauses.map((c) => c.kind)).toEqual(['veto']);
  });

  test.each(['此项为零分', '发现造假的分数清零', '未开展的计0分', '不记分', '不计分', '本项为0分', '计零分'])(
    '不得分：「%s」', (text) => expect(shape(text).map((c) => c[0])).toEqual(['zero']),
  );

  test.each(['得5分', '记3分', '计2分', '达到标准的得2分'])('「%s」说明分值，不是加分', (text) => {
    expect(parseRule(text).clauses).toEqual([]);
  });

  test('总分与总括语（按评分标准进行扣分）不是条款', () => {
    expect(shape('总分10分，按评分标准进行扣分')).toEqual([]);
    expect(shape('未开展的扣2分。按以上标准进行扣分')).toEqual([['deduct', 2, null, null, null]]);
  });

  test('动词与分值之间可以有字：扣责任单位10分、扣减年度考核得分5分', () => {
    expect(shape('扣责任单位10分')).toEqual([['deduct', 10, null, null, null]]);
    expect(shape('扣减年度考核得分5分')).toEqual([['deduct', 5, null, null, null]]);
  });

  test('不可见字符（零宽空格、方向标记）不影响读法：「扣\\u200b2分」仍是扣2分', () => {
    expect(shape('未开展的扣\u200b2分')).toEqual([['deduct', 2, null, null, null]]);
    expect(shape('每少一\u200e篇扣2\ufeff分')).toEqual([['deduct', 2, '篇', null, null]]);
    expect(parseRule('扣\u200b2分').clauses[0].text).toBe('扣\u200b2分');
  });
});

/** One-clause texts of every kind, from the corpus and SCORING.md §3, for joining. */
const ONE_CLAUSE = [
  '每少一篇扣2分', '未开展的扣2分', '逾期报送的，扣 3 分', '发现一例扣0.5分', '每人次扣5分', '每降低一个百分点扣1分',
  '迟报一次扣0.1分', '被省、市通报批评的分别扣5分、3分', '未开展查评工作的不得分', '一份加1分', '区级每篇加10分',
  '分别奖1分、0.5分', '每增加1名加0.05分', '实行一票否决', '酌情扣分', '视其程度扣分', '扣1-3分', '扣2~10分',
  '按次扣1-3分', '酌情扣2分', '每1000亩扣1分', '按10分/户扣分', '扣二分', '每例扣一分', '负全责扣15分、主责10分、同等5分、次责3分',
  '直接评定为不合格', '计零分', '扣减年度考核得分5分', '每10万元扣0.5分',
];

describe('性质', () => {
  test('任意条款用分隔符连起来，读法就是各条读法的连接', () => {
    fc.assert(fc.property(
      fc.array(fc.constantFrom(...ONE_CLAUSE), { minLength: 1, maxLength: 6 }), fc.constantFrom('；', '。', ';'),
      (parts, sep) => {
        const whole = meaning(parseRule(parts.join(sep)));
        expect(whole.clauses).toEqual(parts.flatMap((p) => meaning(parseRule(p)).clauses));
        expect(whole.cap).toBeNull();
      },
    ), { numRuns: 300 });
  });

  test('插入不可见字符或空格不改变读法', () => {
    const invisible = fc.constantFrom(' ', '\u3000', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff', '\u00ad', '\n');
    fc.assert(fc.property(
      fc.constantFrom(...ONE_CLAUSE, '每少一篇扣2分，最多扣3分；未建立台账的扣2分；以上累计不超过4分'),
      fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 8 }),
      (text, inserts) => {
        let noisy = text;
        for (const [at, ch] of inserts) {
          const i = at % (noisy.length + 1);
          noisy = noisy.slice(0, i) + ch + noisy.slice(i);
        }
        expect(meaning(parseRule(noisy))).toEqual(meaning(parseRule(text)));
      },
    ), { numRuns: 300 });
  });

  /**
   * Reading time grows linearly, checked on a count of work rather than a clock (a shared machine's clock is too
   * noisy to tell 4 from 16): every character a regular expression scans and every character a slice copies is
   * counted while a text is read. A text 4 times longer must cost less than 6 times the work (quadratic would be 16).
   * The absolute times are in `npm run bench`.
   */
  test('读法的工作量随文字长度线性增长', () => {
    const shapes = [
      (n: number) => '每少一篇扣2分，最多扣3分；酌情扣1-3分、'.repeat(Math.ceil(n / 22)).slice(0, n),
      (n: number) => `扣${'1'.repeat(n)}分`,
      (n: number) => '一'.repeat(n),
      (n: number) => '一条30分,'.repeat(Math.ceil(n / 6)).slice(0, n),
      (n: number) => '国家级加10分，省级加8分；视情节扣分，扣1—2分；不得分或酌情扣分。'.repeat(Math.ceil(n / 36)).slice(0, n),
    ];
    for (const make of shapes) {
      const small = make(1200);
      const large = make(4800);
      expect(workOf(large) / workOf(small)).toBeLessThan(6);
    }
  });
});

/** Characters scanned by regular expressions and copied by slices while `text` is read. */
function workOf(text: string): number {
  let work = 0;
  const exec = RegExp.prototype.exec;
  const slice = String.prototype.slice;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, s);
    // A sticky expression that fails looks at one place only; any other failure scanned the rest of the text.
    const end = m ? m.index + m[0].length : this.sticky ? from : s.length;
    work += end - from + 1;
    return m;
  };
  String.prototype.slice = function (this: string, a?: number, b?: number) {
    const r = slice.call(this, a, b);
    work += r.length + 1;
    return r;
  };
  try {
    parseRule(text);
  } finally {
    RegExp.prototype.exec = exec;
    String.prototype.slice = slice;
  }
  return work;
}

describe('过长的评分标准', () => {
  test('超过上限的文字只读前面部分，并说明', () => {
    const text = '每少一篇扣2分；'.repeat(80_000);
    const t = Date.now();
    const rule = parseRule(text);
    expect(Date.now() - t).toBeLessThan(2000);
    expect(rule.warnings?.[0]).toMatch(new RegExp(`只读取了前${RULE_TEXT_LIMIT}字`));
    expect(rule.clauses.length).toBeGreaterThan(100);
    expect(rule.text).toBe(text);
  });

  test('评分标准单元格粘贴了56万字（issue 15）：照常计分，只读前面部分并在该行说明', () => {
    const s = sheet('考核表', [
      ['考核内容', '评分标准', '分值', '扣分', '得分'],
      ['信息报送', '每少一篇扣2分，最多扣3分；'.repeat(40_000), 10, 2, null],
      ['合计', null, null, null, null],
    ]);
    const t = Date.now();
    const { report } = fillOf(s);
    expect(Date.now() - t).toBeLessThan(5000);
    expect(report.total).toBe(8);
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 2, code: 'RULE_TEXT_TOO_LONG' }));
  });

  test('十万位数字的“规则”不是分值，也不卡住', () => {
    const rule = parseRule(`扣${'9'.repeat(100_000)}分`);
    expect(rule.clauses.every((c) => c.points === null)).toBe(true);
    expect(rule.warnings?.length).toBeGreaterThan(0);
  });
});

describe('kaohe rules --explain 的内容', () => {
  test('词元按原文顺序列出数、单位、动词、上限和分隔', () => {
    const tokens = tokenize('每少一篇扣2分，最多扣3分');
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([
      ['condition', '每'], ['text', '少'], ['number', '一'], ['unit', '篇'], ['verb', '扣'], ['number', '2'], ['fen', '分'],
      ['separator', ','], ['cap', '最多扣3分'],
    ]);
    expect(tokenize('扣\u200b2分').map((t) => t.text)).toEqual(['扣', '2', '分']);
  });

  test('每个条款说明是哪条读法规则得出的', () => {
    const { builtBy } = readRule('每少一篇扣2分；视情节扣分，扣1—2分；国家级加10分，省级加8分；不得分或酌情扣分');
    expect(builtBy).toEqual(['amount', 'judged-range', 'named-levels', 'zero-or-manual']);
    const lines = explanationLines(explainRule('负全责扣15分、主责10分、同等5分、次责3分'));
    expect(lines[0]).toMatch(/^词元：负全责〔文字〕 扣〔动词〕 15〔数〕 分〔分〕/);
    expect(lines[1]).toMatch(/^条款1「负全责扣15分、主责10分、同等5分、次责3分」 ← 档次/);
    expect(lines[2]).toBe('读作：分别扣15/10/5/3分');
  });

  test('没有条款的文字也说明', () => {
    expect(explanationLines(explainRule('按时完成'))).toContain('条款：无（这段文字没有可计算的条款）');
  });
});

import fc from 'fast-check';
import { deduct } from '../../src/functions/implementations';
import { expectFailure } from './expect-error';

describe('KH.DEDUCT(评分标准, 次数, [基础分])', () => {
  it('“每少一篇扣2分”少3篇扣6分', () => {
    expect(deduct('每少一篇扣2分', 3)).toBe(6);
  });

  it('给出基础分时扣完为止：“每缺一项资料扣1分,扣完为止”缺7项、基础分5分，扣5分', () => {
    expect(deduct('每缺一项资料扣1分,扣完为止', 7, 5)).toBe(5);
  });

  it('精确到0.01分：“每例扣0.1分”3例扣0.3分', () => {
    expect(deduct('每例扣0.1分', 3)).toBe(0.3);
  });

  it('“分别扣5分、10分、15分、20分”按档次取分：第3档（到省）扣15分', () => {
    expect(deduct('越级上访到区、到市、到省、进京的分别扣5分、10分、15分、20分', 3)).toBe(15);
  });

  it('“发现一例负面舆情不得分”：发生即扣完基础分', () => {
    expect(deduct('发现一例负面舆情不得分', 1, 4)).toBe(4);
  });

  it('“每低10%扣2分”按整步计：低了25（个百分点）扣4分，低了9扣0分', () => {
    expect(deduct('完成率每低10%扣2分', 25)).toBe(4);
    expect(deduct('完成率每低10%扣2分', 9)).toBe(0);
  });

  it('分值写在动词前：“迟报按0.2分/次扣分”迟报3次扣0.6分', () => {
    expect(deduct('迟报按0.2分/次扣分', 3)).toBe(0.6);
  });

  it('次数为0或空白时不扣分', () => {
    expect(deduct('每少一篇扣2分', 0)).toBe(0);
    expect(deduct('每少一篇扣2分', null)).toBe(0);
  });

  it('次数写成“3”或区域中的单元格时照常计算', () => {
    expect(deduct([['每人次扣3分']], '2', [[10]])).toBe(6);
  });

  it('“酌情扣分”需考核人员判断，返回 #N/A 并说明原因', () => {
    const e = expectFailure(() => deduct('酌情扣分', 1, 5), 'notAvailable', 'FN_MANUAL_RULE');
    expect(e.message).toContain('酌情');
  });

  it('分值写成400位数字时不算出 Infinity，返回 #VALUE! 并说明数字过大', () => {
    const e = expectFailure(() => deduct(`每次扣${'9'.repeat(400)}分`, 1, 5), 'invalidValue', 'RULE_NUMBER_UNREADABLE');
    expect(e.message).toContain('数字过大');
  });

  it('每条有自己的上限：“迟报一次扣1分，最多扣3分；漏报一次扣2分”迟报5次扣3分', () => {
    expect(deduct('迟报一次扣1分，最多扣3分；漏报一次扣2分', 5)).toBe(3);
  });

  it('“得N分”不是加分：“有1次得1分”没有可计算条款', () => {
    expectFailure(() => deduct('有1次得1分', 1), 'invalidValue', 'FN_NO_RULE');
  });

  it('没有可计算条款的文字返回 #VALUE!', () => {
    expectFailure(() => deduct('工作扎实，成效明显', 1), 'invalidValue', 'FN_NO_RULE');
  });

  it('评分标准为空时返回 #VALUE!', () => {
    expectFailure(() => deduct('', 1), 'invalidValue', 'FN_NO_RULE');
  });

  it('“不得分”的规则不给基础分时返回 #VALUE!，提示需要基础分', () => {
    expectFailure(() => deduct('未开展查评工作的不得分', 1), 'invalidValue', 'FN_ZERO_NEEDS_BASE');
  });

  it('次数无法读取或为负数时返回 #VALUE!', () => {
    expectFailure(() => deduct('每少一篇扣2分', '若干'), 'invalidValue', 'FN_NOT_A_NUMBER');
    expectFailure(() => deduct('每少一篇扣2分', -1), 'invalidValue', 'FN_NEGATIVE');
  });

  it('按次扣分等于 分值 × 次数，且不超过基础分（性质）', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 2000 }), (n, baseCents) => {
        const base = baseCents / 100;
        const d = deduct('每例扣0.5分', n, base);
        expect(d).toBe(Math.min(n * 50, baseCents) / 100);
      }),
    );
  });
});

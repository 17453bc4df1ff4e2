import fc from 'fast-check';
import { appliedDeduction, cappedScore, cappedSum } from '../../src/engine/caps';

const hundredths = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);

describe('扣完为止与上限', () => {
  it('每缺一项扣1分、最多扣3分，缺5项时基础分5分只扣3分；基础分2分时扣完为止', () => {
    expect(appliedDeduction(5, 5, 3)).toBe(3);
    expect(appliedDeduction(5, 2, 3)).toBe(2);
    expect(cappedScore(0.3, [0.1, 0.1])).toBe(0.1);
  });

  it('项目得分不低于0、不高于基础分，扣分不超过上限', () => {
    fc.assert(
      fc.property(hundredths(100), fc.array(hundredths(50), { maxLength: 8 }), fc.option(hundredths(20)), (base, ds, cap) => {
        const score = cappedScore(base, ds, cap);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(base);
        if (cap !== null) expect(base - score).toBeLessThanOrEqual(cap + 1e-9);
        expect(Math.round(score * 100) / 100).toBe(score);
      }),
    );
  });

  it('加分合计不超过上限，没有上限时就是合计', () => {
    expect(cappedSum([1.5, 8], 5)).toBe(5);
    expect(cappedSum([0.1, 0.2])).toBe(0.3);
  });
});

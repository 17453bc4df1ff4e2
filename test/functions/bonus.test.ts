import fc from 'fast-check';
import { bonus } from '../../src/functions/implementations';
import { expectFailure } from './expect-error';

describe('KH.BONUS(加分, [上限])', () => {
  it('加分合计：市级表彰加1分、区级表彰加0.5分，共1.5分', () => {
    expect(bonus([[1], [0.5]])).toBe(1.5);
  });

  it('“此项累计奖分不超过3分”：加分合计4分按3分计', () => {
    expect(bonus([[2], [2]], 3)).toBe(3);
  });

  it('精确到0.01分：0.1 + 0.2 是 0.3', () => {
    expect(bonus([[0.1, 0.2]])).toBe(0.3);
  });

  it('空白单元格不计，全部空白时加0分', () => {
    expect(bonus([[null], [''], [1]])).toBe(1);
    expect(bonus([[null, '']])).toBe(0);
  });

  it('写成“2分”的加分照常计入', () => {
    expect(bonus([['2分'], ['0.5']])).toBe(2.5);
  });

  it('无法读取的加分返回 #VALUE!', () => {
    const e = expectFailure(() => bonus([['优秀']]), 'invalidValue', 'FN_NOT_A_NUMBER');
    expect(e.message).toContain('优秀');
  });

  it('负数加分返回 #VALUE!', () => {
    expectFailure(() => bonus([[-2]]), 'invalidValue', 'FN_NEGATIVE');
  });

  it('加分合计不超过上限，未超过上限时等于合计（性质）', () => {
    const cents = fc.integer({ min: 0, max: 1000 }).map((n) => n / 100);
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 10 }), cents, (ps, cap) => {
        const sum = ps.reduce((a, p) => a + Math.round(p * 100), 0) / 100;
        const got = bonus([ps], cap);
        expect(got).toBeLessThanOrEqual(cap);
        expect(got).toBe(Math.min(sum, cap));
      }),
    );
  });
});

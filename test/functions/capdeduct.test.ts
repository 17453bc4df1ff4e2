import fc from 'fast-check';
import { capDeduct } from '../../src/functions/implementations';
import { expectFailure } from './expect-error';

describe('KH.CAPDEDUCT(基础分, 扣分, [扣分上限])', () => {
  it('基础分减去扣分合计：5分的项目扣1分和0.5分，得3.5分', () => {
    expect(capDeduct(5, [[1], [0.5]])).toBe(3.5);
  });

  it('精确到0.01分：KH.CAPDEDUCT(0.3, {0.1,0.1}) 是 0.1，不是 0.09999999999999998', () => {
    expect(capDeduct(0.3, [[0.1, 0.1]])).toBe(0.1);
    expect(capDeduct(13.7, [[0.1]])).toBe(13.6);
  });

  it('扣分不超过评分标准的上限：“扣分不超过2分”时扣3分只按2分扣', () => {
    expect(capDeduct(10, [[1.5], [1.5]], 2)).toBe(8);
  });

  it('扣完为止：扣分超过基础分时得0分，不出现负分', () => {
    expect(capDeduct(5, [[3], [4]])).toBe(0);
  });

  it('空白的扣分单元格不计，Excel 传来的 null 和空字符串都算空白', () => {
    expect(capDeduct(5, [[null], [''], ['  '], [1]])).toBe(4);
    expect(capDeduct(5, [[null, '']])).toBe(5);
  });

  it('“不得分”“全扣”扣完整个基础分', () => {
    expect(capDeduct(5, [['不得分']])).toBe(0);
    expect(capDeduct(4, [['全扣'], [1]])).toBe(0);
  });

  it('按评分表的写法读扣分：“2分”、“ 1.5 ”与数字2、1.5相同', () => {
    expect(capDeduct('10分', [['2分'], [' 1.5 ']])).toBe(6.5);
  });

  it('单个单元格的扣分与区域相同', () => {
    expect(capDeduct(5, 2)).toBe(3);
  });

  it('省略上限或上限单元格为空时不设上限', () => {
    expect(capDeduct(10, [[3]], null)).toBe(7);
    expect(capDeduct(10, [[3]], [['']])).toBe(7);
    expect(capDeduct(10, [[3]], undefined)).toBe(7);
  });

  it('无法读取的扣分（如“严重”）返回 #VALUE!，并用中文说明是哪个值', () => {
    const e = expectFailure(() => capDeduct(5, [['严重']]), 'invalidValue', 'FN_NOT_A_NUMBER');
    expect(e.message).toContain('严重');
  });

  it('负数扣分返回 #VALUE!：扣分应填写正数', () => {
    const e = expectFailure(() => capDeduct(5, [[-1]]), 'invalidValue', 'FN_NEGATIVE');
    expect(e.message).toContain('-1');
  });

  it('基础分不是数字时返回 #VALUE!', () => {
    expectFailure(() => capDeduct('五分制', [[1]]), 'invalidValue', 'FN_NOT_A_NUMBER');
  });

  const cents = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);
  const entry = fc.oneof(cents, fc.constant(null), fc.constant(''), fc.constant('不得分'), cents.map((n) => `${n}分`));

  it('任何扣分下，得分都在0到基础分之间（性质）', () => {
    fc.assert(
      fc.property(cents, fc.array(entry, { maxLength: 12 }), fc.option(cents, { nil: null }), (base, ds, cap) => {
        const s = capDeduct(base, ds.map((d) => [d]), cap);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(base);
      }),
    );
  });

  it('得分等于按“分”（百分之一）整数计算的 基础分 − min(扣分合计, 上限, 基础分)（性质）', () => {
    fc.assert(
      fc.property(cents, fc.array(fc.oneof(cents, fc.constant(null)), { maxLength: 12 }), fc.option(cents, { nil: null }), (base, ds, cap) => {
        const b = Math.round(base * 100);
        const sum = ds.reduce<number>((acc, d) => acc + (d === null ? 0 : Math.round(d * 100)), 0);
        const c = cap === null ? Infinity : Math.round(cap * 100);
        expect(capDeduct(base, [ds], cap)).toBe((b - Math.min(sum, c, b)) / 100);
      }),
    );
  });
});

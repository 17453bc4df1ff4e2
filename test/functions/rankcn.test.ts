import fc from 'fast-check';
import { rankcn } from '../../src/functions/implementations';
import { expectFailure } from './expect-error';

const scores = [[95], [88.5], [95], [72], [88.5]];

describe('KH.RANKCN(分数, 全部分数)：中国式排名', () => {
  it('同分同名次，后面的名次不跳号：95, 95 并列第1，88.5 第2，72 第3', () => {
    expect(rankcn(95, scores)).toBe(1);
    expect(rankcn(88.5, scores)).toBe(2);
    expect(rankcn(72, scores)).toBe(3);
  });

  it('空白和文字（如表头“得分”）不参加排名，写成“85分”的分数参加', () => {
    expect(rankcn(80, [['得分'], [null], [''], ['85分'], [80]])).toBe(2);
  });

  it('要排名的分数为空时返回 #N/A', () => {
    expectFailure(() => rankcn(null, scores), 'notAvailable', 'FN_BLANK_SCORE');
  });

  it('要排名的分数无法读取时返回 #VALUE!', () => {
    expectFailure(() => rankcn('良好', scores), 'invalidValue', 'FN_NOT_A_NUMBER');
  });

  it('名次从1起，等于比它高的不同分数个数加1；分数越高名次越靠前（性质）', () => {
    const score = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 20 }), (all) => {
        const grid = all.map((s) => [s]);
        for (const s of all) {
          const r = rankcn(s, grid);
          expect(r).toBe(new Set(all.filter((x) => x > s)).size + 1);
          for (const t of all) if (t > s) expect(rankcn(t, grid)).toBeLessThan(r);
        }
      }),
    );
  });
});

import fc from 'fast-check';
import { tier } from '../../src/functions/implementations';
import { expectFailure } from './expect-error';

const NOTE = '总分90分以上为一类，80分—90分为二类，80分以下为三类（以上含本数，以下不含本数）';

describe('KH.TIER(总分, [分档], [等次名称])', () => {
  it('默认分档：90分以上优秀，80分以上良好，60分以上合格，60分以下不合格（以上含本数）', () => {
    expect(tier(90)).toBe('优秀');
    expect(tier(89.99)).toBe('良好');
    expect(tier(80)).toBe('良好');
    expect(tier(60)).toBe('合格');
    expect(tier(59.99)).toBe('不合格');
  });

  it('分档写成评分表说明的文字：“90分以上为一类，80分—90分为二类，80分以下为三类”', () => {
    expect(tier(90, NOTE)).toBe('一类');
    expect(tier(85.5, NOTE)).toBe('二类');
    expect(tier(80, NOTE)).toBe('二类');
    expect(tier(79.5, NOTE)).toBe('三类');
  });

  it('说明文字在单元格里时，Excel 传来的 1×1 区域与文字相同', () => {
    expect(tier(72, [['85分以上为优秀，70分以上为合格，70分以下为不合格']])).toBe('合格');
    expect(tier(69, [['85分以上为优秀，70分以上为合格，70分以下为不合格']])).toBe('不合格');
  });

  it('分档写成分数线区域和等次名称区域，名称比分数线多一个', () => {
    expect(tier(85, [[90], [80], [60]], [['优秀'], ['良好'], ['合格'], ['不合格']])).toBe('良好');
    expect(tier(55, [[90, 80, 60]], [['优秀', '良好', '合格', '不合格']])).toBe('不合格');
  });

  it('分数线从低到高写时，名称也从低到高对应', () => {
    expect(tier(85, [[60, 80, 90]], [['不合格', '合格', '良好', '优秀']])).toBe('良好');
  });

  it('只给三条分数线不给名称时，用默认的优秀、良好、合格、不合格', () => {
    expect(tier(86, [[95, 85, 70]])).toBe('良好');
    expect(tier(69, [[70, 85, 95]])).toBe('不合格');
  });

  it('总分为空时等次也为空，尚未评分的行不会被标成不合格', () => {
    expect(tier(null)).toBe('');
    expect(tier('')).toBe('');
  });

  it('名称个数与分数线对不上时返回 #VALUE!，说明应比分数线多一个', () => {
    const e = expectFailure(() => tier(85, [[90, 80]], [['优秀', '良好']]), 'invalidValue', 'FN_BAD_BANDS');
    expect(e.message).toContain('分数线');
  });

  it('两条分数线不给名称时无法对应默认等次，返回 #VALUE!', () => {
    expectFailure(() => tier(85, [[90, 80]]), 'invalidValue', 'FN_BAD_BANDS');
  });

  it('读不出分档的文字返回 #VALUE!', () => {
    expectFailure(() => tier(85, '按综合表现评定'), 'invalidValue', 'FN_BAD_BANDS');
  });

  it('总分不是数字时返回 #VALUE!', () => {
    expectFailure(() => tier('良好'), 'invalidValue', 'FN_NOT_A_NUMBER');
  });

  it('默认分档下分数越高等次不会越低（性质）', () => {
    const order = ['不合格', '合格', '良好', '优秀'];
    const score = fc.integer({ min: 0, max: 12000 }).map((n) => n / 100);
    fc.assert(
      fc.property(score, score, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(order.indexOf(tier(hi))).toBeGreaterThanOrEqual(order.indexOf(tier(lo)));
      }),
    );
  });
});

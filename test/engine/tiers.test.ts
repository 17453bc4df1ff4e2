import { bandsFromThresholds, DEFAULT_BANDS, findBands, parseBands, tierOf } from '../../src/engine/tiers';

describe('从说明读等次分档', () => {
  const lianDai = '总分90分以上（以上含本数，以下不含本数，下同）为一类，80分—90分为二类，80分以下为三类。';

  it('常德市联带包创：90分以上为一类，80分—90分为二类，80分以下为三类，以上含本数', () => {
    const b = parseBands(lianDai)!;
    expect(b.bands.map((x) => [x.min, x.label])).toEqual([[90, '一类'], [80, '二类']]);
    expect(b.floor).toBe('三类');
    expect([tierOf(90, b), tierOf(89.99, b), tierOf(80, b), tierOf(79.5, b)]).toEqual(['一类', '二类', '二类', '三类']);
  });

  it('85分以上为优秀，70分以上为合格，70分以下为不合格', () => {
    const b = parseBands('85分以上为优秀，70分以上为合格，70分以下为不合格')!;
    expect([tierOf(85, b), tierOf(70, b), tierOf(69.9, b)]).toEqual(['优秀', '合格', '不合格']);
  });

  it('优秀(≥90)、良好(≥80)、合格(≥60)、不合格(<60)', () => {
    const b = parseBands('优秀(≥90)、良好(≥80)、合格(≥60)、不合格(<60)')!;
    expect([tierOf(95, b), tierOf(80, b), tierOf(60, b), tierOf(59, b)]).toEqual(['优秀', '良好', '合格', '不合格']);
  });

  it('写明“以上不含本数”时，正好等于分数线的不进该档', () => {
    const b = parseBands('90分以上为优秀，80分以上为良好，80分以下为一般（以上不含本数）')!;
    expect(tierOf(90, b)).toBe('良好');
  });

  it('奖惩条款里的“85分以上”不是等次说明', () => {
    expect(parseBands('年终综合考核分值在85分以上的责任金给予双倍返还')).toBeNull();
    expect(findBands(['2024年度考评表', lianDai])?.floor).toBe('三类');
  });
});

describe('默认等次与按分数线定档', () => {
  it('没有说明时：优秀≥90，良好≥80，合格≥60，其余不合格', () => {
    expect([90, 89.99, 80, 60, 59.99].map((s) => tierOf(s, DEFAULT_BANDS))).toEqual(['优秀', '良好', '良好', '合格', '不合格']);
  });

  it('分数线从高到低或从低到高都能与等次名称对上，个数不符则无效', () => {
    const down = bandsFromThresholds([90, 80, 60], ['优秀', '良好', '合格', '不合格'])!;
    const up = bandsFromThresholds([60, 80, 90], ['不合格', '合格', '良好', '优秀'])!;
    expect([tierOf(85, down), tierOf(85, up)]).toEqual(['良好', '良好']);
    expect(bandsFromThresholds([90, 80], ['优秀'])).toBeNull();
  });
});

describe('只给分数线、不给等次名称', () => {
  it('三条分数线（任意顺序）用默认的优秀/良好/合格/不合格；条数不对则无效', () => {
    const b = bandsFromThresholds([60, 90, 80])!;
    expect([tierOf(95, b), tierOf(85, b), tierOf(65, b), tierOf(10, b)]).toEqual(['优秀', '良好', '合格', '不合格']);
    expect(bandsFromThresholds([90, 80])).toBeNull();
  });
});

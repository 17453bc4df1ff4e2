import fc from 'fast-check';
import { bandsExpr } from '../../src/engine/formulas';
import { bandsFromThresholds, DEFAULT_BANDS, defaultBands, findBands, parseBands, shownTier, tierOf } from '../../src/engine/tiers';
import { fillOf, sheet } from './sheets';

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

describe('默认分档按满分的比例（优秀≥90%，良好≥80%，合格≥60%）', () => {
  it('满分20分的表：18.5分是优秀，不是不合格；满分4000分的表：3100分是合格，不是优秀', () => {
    expect(tierOf(18.5, defaultBands(20))).toBe('优秀');
    expect(tierOf(15.99, defaultBands(20))).toBe('合格');
    expect(tierOf(3100, defaultBands(4000))).toBe('合格');
    expect(tierOf(3600, defaultBands(4000))).toBe('优秀');
  });

  it('分数线取到分的百分位向上：满分12.35分，90%是11.115分，11.11分不是优秀，11.12分是', () => {
    const b = defaultBands(12.35);
    expect(b.bands.map((x) => x.min)).toEqual([11.12, 9.88, 7.41]);
    expect([tierOf(11.11, b), tierOf(11.12, b)]).toEqual(['良好', '优秀']);
  });

  it('默认分档写明是默认的，且写出的说明KH.TIER能读回同样的分数线', () => {
    const b = defaultBands(49);
    expect(b.isDefault).toBe(true);
    expect(b.source).toContain('默认分档');
    const back = parseBands(b.source)!;
    expect([back.bands.map((x) => [x.min, x.label]), back.floor]).toEqual([b.bands.map((x) => [x.min, x.label]), '不合格']);
  });

  it('显示等次时注明“默认分档”；表中说明规定的等次和一票否决不注', () => {
    expect(shownTier({ tier: '良好', tierDefault: true })).toBe('良好（默认分档）');
    expect(shownTier({ tier: '二类', tierDefault: false })).toBe('二类');
    expect(shownTier({ tier: '一票否决', tierDefault: true })).toBe('一票否决');
  });

  it('满分8分的评分表（7分）：报告等次良好、注明默认分档，写入的等次公式按满分的比例定档', () => {
    const { report, plan } = fillOf(sheet('评分表', [
      ['考核内容', '分值', '评分标准', '扣分', '得分'],
      ['组织领导', 4, '未成立领导小组扣2分', 1, null],
      ['宣传教育', 4, '未开展宣传扣4分', null, null],
      ['合计', null, null, null, null],
      ['考核等次', null],
    ]));
    expect([report.total, report.fullMarks, report.tier, report.tierDefault]).toEqual([7, 8, '良好', true]);
    expect(report.tierBands).toContain('7.2分以上为优秀');
    const tier = plan.cells.find((c) => c.row === 5)!;
    expect(tier.formula).toBe('=IF(COUNTIF(E2:E3,"请填数字"),"请填数字",IF(E4>=7.2,"优秀",IF(E4>=6.4,"良好",IF(E4>=4.8,"合格","不合格"))))');
  });

  it('表中说明规定了等次时按说明，不是默认分档', () => {
    const { report } = fillOf(sheet('评分表', [
      ['考核内容', '分值', '评分标准', '扣分', '得分'],
      ['组织领导', 4, '未成立领导小组扣2分', 1, null],
      ['宣传教育', 4, '未开展宣传扣4分', null, null],
      ['合计', null, null, null, null],
      ['注：7分以上为好，7分以下为差。'],
    ]));
    expect([report.tier, report.tierDefault]).toEqual(['好', false]);
  });

  it('性质：任意满分与总分，默认等次与“总分÷满分”的比例档一致，写入公式的分数线也一致', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 500000 }), fc.integer({ min: 0, max: 100 }), (fullCents, pct) => {
      const full = fullCents / 100;
      const total = Math.floor((full * pct) / 100 * 100) / 100;
      const share = (total * 100) / full;
      const expected = share >= 90 - 1e-9 ? '优秀' : share >= 80 - 1e-9 ? '良好' : share >= 60 - 1e-9 ? '合格' : '不合格';
      const b = defaultBands(full);
      const formulaTier = bandsExpr(String(total), b).match(/^IF\((\S+?)>=([\d.]+)/);
      return tierOf(total, b) === expected && formulaTier !== null && Number(formulaTier[2]) === b.bands[0].min;
    }));
  });
});

import { applyAcrossRules, readAcrossRules } from '../../src/engine/across-units';

/** The seeds' own words (shared/seeds 002, 004, 001), as the rubric states them. */
const SEED_002 = '所在镇（园区）年度“双提升”司法行政工作位列全县前5名的，分别加1分、0.8分、0.6分、0.4分、0.2分；位于全县后5名，分别扣1分、0.8分、0.6分、0.4分、0.2分。';
const SEED_004 = '对综合排名最后一名的村实行一票否决，并要大会表态发言';
const SEED_001 = '90分以上为一类，80分—90分为二类，80分以下为三类。全市政法队伍管理先进单位从一类单位中产生，分别取区县(市)的前4名、市直副处级以上政法单位的前3名。';
const SEED_001_WARNING = '单位在年度全市政法队伍管理考评中80分以下或列末位，实行一票否决预告';

const unit = (total: number, tier = '合格', veto = false, group = '') => ({ total, tier, veto, group });

describe('跨单位规则：从说明中读出', () => {
  test('名次加减分（002）、末位一票否决（004）、先进只从一类中产生（001）', () => {
    expect(readAcrossRules([SEED_002]).rankPoints).toEqual({ top: [1, 0.8, 0.6, 0.4, 0.2], bottom: [1, 0.8, 0.6, 0.4, 0.2], text: SEED_002 });
    expect(readAcrossRules([SEED_004]).lastPlaceVeto).toEqual({ text: SEED_004 });
    expect(readAcrossRules([SEED_001]).topFromTier).toEqual({ tier: '一类', text: SEED_001 });
  });

  test('“一票否决预告”不是末位否决', () => {
    expect(readAcrossRules([SEED_001_WARNING])).toEqual({});
  });
});

describe('跨单位规则：排名之后应用', () => {
  test('002：前5名分别加1、0.8、0.6、0.4、0.2分，后5名（倒数第一起）分别扣1、0.8…分', () => {
    const totals = [95, 93, 91, 90, 88, 87, 86, 85, 84, 83, 82, 80];
    const r = applyAcrossRules(totals.map((t) => unit(t)), readAcrossRules([SEED_002]));
    expect(r.map((x) => x.rankPoints)).toEqual([1, 0.8, 0.6, 0.4, 0.2, 0, 0, -0.2, -0.4, -0.6, -0.8, -1]);
    expect(r.map((x) => x.total)).toEqual([96, 93.8, 91.6, 90.4, 88.2, 87, 86, 84.8, 83.6, 82.4, 81.2, 79]);
  });

  test('002：同分同名次，同得较好名次的分；被否决的单位不参与', () => {
    const r = applyAcrossRules([unit(95), unit(95), unit(90), unit(99, '一票否决', true)], readAcrossRules(['前2名的分别加1分、0.5分']));
    expect(r.map((x) => x.rankPoints)).toEqual([1, 1, 0, 0]);
  });

  test('004：综合排名最后一名的村一票否决，每组各自的最后一名', () => {
    const r = applyAcrossRules([unit(90, '合格', false, '甲'), unit(70, '合格', false, '甲'), unit(85, '合格', false, '乙'), unit(88, '合格', false, '乙')], readAcrossRules([SEED_004]));
    expect(r.map((x) => [x.veto, x.lastPlace])).toEqual([[false, false], [true, true], [true, true], [false, false]]);
  });

  test('001：先进只从一类单位中产生，二类单位名次再靠前也不是先进', () => {
    const r = applyAcrossRules([unit(92, '一类'), unit(89.5, '二类'), unit(90, '一类')], readAcrossRules([SEED_001]));
    expect(r.map((x) => x.eligible)).toEqual([true, false, true]);
  });
});

describe('跨单位规则：优秀比例（003）', () => {
  const SEED_003 = '执法人员的考核结果分为：优秀、称职和不称职三个等次，被评为优秀等次的人数一般掌握在行政执法人员总数的20%以内。';
  test('读出“优秀…20%以内”', () => {
    expect(readAcrossRules([SEED_003]).quota).toEqual({ tier: '优秀', share: 0.2, text: SEED_003 });
  });

  test('十个单位中至多两个优秀：第三个起降为下一等次；同分的一起保留', () => {
    const totals = [97, 95, 93, 92, 91, 88, 85, 80, 75, 70];
    const units = totals.map((t) => ({ total: t, veto: false, group: '', tier: t >= 90 ? '优秀' : '称职', lowerTier: t >= 90 ? '称职' : '不称职' }));
    const r = applyAcrossRules(units, readAcrossRules([SEED_003]));
    expect(r.map((x) => x.tier)).toEqual(['优秀', '优秀', '称职', '称职', '称职', '称职', '称职', '称职', '称职', '称职']);
    const tied = applyAcrossRules(units.map((u, i) => (i === 2 ? { ...u, total: 95 } : u)), readAcrossRules([SEED_003]));
    expect(tied.slice(0, 4).map((x) => x.tier)).toEqual(['优秀', '优秀', '优秀', '称职']);
  });
});

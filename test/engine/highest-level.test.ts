import { saysHighestOnly } from '../../src/engine/highest-level';
import { fillOf, sheet } from './sheets';

/**
 * 加分按最高级别计、不重复计算. The table follows seed 000's 政法委 layout (项目 merged down, 分值 | 评分标准 | 扣分 |
 * 得分) with the 加分 block such sheets close with; its levels and its note use the wording of published rules:
 * 「同一赛事以最高分计入，不累计加分」 (附加分实施细则, 竞赛类 国家级/省级 by level, http://bhx05.cn/n1204692c2147.aspx)
 * and 「同一事项获得多级表彰的，按最高级别计分，不重复计算」 as the brief quotes it.
 */
function zongZhiSheet(note: string | null, bonuses: [number | null, number | null, number | null]) {
  const rows: (string | number | null)[][] = [
    ['20XX年度平安建设（综治）工作考核评分表', null, null, null, null, null],
    ['项目', '考核内容', '分值', '评分标准', '扣分', '得分'],
    ['组织领导(20分)', '党委政府定期研究平安建设工作', 10, '未研究的扣5分', 0, null],
    [null, '签订平安建设责任书', 10, '缺一个单位扣1分，扣完为止', 2, null],
    ['矛盾纠纷化解(30分)', '开展矛盾纠纷排查化解', 30, '排查不及时的每次扣2分，扣完为止', 4, null],
    ['加分项目（最高加5分）', '工作获得国家级表彰的加3分', null, null, null, bonuses[0]],
    [null, '工作获得省级表彰的加2分', null, null, null, bonuses[1]],
    [null, '工作获得市级表彰的加1分', null, null, null, bonuses[2]],
    ['合计', null, 60, null, null, null],
  ];
  if (note !== null) rows.push([note, null, null, null, null, null]);
  return sheet('综治考核', rows, ['A3:A4', 'A6:A8']);
}

const NOTE = '注：同一事项获得多级表彰的，按最高级别计分，不重复计算。';

describe('加分按级别给分、说明写明“按最高级别计分，不重复计算”的考核表', () => {
  // Items: 10 + (10 − 2) + (30 − 4) = 44. Bonuses 3, 2 and 1 for one honour: the highest, 3, not 6 (capped at 5).
  const { report, plan } = fillOf(zongZhiSheet(NOTE, [3, 2, 1]));

  it('同一事项的国家级、省级、市级加分只计最高的国家级3分，总分44+3=47', () => {
    expect(report.items.map((i) => i.score)).toEqual([10, 8, 26]);
    expect(report.bonus).toBe(3);
    expect(report.total).toBe(47);
  });

  it('报告说明加分按最高级别计，并给出各级合计的6分', () => {
    const w = report.warnings.find((x) => x.code === 'BONUS_HIGHEST_ONLY');
    expect(w?.message).toBe('加分按最高级别计3分，不重复计算（各级合计6分）');
    expect(report.warnings.map((x) => x.code)).not.toContain('BONUS_CAPPED');
  });

  it('写入的合计公式用 MAX 取各级加分中最高的，而不是相加', () => {
    const total = plan.cells.find((c) => c.row === 9 && c.col === 6)!;
    expect(total.formula).toContain('MIN(5,MAX(ABS(F6),ABS(F7),ABS(F8)))');
    expect(total.formula).not.toMatch(/ABS\(F6\)\+ABS\(F7\)/);
    expect(total.value).toBe(47);
  });

  it('只获得省级和市级表彰时计省级的2分，总分46', () => {
    expect(fillOf(zongZhiSheet(NOTE, [null, 2, 1])).report.total).toBe(46);
  });
});

describe('没有“按最高级别”说明的同一张表，各级加分照常相加', () => {
  it('3+2+1=6分超过加分上限5分，按5分计，总分49', () => {
    const { report, plan } = fillOf(zongZhiSheet(null, [3, 2, 1]));
    expect(report.total).toBe(49);
    expect(report.warnings.map((x) => x.code)).toContain('BONUS_CAPPED');
    expect(report.warnings.map((x) => x.code)).not.toContain('BONUS_HIGHEST_ONLY');
    expect(plan.cells.find((c) => c.row === 9 && c.col === 6)!.formula).toContain('MIN(5,ABS(F6)+ABS(F7)+ABS(F8))');
  });
});

describe('“按最高级别计”的各种说法', () => {
  it.each([
    '同一事项获得多级表彰的，按最高级别计分，不重复计算',
    '同一赛事以最高分计入，不累计加分',
    '同一项目获多项奖励的按最高一项加分',
    '多级表彰就高不就低',
  ])('“%s”是按最高计', (text) => expect(saysHighestOnly(text)).toBe(true));

  it.each(['同一问题不重复扣分', '加分最高不超过5分', '累计加分不超过3分', '累计最高计5分'])('“%s”不是', (text) => expect(saysHighestOnly(text)).toBe(false));
});

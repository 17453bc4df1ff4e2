import type { FixtureCell, SheetFixture } from '../contract/adapter-contract';

/**
 * Composite sheets (SCORING.md §8) rebuilt from public forms, with realistic entries and hand-computed results: what
 * `kaohe fill --json` must report, and the cells it writes. Shared by the command-line, LibreOffice and add-in tests.
 */
export interface CompositeForm {
  source: string;
  fixture: SheetFixture;
  expect: {
    mechanisms: string[];
    items: number[];
    total: number;
    fullMarks: number;
    tier: string;
    complete: boolean;
    warnings: string[];
    /** A1 addresses the fill writes, sorted. */
    written: string[];
  };
}

const row = (...cells: FixtureCell[]): FixtureCell[] => cells;

/**
 * 德、能、勤、绩、廉 weighted 15% · 10% · 30% · 30% · 15% (工作人员考核要素量化评分表, fsou.net/html/text/lar/172717/17271719_5.html),
 * levels 优秀 (100, 95, 90) · 称职 (85, 80, 75) · 基本称职 (70, 65, 60) · 不称职 (55) written as the note's bands.
 * 92×15% + 85×10% + 88×30% + 90×30% + 95×15% = 13.8 + 8.5 + 26.4 + 27 + 14.25 = 89.95, 称职.
 */
export function deNengQinJiLian(): CompositeForm {
  return {
    source: 'http://www.fsou.net/html/text/lar/172717/17271719_5.html',
    fixture: {
      name: '考核要素量化评分表',
      cells: [
        row('工作人员考核要素量化评分表'),
        row('考核要素', '权重', '评价内容', '得分'),
        row('德', 0.15, '政治坚定，遵纪守法，品行端正', 92),
        row('能', 0.1, '业务精通，履职能力强', 85),
        row('勤', 0.3, '爱岗敬业，勤勉尽责，出勤良好', 88),
        row('绩', 0.3, '完成工作任务的数量、质量和效率', 90),
        row('廉', 0.15, '廉洁自律，秉公用权', 95),
        row('综合得分', null, null, null),
        row('考核等次', null, null, null),
        row('注：综合得分90分以上为优秀，75分以上为称职，60分以上为基本称职，60分以下为不称职。'),
      ],
      merges: ['A1:D1', 'A10:D10'],
    },
    expect: {
      mechanisms: ['weights'], items: [92, 85, 88, 90, 95], total: 89.95, fullMarks: 100, tier: '称职', complete: true,
      warnings: [], written: ['B9', 'D8'],
    },
  };
}

/**
 * 2012年度镇街、功能区党政领导干部绩效考核赋分表 (瑞安市, wzdkw.gov.cn/system/2012/05/28/011038209_05.shtml): each 项目 on its
 * own 分值 (重要项目考核 600, 市四套班子主要领导评价 200, 民主测评 200), weighted 60% · 20% · 20%.
 * 540/600×60 + 196/200×20 + 190/200×20 = 54 + 19.6 + 19 = 92.6, 优秀 (默认分档).
 */
export function ruiAnFuFen(): CompositeForm {
  return {
    source: 'http://wzdkw.gov.cn/system/2012/05/28/011038209_05.shtml',
    fixture: {
      name: '赋分表',
      cells: [
        row('2012年度镇街党政主要领导绩效考核赋分表'),
        row('项目', '分值', '权重', '内容与要求', '得分', '加权得分'),
        row('重要项目考核', 600, '60%', '根据各镇街工作绩效考核中重要项目考核得分进行换算', 540, null),
        row('市四套班子主要领导评价', 200, '20%', '由市四套班子主要领导评价排名计分', 196, null),
        row('民主测评', 200, '20%', '根据领导干部年度考核民主测评情况计分', 190, null),
        row('合计', null, null, null, null, null),
      ],
      merges: ['A1:F1'],
    },
    expect: {
      mechanisms: ['weights'], items: [540, 196, 190], total: 92.6, fullMarks: 100, tier: '优秀', complete: true,
      warnings: [], written: ['F3', 'F4', 'F5', 'F6'],
    },
  };
}

/**
 * 工作实绩量化考核 (党政机关领导干部工作实绩量化考核分值计算, biz.doczj.com/doc/0519532276.html): 分管领导评价 20% ·
 * 干部职工评价 40% · 考核组评价 40%, each of 工作任务量 30% · 工作效率 30% · 工作完成情况 40%, a rater group's score per
 * measure in its own column. Per measure: 任务量 .2×100 + .4×80 + .4×80 = 84; 效率 16 + 32 + 40 = 88;
 * 完成情况 20 + 40 + 24 = 84. Total 84×.3 + 88×.3 + 84×.4 = 25.2 + 26.4 + 33.6 = 85.2, 良好 (默认分档).
 */
export function shiJiLiangHua(): CompositeForm {
  return {
    source: 'http://biz.doczj.com/doc/0519532276.html',
    fixture: {
      name: '实绩量化考核',
      cells: [
        row('党政机关领导干部工作实绩量化考核计分表'),
        row('量化测评指标', '权重', '分管领导评价（20%）', '干部职工评价（40%）', '考核组评价（40%）', '得分'),
        row('工作任务量', '30%', 100, 80, 80, null),
        row('工作效率', '30%', 80, 80, 100, null),
        row('工作完成情况', '40%', 100, 100, 60, null),
        row('综合得分', null, null, null, null, null),
      ],
      merges: ['A1:F1'],
    },
    expect: {
      mechanisms: ['weights', 'shares'], items: [84, 88, 84], total: 85.2, fullMarks: 100, tier: '良好', complete: true,
      warnings: [], written: ['F3', 'F4', 'F5', 'F6'],
    },
  };
}

/**
 * Five raters marking 德能勤绩廉, trimmed as the sheet says (「去掉一个最高分、去掉一个最低分后的平均分」, the rule as
 * www.wesiedu.com publishes it for judged contests; the averaging of raters from fsou.net/html/text/lar/172717/17271719_5.html).
 * 德 (450−95−85)/3 = 90; 能 (330−90−75)/2 = 82.5 (评委4 blank); 勤 (439−90−86)/3 = 87.67; 绩 92 (one rater: plain mean,
 * a warning); 廉 (486−100−95)/3 = 97. Total 13.5 + 8.25 + 26.301 + 27.6 + 14.55 = 90.201 → 90.2, 优秀 (默认分档).
 */
export function raterPanel(): CompositeForm {
  return {
    source: 'https://www.wesiedu.com/s/公式计算出每位考生在去掉一个最高分-去掉一个最低分-后的平均分.html',
    fixture: {
      name: '评委评分表',
      cells: [
        row('考核要素评委评分表（去掉一个最高分、去掉一个最低分后取平均分）'),
        row('考核要素', '权重', '评委打分', null, null, null, null, '得分'),
        row(null, null, '评委1', '评委2', '评委3', '评委4', '评委5', null),
        row('德', 0.15, 90, 95, 88, 92, 85, null),
        row('能', 0.1, 80, 85, 90, null, 75, null),
        row('勤', 0.3, 88, 88, 90, 86, 87, null),
        row('绩', 0.3, 92, null, null, null, null, null),
        row('廉', 0.15, 100, 95, 98, 96, 97, null),
        row('综合得分', null, null, null, null, null, null, null),
      ],
      merges: ['A1:H1', 'A2:A3', 'B2:B3', 'C2:G2', 'H2:H3'],
    },
    expect: {
      mechanisms: ['weights', 'raters'], items: [90, 82.5, 87.67, 92, 97], total: 90.2, fullMarks: 100, tier: '优秀', complete: true,
      warnings: ['RATERS_TOO_FEW'], written: ['H4', 'H5', 'H6', 'H7', 'H8', 'H9'],
    },
  };
}

/**
 * 考核评分标准说明表 (xout.cn/jxfw/202507/276881.html): 五级评分制 优秀(5分) · 良好(4分) · 合格(3分) · 需改进(2分) · 不合格(1分),
 * 「“工作质量”占比30%，“团队协作”占比20%」 (the other weights ours). Ticked 良好 ✓, 优秀 ✓, 合格 √, 良好 ○, 优秀 1, 良好 √:
 * 4/5×30 + 5/5×15 + 3/5×20 + 4/5×10 + 5/5×15 + 4/5×10 = 24 + 15 + 12 + 8 + 15 + 8 = 82, 良好 (默认分档).
 */
export function fiveLevels(): CompositeForm {
  const levels = (k: number, mark: FixtureCell) => [0, 1, 2, 3, 4].map((i) => (i === k ? mark : null));
  return {
    source: 'http://www.xout.cn/jxfw/202507/276881.html',
    fixture: {
      name: '五级评分表',
      cells: [
        row('考核评分表（五级评分制）'),
        row('考核指标', '权重', '优秀(5分)', '良好(4分)', '合格(3分)', '需改进(2分)', '不合格(1分)', '得分'),
        row('工作质量', '30%', ...levels(1, '✓'), null),
        row('工作效率', '15%', ...levels(0, '✓'), null),
        row('团队协作', '20%', ...levels(2, '√'), null),
        row('创新能力', '10%', ...levels(1, '○'), null),
        row('完成度', '15%', ...levels(0, 1), null),
        row('责任心', '10%', ...levels(1, '√'), null),
        row('合计', null, null, null, null, null, null, null),
      ],
      merges: ['A1:H1'],
    },
    expect: {
      mechanisms: ['weights', 'levels'], items: [4, 5, 3, 4, 5, 4], total: 82, fullMarks: 100, tier: '良好', complete: true,
      warnings: [], written: ['H3', 'H4', 'H5', 'H6', 'H7', 'H8', 'H9'],
    },
  };
}

/**
 * 民主测评 votes turned into points as the note states (党政机关领导干部工作实绩量化考核分值计算, biz.doczj.com/doc/0519532276.html:
 * 「得分={([繁重]得票数×100分)+([较多]得票数×80分)+([一般]得票数×60分)+([较少]得票数×40分)}÷测评有效票数」), here over
 * 优秀/称职/基本称职/不称职 votes for 德能勤绩廉 (weights 15/10/30/30/15%), 40 valid votes each:
 * 德 (30×100+8×80+2×60)/40 = 94; 能 (25×100+12×80+3×60)/40 = 91; 勤 (20×100+15×80+4×60+1×40)/40 = 87;
 * 绩 (28×100+10×80+2×60)/40 = 93; 廉 (34×100+6×80)/40 = 97. 14.1 + 9.1 + 26.1 + 27.9 + 14.55 = 91.75, 优秀 (默认分档).
 */
export function democraticVotes(): CompositeForm {
  return {
    source: 'http://biz.doczj.com/doc/0519532276.html',
    fixture: {
      name: '民主测评表',
      cells: [
        row('领导干部民主测评计分表'),
        row('测评项目', '权重', '优秀票', '称职票', '基本称职票', '不称职票', '有效票数', '得分'),
        row('德', '15%', 30, 8, 2, 0, 40, null),
        row('能', '10%', 25, 12, 3, 0, 40, null),
        row('勤', '30%', 20, 15, 4, 1, 40, null),
        row('绩', '30%', 28, 10, 2, 0, 40, null),
        row('廉', '15%', 34, 6, 0, 0, 40, null),
        row('综合得分', null, null, null, null, null, null, null),
        row('注：各项得分=(优秀票×100+称职票×80+基本称职票×60+不称职票×40)÷有效票数。'),
      ],
      merges: ['A1:H1', 'A9:H9'],
    },
    expect: {
      mechanisms: ['weights', 'votes'], items: [94, 91, 87, 93, 97], total: 91.75, fullMarks: 100, tier: '优秀', complete: true,
      warnings: [], written: ['H3', 'H4', 'H5', 'H6', 'H7', 'H8'],
    },
  };
}

/**
 * Seed 000's 昭通市政法综治宣传信息工作考核办法 (its 考核标准 as published in the seed): points per piece by level, 「被党政领导
 * 批示的得双倍分」. 政法综治委办 1 × 40; 省党政 (2 + 1 批示) × 30 = 90; 省政法综治 3 × 20 = 60; 市党政 (4 + 2) × 10 = 60;
 * 内参、调研 6 × 5 = 30; 简报信息 (15 + 3) × 2 = 36. Total 316, no full marks, no tier of its own.
 */
export function zhaoTongPoints(): CompositeForm {
  const levels: [string, number, number | null, number | null][] = [
    ['中央党政选载', 50, null, null], ['政法综治委办选载', 40, 1, null], ['省党政选载', 30, 2, 1], ['省政法综治选载', 20, 3, null],
    ['市党政选载', 10, 4, 2], ['内参、调研', 5, 6, null], ['简报信息', 2, 15, 3],
  ];
  return {
    source: 'shared/seeds/000_6de83c4aa82911c4.txt（昭通市政法综治宣传信息工作考核办法）',
    fixture: {
      name: '信息宣传计分表',
      cells: [
        row('政法综治宣传信息工作考核计分表（简报内刊）'),
        row('刊载媒体', '每条分值', '条数', '批示条数', '得分'),
        ...levels.map(([n, p, c, d]) => row(n, p, c, d, null)),
        row('合计', null, null, null, null),
        row('注：被党政领导批示的得双倍分。'),
      ],
      merges: ['A1:E1'],
    },
    expect: {
      mechanisms: ['points'], items: [0, 40, 90, 60, 60, 30, 36], total: 316, fullMarks: 0, tier: '未定等次', complete: true,
      warnings: [], written: ['E10', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9'],
    },
  };
}

/**
 * The same 民主测评计分表 (biz.doczj.com/doc/0519532276.html) with each item on its own 分值 of 20 and scored by the
 * 优秀得票率 bands issue 17 quotes (80%以上得满分、60%—80%得15分、40%—60%得10分、40%以下得5分). 40 valid votes each;
 * 优秀 34 (85%) → 20, 32 (80%) → 20, 28 (70%) → 15, 24 (60%) → 15, 10 (25%) → 5: 75 of 100, 合格 (默认分档).
 */
export function democraticVoteBands(): CompositeForm {
  const excellent = [34, 32, 28, 24, 10];
  return {
    source: 'http://biz.doczj.com/doc/0519532276.html',
    fixture: {
      name: '民主测评分档表',
      cells: [
        row('领导干部民主测评计分表'),
        row('测评项目', '分值', '优秀票', '称职票', '基本称职票', '不称职票', '有效票数', '得分'),
        ...['德', '能', '勤', '绩', '廉'].map((n, i) => row(n, 20, excellent[i], 38 - excellent[i], 2, 0, 40, null)),
        row('综合得分', 100, null, null, null, null, null, null),
        row('注：各项按优秀得票率计分，优秀得票率达到80%以上得满分，60%—80%得15分，40%—60%得10分，40%以下得5分。'),
      ],
      merges: ['A1:H1', 'A9:H9'],
    },
    expect: {
      mechanisms: ['votes'], items: [20, 20, 15, 15, 5], total: 75, fullMarks: 100, tier: '合格', complete: true,
      warnings: [], written: ['H3', 'H4', 'H5', 'H6', 'H7', 'H8'],
    },
  };
}

export const COMPOSITE_FORMS = [deNengQinJiLian, ruiAnFuFen, shiJiLiangHua, raterPanel, fiveLevels, democraticVotes, democraticVoteBands, zhaoTongPoints];

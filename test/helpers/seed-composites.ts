import type { FixtureCell, SheetFixture } from '../contract/adapter-contract';

/**
 * The seeds' own assessment systems rebuilt as composite sheets: the worked examples under examples/, each with its
 * hand-computed results in examples/<name>.expected.json. scripts/composite-examples.js writes the workbooks.
 */
export interface SeedExample {
  /** File name under examples/, without .xlsx. */
  name: string;
  seed: string;
  sheets: SheetFixture[];
}

const row = (...cells: FixtureCell[]): FixtureCell[] => cells;

/**
 * Seed 000, 治安防范工作考核细则范文: seven 考核指标, 「每项指标根据重要程度分配相应权重」, graded 「优秀、合格、待改进」. The
 * seed states neither the weights nor the bands: the weights (10/20/15/20/10/10/15%) and the note (90 以上优秀, 70 以上合格)
 * are ours, written on the sheet as a user would. 92×.1 + 88×.2 + 85×.15 + 90×.2 + 80×.1 + 95×.1 + 86×.15
 * = 9.2 + 17.6 + 12.75 + 18 + 8 + 9.5 + 12.9 = 87.95, 合格.
 */
export function seed000Weighted(): SeedExample {
  const items: [string, string, number][] = [
    ['工作基本情况', '10%', 92],
    ['巡逻防控工作', '20%', 88],
    ['社会面巡查工作', '15%', 85],
    ['突发事件应对', '20%', 90],
    ['统计分析和报告工作', '10%', 80],
    ['社会宣传工作', '10%', 95],
    ['协助调查破案工作', '15%', 86],
  ];
  return {
    name: 'seed000-weighted',
    seed: '000_6de83c4aa82911c4.txt（治安防范工作考核细则范文）',
    sheets: [{
      name: '治安防范考核',
      cells: [
        row('治安防范工作考核评分表'),
        row('序号', '考核指标', '权重', '考核内容', '得分', '加权得分'),
        ...items.map(([n, w, sc], i) => row(i + 1, n, w, `考核工作人员${n}的完成情况`, sc, null)),
        row('合计', null, null, null, null, null),
        row('考核等次', null, null, null, null, null),
        row('注：综合得分90分以上为优秀，70分以上为合格，70分以下为待改进。'),
      ],
      merges: ['A1:F1', 'A10:E10', 'A12:F12'],
    }],
  };
}

/**
 * Seed 003, 乡镇依法行政考核方案: 「日常工作评价、年终考核、领导小组办公室评议分别按20%、70%、10%的比例计入被考核单位总分」.
 * One sheet per 乡镇, the three stages as weighted rows. 城关镇 92·88.5·95 → 18.4 + 61.95 + 9.5 = 89.85;
 * 河口镇 95·93·90 → 19 + 65.1 + 9 = 93.1; 石门乡 80·78·85 → 16 + 54.6 + 8.5 = 79.1. Default bands (默认分档):
 * 良好, 优秀, 合格. (The 优秀 quota of 20% is applied across units by the report: not yet built.)
 */
export function seed003Stages(): SeedExample {
  const unit = (name: string, a: number, b: number, c: number): SheetFixture => ({
    name,
    cells: [
      row(`${name}依法行政工作考核计分表`),
      row('考核方式', '得分', '说明'),
      row('日常工作评价（20%）', a, '依法行政档案动态记录'),
      row('年终考核（70%）', b, '按考核评分标准年终考核'),
      row('领导小组办公室评议（10%）', c, '县推进依法行政工作领导小组办公室评议'),
      row('总分', null, null),
      row('等次', null, null),
    ],
    merges: ['A1:C1'],
  });
  return {
    name: 'seed003-stages',
    seed: '003_ca175241dc799e0d.txt（乡镇依法行政考核方案）',
    sheets: [unit('城关镇', 92, 88.5, 95), unit('河口镇', 95, 93, 90), unit('石门乡', 80, 78, 85)],
  };
}

export const SEED_EXAMPLES = [seed000Weighted, seed003Stages];

/**
 * A unit's sheet for the across-unit examples: three 考核项目 (40 · 30 · 30 分) whose scores the assessor typed, a 合计,
 * a 考核等次 cell and the rubric's notes, which state the rules the report applies across units.
 */
function unitSheet(name: string, scores: [number, number, number], notes: string[]): SheetFixture {
  return {
    name,
    cells: [
      row(`${name}年度考核评分表`),
      row('考核项目', '分值', '得分'),
      row('重点工作', 40, scores[0]),
      row('日常工作', 30, scores[1]),
      row('队伍建设', 30, scores[2]),
      row('合计', 100, null),
      row('考核等次', null, null),
      ...notes.map((n) => row(n)),
    ],
    merges: ['A1:C1'],
  };
}

export interface ReportExample extends SeedExample {
  /** kaohe report's options for this system. */
  args: string[];
}

/**
 * Seed 002, 司法所年度目标绩效考核办法: 「位列全县前5名的，分别加1分、0.8分、0.6分、0.4分、0.2分；位于全县后5名，分别扣1分、
 * 0.8分、0.6分、0.4分、0.2分」. Eight 司法所 (totals 96, 93, 91, 90, 88, 86, 84, 80): the first five gain 1 … 0.2; the other
 * three are among the last five, the last losing 1, then 0.8, 0.6 (a unit among the first five loses nothing).
 */
export function seed002RankPoints(): ReportExample {
  const note = '注：所在镇（园区）年度“双提升”司法行政工作位列全县前5名的，分别加1分、0.8分、0.6分、0.4分、0.2分；位于全县后5名，分别扣1分、0.8分、0.6分、0.4分、0.2分。';
  const units: [string, [number, number, number]][] = [
    ['城关司法所', [38, 29, 29]], ['东岳司法所', [37, 28, 28]], ['西河司法所', [36, 28, 27]], ['南山司法所', [36, 27, 27]],
    ['北湖司法所', [35, 27, 26]], ['石桥司法所', [34, 26, 26]], ['柳林司法所', [33, 26, 25]], ['青峰司法所', [32, 24, 24]],
  ];
  return { name: 'seed002-rank-points', seed: '002_082047df5dd5c143.txt（司法所年度目标绩效考核办法）', args: [], sheets: units.map(([n, s]) => unitSheet(n, s, [note])) };
}

/**
 * Seed 004, xx镇综治及信访工作考核实施方案: 「对综合排名最后一名的村实行一票否决」, and 「年终综合考核分值在85分以上的…80分以下…」
 * (here as the bands 85 以上优秀, 80 以上合格). Five villages (93, 88, 86, 81, 79): 李家村, last at 79, is vetoed.
 */
export function seed004LastVeto(): ReportExample {
  const notes = ['注：85分以上为优秀，80分以上为合格，80分以下为不合格。', '对综合排名最后一名的村实行一票否决。'];
  const units: [string, [number, number, number]][] = [
    ['王庄村', [37, 28, 28]], ['张湾村', [35, 27, 26]], ['刘集村', [34, 26, 26]], ['赵岗村', [32, 25, 24]], ['李家村', [31, 24, 24]],
  ];
  return { name: 'seed004-last-veto', seed: '004_23b45d4329ca2ba9.txt（xx镇综治及信访工作考核实施方案）', args: [], sheets: units.map(([n, s]) => unitSheet(n, s, notes)) };
}

/**
 * Seed 001, 常德市政法队伍联带包创精细化管理办法: 「90分以上…为一类，80分—90分为二类，80分以下为三类。…先进单位从一类单位中
 * 产生，分别取区县(市)的前4名、市直…的前3名」, here the first two of each group (--top 2, groups by the 区县-/市直- prefix).
 * 区县: 武陵 94 (一类), 鼎城 91 (一类), 汉寿 89.5 (二类) — 先进 武陵, 鼎城. 市直: 公安局 92 (一类), 法院 88 (二类), 司法局 85
 * (二类) — 法院 ranks second but is 二类, so 公安局 alone is 先进.
 */
export function seed001TopClass(): ReportExample {
  const notes = ['注：总分90分以上（以上含本数，以下不含本数）为一类，80分—90分为二类，80分以下为三类。', '全市政法队伍管理先进单位从一类单位中产生，分别取区县(市)的前4名、市直副处级以上政法单位的前3名。'];
  const units: [string, [number, number, number]][] = [
    ['区县-武陵区', [38, 28, 28]], ['区县-鼎城区', [37, 27, 27]], ['区县-汉寿县', [36, 27, 26.5]],
    ['市直-市公安局', [37, 28, 27]], ['市直-市中级法院', [36, 26, 26]], ['市直-市司法局', [34, 26, 25]],
  ];
  return { name: 'seed001-top-class', seed: '001_5160d545d456065e.txt（常德市政法队伍联带包创精细化管理办法）', args: ['--top', '2', '--group', 'prefix'], sheets: units.map(([n, s]) => unitSheet(n, s, notes)) };
}

/**
 * Seed 003, 乡镇依法行政考核方案: the stages weighted 20% · 70% · 10% on each 乡镇's sheet, and 「被评为优秀等次的人数一般掌握在
 * …总数的20%以内」, applied here to the ten 乡镇 (the seed says it of 执法人员; the rule reads the same). Bands as in the
 * seed's 优秀/称职/不称职 (90 以上, 80 以上). Totals: 94.4, 93.1, 91.1, 90.2 (all 优秀 on their sheets), 86.8, 84.6, 80.9,
 * 79.1, 76.8, 73.2. ⌊20% × 10⌋ = 2 keep 优秀: 石门乡 and 柳溪镇 become 称职.
 */
export function seed003Quota(): ReportExample {
  const notes = ['注：总分90分以上为优秀，80分以上为称职，80分以下为不称职。被评为优秀等次的单位一般掌握在被考核单位总数的20%以内。'];
  const units: [string, number, number, number][] = [
    ['城关镇', 95, 94, 96], ['河口镇', 95, 93, 90], ['石门乡', 92, 91, 90], ['柳溪镇', 90, 90, 92], ['桃源镇', 88, 86, 90],
    ['青山乡', 85, 84, 88], ['白沙镇', 82, 80, 85], ['新华乡', 80, 78, 85], ['龙潭镇', 78, 76, 80], ['金桥乡', 75, 72, 78],
  ];
  const sheet = ([name, a, b, c]: [string, number, number, number]): SheetFixture => ({
    name,
    cells: [
      row(`${name}依法行政工作考核计分表`),
      row('考核方式', '得分'),
      row('日常工作评价（20%）', a),
      row('年终考核（70%）', b),
      row('领导小组办公室评议（10%）', c),
      row('总分', null),
      row('等次', null),
      ...notes.map((n) => row(n)),
    ],
    merges: ['A1:B1'],
  });
  return { name: 'seed003-quota', seed: '003_ca175241dc799e0d.txt（乡镇依法行政考核方案）', args: [], sheets: units.map(sheet) };
}

export const REPORT_EXAMPLES = [seed002RankPoints, seed004LastVeto, seed001TopClass, seed003Quota];

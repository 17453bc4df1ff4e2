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

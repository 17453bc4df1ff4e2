import { mergeAt } from '../../src/engine/header';
import type { SheetSnapshot } from '../../src/engine/snapshot';
import { fillOf, sheet } from './sheets';

function filled(s: SheetSnapshot, mode: 'formulas' | 'values' = 'formulas') {
  return fillOf(s, { mode });
}

/** No planned cell lies inside a merged area except at its top-left corner. */
function expectNoHiddenWrites(s: SheetSnapshot, cells: { row: number; col: number }[]): void {
  for (const c of cells) {
    const m = mergeAt(s.merges, c.row, c.col);
    if (m) expect([c.row, c.col]).toEqual([m.top, m.left]);
  }
}

const ROWS = [
  ['考核项目', '评分标准', '分值', '扣分', '得分'],
  ['平安建设（20分）', '未落实的扣2分', 5, 2, null],
  [null, '无方案的扣1分', 5, 1, null],
  [null, '每少一篇扣2分', 5, 4, null],
  [null, '迟报一次扣0.5分', 5, 0.5, null],
  ['合计', null, null, null, null],
];

describe('合并的得分格', () => {
  for (const mode of ['formulas', 'values'] as const) {
    it(`得分格E2:E4合并了三个项目（${mode}）：只在左上角E2写入三项之和并提示，合计不重复计入`, () => {
      const s = sheet('甲镇', ROWS, ['A2:A5', 'E2:E4']);
      const { report, plan } = filled(s, mode);
      expect(report.items.map((i) => i.score)).toEqual([3, 4, 1, 4.5]);
      expectNoHiddenWrites(s, plan.cells);
      const e2 = plan.cells.find((c) => c.row === 2)!;
      expect(e2.value).toBe(8);
      expect(plan.cells.some((c) => c.row === 3 || c.row === 4)).toBe(false);
      expect(report.warnings).toContainEqual(expect.objectContaining({ row: 2, code: 'SCORES_MERGED' }));
      const total = plan.cells.find((c) => c.row === 6)!;
      expect(total.value).toBe(12.5);
      if (mode === 'formulas') expect(total.formula).toBe('=IF(COUNTIF(E2:E5,"请填数字"),"请填数字",ROUND(MAX(0,MIN(20,SUM(E2,E5))),2))');
    });
  }

  it('“得分”表头向下合并进项目行（E1:E3）：不写入被合并遮住的格，逐项提示，合计照算，不出错', () => {
    const s = sheet('乙镇', ROWS, ['A2:A5', 'E1:E3']);
    const { report, plan } = filled(s);
    expectNoHiddenWrites(s, plan.cells);
    expect(report.warnings.filter((w) => w.code === 'SCORE_CELL_MERGED').map((w) => w.row)).toEqual([2, 3]);
    expect(plan.cells.find((c) => c.row === 6)!.value).toBe(12.5);
    expect(plan.cells.find((c) => c.row === 6)!.formula).toMatch(/^=IF\(COUNTIF\(E4:E5,\"请填数字\"\),\"请填数字\",ROUND\(MAX\(0,MIN\(20,SUM\(IF\(ISTEXT\(D2\),\"请填数字\",ROUND\(C2-/);
  });

  it('基础分C2:C4合并（一个基础分管三行）：是一个项目，三行扣分相加，得分写在第一行', () => {
    const s = sheet('丙镇', [
      ['考核项目', '评分标准', '分值', '扣分', '得分'],
      ['平安建设（10分）', '未落实的扣2分', 10, 2, null],
      [null, '无方案的扣1分', null, 1, null],
      [null, '每发现一例扣0.5分', null, '0.5分', null],
      ['合计', null, null, null, null],
    ], ['A2:A4', 'C2:C4', 'E2:E4']);
    const { report, plan } = filled(s);
    expect(report.items).toHaveLength(1);
    expect(report.items[0]).toMatchObject({ row: 2, base: 10, deduction: 3.5, score: 6.5 });
    expect(report.adjustments).toEqual([]);
    expectNoHiddenWrites(s, plan.cells);
    expect(plan.cells.find((c) => c.row === 2)!.formula).toMatch(/D2.*D3.*D4/);
    expect(report.total).toBe(6.5);
  });

  it('跨分项的合并得分格不写入，说明原因，分项和合计照算', () => {
    const s = sheet('丁镇', [
      ['考核项目', '评分标准', '分值', '扣分', '得分'],
      ['平安建设（5分）', '未落实的扣2分', 5, 2, null],
      ['基础工作（5分）', '无方案的扣1分', 5, 1, null],
      ['合计', null, null, null, null],
    ], ['E2:E3']);
    const { report, plan } = filled(s);
    expectNoHiddenWrites(s, plan.cells);
    expect(report.total).toBe(7);
    expect(plan.cells.find((c) => c.row === 4)!.value).toBe(7);
    expect(report.warnings.map((w) => w.code)).toContain('SCORE_CELL_MERGED');
  });
});

describe('同一工作表里的第二张评分表', () => {
  it('合计行之后又有一个表头：第一张照常填写，并指明第二张表从哪一行起未填写', () => {
    const s = sheet('戊镇', [
      ['考核项目', '评分标准', '分值', '扣分', '得分'],
      ['平安建设（10分）', '未落实的扣2分', 10, 2, null],
      ['合计', null, null, null, null],
      [null, null, null, null, null],
      ['考核项目', '评分标准', '分值', '扣分', '得分'],
      ['基础工作（10分）', '无方案的扣1分', 10, 1, null],
      ['合计', null, null, null, null],
    ]);
    const { report } = filled(s);
    expect(report.total).toBe(8);
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 5, code: 'LATER_TABLE' }));
    expect(report.warnings.find((w) => w.code === 'LATER_TABLE')!.message).toContain('第5行');
  });
});

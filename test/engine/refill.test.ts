import type { FillOptions } from '../../src/engine/fill';
import { recordFill, writtenCells, EMPTY_FILL_RECORD } from '../../src/engine/fill-record';
import type { CellValue, SheetSnapshot } from '../../src/engine/snapshot';
import { applied, fillOf, sheet } from './sheets';

const rows = (d5: CellValue): CellValue[][] => [
  ['考核项目', '评分标准', '分值', '扣分', '得分'],
  ['组织领导（20分）', '未成立领导小组的扣2分', 10, 2, null],
  [null, '无工作计划的扣3分', 10, d5, null],
  ['合计', null, null, null, null],
];

/** Fills, and remembers what it wrote as the adapters do (recordFill over the plan's cells). */
function fillAndRecord(s: SheetSnapshot, opts: FillOptions, record = EMPTY_FILL_RECORD) {
  const out = fillOf(s, { ...opts, written: writtenCells(record, s.name) });
  const after = applied(s, out.plan.cells);
  const next = recordFill(record, s.name, out.plan.cells.map((c) => ({ ...c })), []);
  return { out, after, record: next };
}

/** The same sheet with one entry corrected by hand, everything else (the tool's cells included) as it was. */
function corrected(s: SheetSnapshot, row: number, col: number, v: CellValue): SheetSnapshot {
  const values = s.values.map((r) => [...r]);
  values[row - 1][col - 1] = v;
  return { ...s, values };
}

describe('改正扣分后重新填写：工作簿记得本工具写过哪些格', () => {
  for (const mode of ['values', 'formulas', 'functions'] as const) {
    it(`“${mode}”方式：第一次填写后把扣分3改为1，再填写时更新自己写过的得分和合计`, () => {
      const first = fillAndRecord(sheet('甲镇', rows(3)), { mode });
      expect(first.out.report.total).toBe(15);
      const second = fillAndRecord(corrected(first.after, 3, 4, 1), { mode }, first.record);
      expect(second.out.report.total).toBe(17);
      expect(second.out.report.warnings.map((w) => w.code)).not.toContain('SCORE_CELL_TAKEN');
      const at = (r: number) => second.out.plan.cells.find((c) => c.row === r && c.col === 5)?.value;
      expect([at(2), at(3), at(4)]).toEqual([8, 9, 17]);
    });
  }

  it('用户手改过的得分格仍不覆盖，并给出提示；其余自己写过的格照常更新', () => {
    const first = fillAndRecord(sheet('甲镇', rows(3)), { mode: 'values' });
    const handEdited = corrected(corrected(first.after, 2, 5, 7.5), 3, 4, 1);
    const second = fillOf(handEdited, { mode: 'values', written: writtenCells(first.record, '甲镇') });
    expect(second.plan.cells.some((c) => c.row === 2 && c.col === 5)).toBe(false);
    expect(second.report.warnings).toContainEqual(expect.objectContaining({ row: 2, code: 'SCORE_CELL_TAKEN' }));
    expect(second.plan.cells.find((c) => c.row === 4)?.value).toBe(17);
  });

  it('没有填写记录时，数值方式下已过时的得分被当作用户的内容，不被覆盖（所以需要记录）', () => {
    const first = fillOf(sheet('甲镇', rows(3)), { mode: 'values' });
    const again = fillOf(corrected(applied(sheet('甲镇', rows(3)), first.plan.cells), 3, 4, 1), { mode: 'values' });
    expect(again.report.warnings.map((w) => w.code)).toContain('SCORE_CELL_TAKEN');
  });
});

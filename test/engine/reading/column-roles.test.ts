import { readColumnRoles } from '../../../src/engine/reading/column-roles';
import { rangHuLu, sheet } from '../sheets';

describe('the column-roles pass', () => {
  it('finds seed 000’s header on row 2 and names each column’s role, the title above it kept as a note', () => {
    const r = readColumnRoles(rangHuLu());
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.headerRow).toBe(2);
    expect(r.value.headerEnd).toBe(2);
    expect(r.value.columns).toEqual({ section: 1, index: 2, content: 3, criteria: 4, base: 5, basis: 6, deduction: 7, score: 8 });
    expect(r.value.leftCols).toEqual([1, 2, 3]);
    expect(r.value.above).toEqual(['让胡路区委政法委政法工作2023年度绩效考核细则']);
  });

  it('reads a two-row header under 考核组评分 to its end on the second row', () => {
    const s = sheet('表', [
      ['考核内容', '分值', '评分标准', '考核组评分', null],
      [null, null, null, '扣分', '得分'],
      ['组织领导', 10, '未成立扣5分', null, null],
    ], ['D1:E1', 'A1:A2', 'B1:B2', 'C1:C2']);
    const r = readColumnRoles(s);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.headerEnd).toBe(2);
    expect(r.value.columns).toMatchObject({ content: 1, base: 2, criteria: 3, deduction: 4, score: 5 });
  });

  it('refuses a sheet with no 分值 column, naming the column it lacks', () => {
    const r = readColumnRoles(sheet('表', [['考核内容', '评分标准', '扣分', '得分'], ['组织', '未成立扣5分', 1, null]]));
    expect(r.ok ? null : r.error.code).toBe('MISSING_BASE');
  });

  it('refuses a weighted sheet before reading any row', () => {
    const r = readColumnRoles(sheet('表', [['一级指标', '权重', '评分标准', '得分'], ['党建', '10%', '好', null]]));
    expect(r.ok ? null : r.error.code).toBe('WEIGHTED_SHEET');
  });
});

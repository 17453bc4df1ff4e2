import { fillSheet } from '../../../src/engine/fill';
import { roleOf } from '../../../src/engine/roles';
import { sheet } from '../sheets';

describe('column roles from the header word and the column’s content together', () => {
  it('reads 评分内容及标准 as criteria and 完成情况(扣分) as a 扣分 column, the core word before its aside', () => {
    expect(roleOf('评分内容及标准')).toBe('criteria');
    expect(roleOf('考核内容及评分标准')).toBe('criteria');
    expect(roleOf('完成情况\n(扣 分)')).toBe('deduction');
    expect(roleOf('得分（满分100分）')).toBe('score');
    expect(roleOf('标准分')).toBe('base');
  });

  it('scores from the real 得分 column beside a 评分内容及标准 column, never from the criteria', () => {
    const r = fillSheet(sheet('表', [
      ['序号', '评分内容及标准', '分值', '得分'],
      [1, '建立信访工作责任制，未建立的扣5分', 10, 8],
      [2, '按时办结信访事项，每超期一件扣1分', 5, 4],
    ]));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.report.columns).toMatchObject({ criteria: 'B', base: 'C', score: 'D' });
    expect([r.value.report.total, r.value.report.complete]).toEqual([12, true]);
  });

  it('lets the content decide where a 得分 word stands over sentences of rules, and says so', () => {
    const r = fillSheet(sheet('表', [
      ['序号', '考核内容', '分值', '评分', '实得分'],
      [1, '建立信访工作责任制', 10, '未建立责任制的扣5分', 8],
      [2, '按时办结信访事项', 5, '每超期一件扣1分', 4],
    ]));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.report.columns).toMatchObject({ criteria: 'D', score: 'E' });
    expect(r.value.report.warnings).toContainEqual({
      row: 1, col: 'D', code: 'ROLE_BY_CONTENT',
      message: 'D列表头“评分”像是“得分”列，但该列内容是文字说明，已按内容认作“评分标准”列；如不对，请指定该列的用途',
    });
    const d = r.value.reading.columns.find((c) => c.col === 'D');
    expect(d).toMatchObject({ role: 'criteria', source: 'content', disagreed: true });
    expect(r.value.report.total).toBe(12);
  });

  it('refuses rather than guesses when two unnamed columns of numbers could each be the 得分, naming both', () => {
    const r = fillSheet(sheet('表', [
      ['序号', '考核内容', '分值', '评分标准', '甲', '乙'],
      [1, '建立信访工作责任制', 10, '未建立责任制的扣5分', 8, 7],
      [2, '按时办结信访事项', 5, '每超期一件扣1分', 4, 5],
    ]));
    expect(r.ok ? null : r.error).toMatchObject({ code: 'ROLE_UNDECIDED', message: expect.stringContaining('E列、F列都可能是') });
  });

  it('follows the user’s choice over both words and content', () => {
    const r = fillSheet(sheet('表', [
      ['序号', '考核内容', '分值', '评分标准', '甲', '乙'],
      [1, '建立信访工作责任制', 10, '未建立责任制的扣5分', 8, 7],
      [2, '按时办结信访事项', 5, '每超期一件扣1分', 4, 5],
    ]), { columns: [{ col: 6, role: 'score' }, { col: 5, role: null }] });
    if (!r.ok) throw new Error(r.error.message);
    expect([r.value.report.columns.score, r.value.report.total]).toEqual(['F', 12]);
    expect(r.value.reading.columns.find((c) => c.col === 'F')).toMatchObject({ source: 'user', why: '用户指定' });
  });

  it('never re-reads a column whose role the user gave to another: 初评得分 stays unused, not taken for 扣分', () => {
    const r = fillSheet(sheet('表', [
      ['序号', '考核内容', '分值', '评分标准', '初评得分', '复核得分'],
      [1, '建立信访工作责任制', 10, '未建立责任制的扣5分', 8, 7],
      [2, '按时办结信访事项', 5, '每超期一件扣1分', 5, 4],
    ]), { columns: [{ col: 6, role: 'score' }] });
    if (!r.ok) throw new Error(r.error.message);
    expect([r.value.report.kind, r.value.report.columns.deduction, r.value.report.total]).toEqual(['direct', undefined, 11]);
    expect(r.value.reading.columns.find((c) => c.col === 'E')).toMatchObject({ role: null });
  });
});

import { MESSAGES } from '../../src/engine/messages';
import type { CellValue } from '../../src/engine/snapshot';
import { fillOf, sheet } from './sheets';

/**
 * A sheet whose 评分标准 caps each clause and then all of them, writes a range, or holds a number too large to be
 * points: the scorer and the formulas it writes read the rule alike.
 */
const EACH_CAPPED = '迟报一次扣1分，最多扣3分；漏报一次扣2分，最多扣2分';
const EACH_AND_ALL = '迟报一次扣1分，最多扣3分；漏报一次扣2分，最多扣2分；以上累计不超过4分';
const RANGE = '台账不规范的扣1-3分';
const HUGE = `发生事故的扣${'9'.repeat(400)}分`;

function form(deductions: CellValue[]) {
  return sheet('考核表', [
    ['考核内容', '评分标准', '分值', '扣分', '得分'],
    ['信息报送', EACH_CAPPED, 10, deductions[0], null],
    ['信息报送（总上限）', EACH_AND_ALL, 10, deductions[1], null],
    ['台账管理', RANGE, 5, deductions[2], null],
    ['安全生产', HUGE, 5, deductions[3], null],
  ]);
}

function fill(deductions: CellValue[]) {
  const s = form(deductions);
  return { s, ...fillOf(s) };
}

describe('逐条上限与总上限都在计分和公式里生效', () => {
  const { report, plan } = fill([7, 7, 4, 1]);
  const formula = (row: number) => plan.cells.find((c) => c.row === row && c.col === 5)?.formula ?? '';

  test('各条都有上限（3分、2分）时，整项最多扣5分：扣7分记为扣5分，得5分', () => {
    expect(report.items[0]).toMatchObject({ deduction: 5, score: 5 });
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 2, code: 'DEDUCTION_ABOVE_CAP' }));
  });

  test('再加“以上累计不超过4分”，整项最多扣4分：得6分', () => {
    expect(report.items[1]).toMatchObject({ deduction: 4, score: 6 });
  });

  test('写入的得分公式用同一个上限：基础分、5分或4分中最小者', () => {
    expect(formula(2)).toMatch(/^=IF\(ISTEXT\(D2\),\"请填数字\",ROUND\(C2-MIN\(C2,5,/);
    expect(formula(3)).toMatch(/^=IF\(ISTEXT\(D3\),"请填数字",ROUND\(C3-MIN\(C3,4,/);
    expect(formula(4)).toMatch(/^=IF\(ISTEXT\(D4\),"请填数字",ROUND\(C4-MIN\(C4,MAX\(0,D4\)\),2\)\)$/);
  });
});

describe('分值范围：扣分不在范围内时提醒，但照填写的扣分计算', () => {
  test('“扣1-3分”填了4分：提醒超出范围，仍扣4分', () => {
    const { report } = fill([0, 0, 4, 0]);
    expect(report.items[2]).toMatchObject({ deduction: 4, score: 1 });
    expect(report.warnings).toContainEqual({ row: 4, col: 'D', code: 'DEDUCTION_OUTSIDE_RANGE', message: MESSAGES.DEDUCTION_OUTSIDE_RANGE(4, 1, 3) });
  });

  test('填了0.5分（低于下限）也提醒；在范围内或未扣分则不提醒', () => {
    expect(fill([0, 0, 0.5, 0]).report.warnings.map((w) => w.code)).toContain('DEDUCTION_OUTSIDE_RANGE');
    expect(fill([0, 0, 2, 0]).report.warnings.map((w) => w.code)).not.toContain('DEDUCTION_OUTSIDE_RANGE');
    expect(fill([0, 0, 0, 0]).report.warnings.map((w) => w.code)).not.toContain('DEDUCTION_OUTSIDE_RANGE');
  });
});

describe('评分标准里过大的数字', () => {
  test('不当作分值，行上提醒“不是可用的分值”，报告里没有 Infinity', () => {
    const { report } = fill([0, 0, 0, 1]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 5, code: 'RULE_NUMBER_UNREADABLE' }));
    expect(JSON.stringify(report)).not.toMatch(/Infinity|NaN/);
    expect(report.items[3]).toMatchObject({ deduction: 1, score: 4 });
  });
});

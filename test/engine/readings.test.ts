import { evaluateArithmetic } from '../../src/engine/arithmetic';
import { readEntry } from '../../src/engine/entries';
import type { CellFlag, CellValue, SheetSnapshot } from '../../src/engine/snapshot';
import { fillOf, sheet } from './sheets';

/** 平安建设 (10 + 10) with one doubtful 扣分 cell in E3, flagged as an adapter flags it. */
function withEntry(v: CellValue, flag: CellFlag | null = null, formula: string | null = null): SheetSnapshot {
  const s = sheet('甲镇', [
    ['考核项目', '评分标准', '分值', '次数', '扣分', '得分'],
    ['平安建设（20分）', '未落实的扣2分', 10, null, 2, null],
    [null, '每发现一例扣0.5分', 10, null, v, null],
    ['合计', null, null, null, null, null],
  ]);
  s.flags = [[], [], [null, null, null, null, flag]];
  if (formula) s.formulas[2][4] = formula;
  return s;
}

/** For each occurrence of ref in a formula, the functions it sits in, outermost first. */
function callsAround(f: string, ref: string): string[][] {
  const out: string[][] = [];
  const stack: string[] = [];
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '"') {
      i = f.indexOf('"', i + 1);
      continue;
    }
    if (f[i] === '(') stack.push(/([A-Z]*)$/.exec(f.slice(0, i))![1]);
    else if (f[i] === ')') stack.pop();
    else if (f.startsWith(ref, i) && !/[A-Z0-9]/.test(f[i - 1] ?? '') && !/[0-9]/.test(f[i + ref.length] ?? '')) out.push([...stack]);
  }
  return out;
}

describe('一个单元格只有一种读法：引擎和写入的公式读法相同', () => {
  it('数字、数字文字（前后空格、末尾一个“分”）照读；Excel会另作解释的文字一律不读', () => {
    expect(readEntry(2)).toEqual({ kind: 'number', value: 2 });
    expect(readEntry(' 1.5分 ')).toEqual({ kind: 'number', value: 1.5 });
    expect(readEntry('+1')).toEqual({ kind: 'number', value: 1 });
    expect(readEntry('.5')).toEqual({ kind: 'number', value: 0.5 });
    for (const t of ['1e1', '1,5', '２', '(1)', '5%', '1分5', '1-2', '2024-1-5', '1.2.3', '三分', '2\n'])
      expect([t, readEntry(t).kind]).toEqual([t, 'unreadable']);
    expect(readEntry(' 不得分 ').kind).toBe('whole');
    expect(readEntry('   ').kind).toBe('blank');
  });

  it('扣分格是错误值（#DIV/0!）：按未扣分计算，该行提示，评分未完成；公式用IFERROR把它读作0', () => {
    const { report, plan } = fillOf(withEntry('#DIV/0!', 'error'));
    expect(report.items[1].score).toBe(10);
    expect(report.complete).toBe(false);
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 3, col: 'E', code: 'ENTRY_ERROR' }));
    const f = plan.cells.find((c) => c.row === 3)!.formula!;
    // Every reference to E3 sits inside IFERROR(…) or ISNUMBER(MATCH(TRIM(E3)…)), which never give an error.
    const refs = callsAround(f, 'E3');
    expect(refs.length).toBeGreaterThan(2);
    for (const calls of refs) expect(calls.includes('IFERROR') || calls.slice(-3).join('>') === 'ISNUMBER>MATCH>TRIM').toBe(true);
  });

  it('日期或时间：公式分不出日期和数字，所以引擎也按其序列数读，并提示、标为未完成', () => {
    const { report } = fillOf(withEntry(45296, 'date'));
    expect(report.items[1]).toMatchObject({ deduction: 10, score: 0 });
    expect(report.complete).toBe(false);
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 3, code: 'ENTRY_DATE' }));
  });

  it('TRUE/FALSE：两边都不扣分（公式用ISLOGICAL排除），提示无法读取', () => {
    for (const b of [true, false]) {
      const { report, plan } = fillOf(withEntry(b));
      expect(report.items[1].score).toBe(10);
      expect(report.warnings).toContainEqual(expect.objectContaining({ row: 3, code: 'DEDUCTION_UNREADABLE' }));
      expect(plan.cells.find((c) => c.row === 3)!.formula).toContain('ISLOGICAL(E3)');
    }
  });

  it('没有保存结果的算式（=1+1）由引擎算出：扣2分，与重算后的工作簿一致', () => {
    const { report, plan } = fillOf(withEntry(null, 'uncomputed', '=1+1'));
    expect(report.items[1].score).toBe(8);
    expect(report.total).toBe(16);
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 3, code: 'ENTRY_COMPUTED' }));
    expect(plan.cells.find((c) => c.row === 3)!.formula).toMatch(/^=ROUND/);
  });

  it('算不出的公式（=VLOOKUP(…)）：提示、标为未完成，该项得分写为数值，合计引用该格，两边仍一致', () => {
    const { report, plan } = fillOf(withEntry(null, 'uncomputed', '=VLOOKUP(A1,Z:Z,1,0)'));
    expect(report.complete).toBe(false);
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 3, code: 'ENTRY_UNCOMPUTED' }));
    expect(plan.cells.find((c) => c.row === 3)).toMatchObject({ formula: null, value: 10 });
    expect(plan.cells.find((c) => c.row === 4)!.formula).toContain('F2:F3');
  });

  it('基础分是日期、FALSE或错误值时，该行不会变成加减分项，而是提示未计分', () => {
    for (const [v, flag] of [[false, null], [45296, 'date'], ['#REF!', 'error']] as [CellValue, CellFlag | null][]) {
      const s = sheet('乙镇', [
        ['考核项目', '评分标准', '分值', '扣分', '得分'],
        ['平安建设（20分）', '未落实的扣2分', 10, 2, null],
        [null, '被通报的扣2分', v, 2, null],
        ['合计', null, null, null, null],
      ]);
      s.flags = [[], [], [null, null, flag]];
      const { report } = fillOf(s);
      expect(report.adjustments).toEqual([]);
      expect(report.items.map((i) => i.row)).toEqual([2]);
      expect(report.warnings).toContainEqual(expect.objectContaining({ row: 3, code: 'BASE_UNREADABLE' }));
      expect(report.complete).toBe(false);
    }
  });

  it('简单算式：数字、单元格、加减乘除乘方、括号和SUM', () => {
    const cells: Record<string, number | null> = { A1: 2, A2: 3, B1: null };
    const look = (r: number, c: number) => cells[`${String.fromCharCode(64 + c)}${r}`] ?? null;
    expect(evaluateArithmetic('=1+1', look)).toBe(2);
    expect(evaluateArithmetic('=-2^2', look)).toBe(4);
    expect(evaluateArithmetic('=(A1+A2)*2-1/2', look)).toBe(9.5);
    expect(evaluateArithmetic('=SUM(A1:A2,1)', look)).toBe(6);
    expect(evaluateArithmetic('=A1+B1', look)).toBeNull();
    expect(evaluateArithmetic('=ABS(-1)', look)).toBeNull();
    expect(evaluateArithmetic('=1/0', look)).toBeNull();
  });
});

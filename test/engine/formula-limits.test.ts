import fc from 'fast-check';
import { fillSheet } from '../../src/engine/fill';
import type { FillMode } from '../../src/engine/plan';
import { fitsLimits, formulaSize, MAX_FUNCTION_ARGS, sumOf } from '../../src/engine/formula-limits';
import type { CellValue } from '../../src/engine/snapshot';
import { sheet } from './sheets';

describe('公式的长度、参数个数和嵌套层数', () => {
  it('量出字符数、单个函数最多的参数和最深的函数嵌套；字符串和数组常量里的逗号不算参数', () => {
    expect(formulaSize('=SUM(A1,B2,C3)')).toEqual({ length: 14, maxArgs: 3, depth: 1 });
    expect(formulaSize('=IF(A1="a,b",MIN(1,MAX(2,3)),(1+2))')).toMatchObject({ maxArgs: 3, depth: 3 });
    expect(formulaSize('=ISNUMBER(MATCH(A1,{"是","√","1"},0))')).toMatchObject({ maxArgs: 3, depth: 2 });
    expect(formulaSize('=NOW()')).toMatchObject({ maxArgs: 0, depth: 1 });
    expect(formulaSize('="他说""a,b"""')).toMatchObject({ maxArgs: 0, depth: 0 });
  });

  it('超过255个参数的求和分组嵌套，每组不超过255个', () => {
    const terms = Array.from({ length: 600 }, (_, i) => `A${i + 1}`);
    const f = `=${sumOf(terms)}`;
    expect(formulaSize(f).maxArgs).toBeLessThanOrEqual(MAX_FUNCTION_ARGS);
    expect(f.match(/A\d+/g)).toHaveLength(600);
    expect(fitsLimits(`=${'SUM('.repeat(65)}1${')'.repeat(65)}`)).toBe(false);
  });
});

/** A long sheet: many items, some hand-scored, 40+ 一票否决 rows, 加减分 rows and a tier cell. */
function bigSheet(items: number, handScored: Set<number>, vetoes: number, adjustments: number, deductions: CellValue[]) {
  const rows: CellValue[][] = [['考核项目', '评分标准', '分值', '次数', '扣分', '加分', '得分']];
  for (let i = 0; i < items; i++) {
    const sec = i % 40 === 0 ? `第${i / 40 + 1}项工作（${Math.min(40, items - i) * 5}分）` : null;
    rows.push([sec, '每发现一例扣0.5分，最多扣3分', 5, null, deductions[i % deductions.length], null, handScored.has(i) ? 4 : null]);
  }
  rows.push(['加减分（累计不超过5分）', '受到表彰的加2分', null, null, null, 2, null]);
  for (let i = 1; i < adjustments; i++) rows.push([null, '被通报批评的每次扣1分', null, null, 1, null, null]);
  for (let i = 0; i < vetoes; i++) {
    rows.push([i === 0 ? '否决事项' : null, `发生第${i + 1}类事件的，实行一票否决`, null, null, i % 7 === 0 ? '否' : null, null, null]);
    if (i % 9 === 4) rows.push([null, `发生第${i + 1}类事故的，实行一票否优`, null, null, null, null, null]);
  }
  rows.push(['合计', null, null, null, null, null, null]);
  rows.push(['考核等次', null, null, null, null, null, null]);
  return sheet('大表', rows);
}

describe('写入的每个公式都在Excel的限制之内（任意方式）', () => {
  it('许多项目、许多手填得分、40个以上一票否决行时，每个公式都不超过8192字符、255个参数、64层嵌套', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.array(fc.integer({ min: 0, max: 399 }), { maxLength: 300 }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom<FillMode>('formulas', 'functions', 'values'),
        (items, hand, vetoes, adjustments, mode) => {
          const s = bigSheet(items, new Set(hand), vetoes, adjustments, [1, '不得分', null, ' 2分 ', '严重']);
          const r = fillSheet(s, { mode });
          if (!r.ok) throw new Error(r.error.message);
          for (const c of r.value.plan.cells) if (c.formula) expect([c.row, fitsLimits(c.formula)]).toEqual([c.row, true]);
          // Fewer cells than planned only where the user's own score stands.
          const taken = r.value.report.warnings.filter((w) => w.code === 'SCORE_CELL_TAKEN').length;
          expect(r.value.plan.cells.length + taken).toBe(items + 1 + (r.value.layout.tierCell ? 1 : 0));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('300个手填得分的项目：合计公式放不下时写入数值并说明，而不是写入Excel打不开的公式', () => {
    const hand = new Set(Array.from({ length: 300 }, (_, i) => i));
    const r = fillSheet(bigSheet(320, hand, 45, 3, [1]));
    if (!r.ok) throw new Error(r.error.message);
    const total = r.value.plan.cells.find((c) => c.row === r.value.layout.totalRow)!;
    expect(total.value).toBe(r.value.report.total);
    const limited = r.value.report.warnings.filter((w) => w.code === 'FORMULA_LIMIT');
    if (total.formula === null) expect(limited.map((w) => w.row)).toContain(r.value.layout.totalRow);
    else expect(fitsLimits(total.formula)).toBe(true);
    const tier = r.value.plan.cells.find((c) => c.row === r.value.layout.tierCell!.row)!;
    expect(tier.formula).toMatch(/ISLOGICAL/);
    expect(fitsLimits(tier.formula!)).toBe(true);
  });
});

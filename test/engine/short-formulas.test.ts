import fc from 'fast-check';
import { fillSheet } from '../../src/engine/fill';
import { shortItemScoreExpr } from '../../src/engine/formulas';
import type { CellValue } from '../../src/engine/snapshot';
import { sheet } from './sheets';

/**
 * Formulas a person can check (docs/scoring-decisions.md, 短公式): an item whose 扣分 holds a number or nothing is
 * written the way a careful person writes it by hand, within SHORT_ITEM characters, whatever its rule, base or row.
 * The layout is seed 001's 考评标准 (项目 | 序号 | 考核内容 | 评分标准 | 分值 | 扣分 | 得分), as in examples/.
 */
const SHORT_ITEM = 150;

const RULES = [
  '月考评备案每迟一月扣1分',
  '每缺一名专(兼)干扣1分，扣完为止',
  '迟报一次扣1分，最多扣3分；漏报一次扣2分，最多扣2分；以上累计不超过4分',
  '台账不规范的扣1-3分',
  '每发生一起违反禁令的扣5分，扣分不超过10分',
];

const entry = fc.oneof(fc.constant(null), fc.integer({ min: -200, max: 3000 }).map((n) => n / 100));

function sheetWith(rows: { rule: string; base: number; deduction: CellValue }[], pad: number) {
  const blank = Array.from({ length: pad }, () => [null, null, null, null, null, null, null]);
  return sheet('考评表', [
    ...blank,
    ['项目', '序号', '考核内容', '评分标准', '分值', '扣分', '得分'],
    ...rows.map((r, i) => [i === 0 ? '队伍建设（100分）' : null, i + 1, `第${i + 1}项工作`, r.rule, r.base, r.deduction, null]),
    ['总分', null, null, null, null, null, null],
    ['考核等次', null, null, null, null, null, null],
    ['考评方法：总分90分以上为一类，80分—90分为二类，80分以下为三类。', null, null, null, null, null, null],
  ]);
}

describe('数字或空白的扣分：得分公式短到一眼能核对', () => {
  test(`任意评分标准、分值、扣分与行号：每项得分公式不超过${SHORT_ITEM}个字符，且读作“分值减去扣分（封顶）”`, () => {
    const row = fc.record({ rule: fc.constantFrom(...RULES), base: fc.integer({ min: 1, max: 40 }), deduction: entry });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 8 }), (rows, pad) => {
        const r = fillSheet(sheetWith(rows, pad), { mode: 'formulas' });
        if (!r.ok) throw new Error(r.error.message);
        const scoreCol = 7;
        const items = r.value.plan.cells.filter((c) => c.col === scoreCol && r.value.report.items.some((it) => it.row === c.row));
        expect(items).toHaveLength(rows.length);
        for (const c of items) {
          expect(c.formula!.length).toBeLessThanOrEqual(SHORT_ITEM);
          expect(c.formula).toMatch(/^=IF\(ISTEXT\(F\d+\),"请填数字",ROUND\(E\d+-MIN\(E\d+,(\d+(\.\d+)?,)?MAX\(0,F\d+\)\),2\)\)$/);
        }
      }),
      { numRuns: 60 },
    );
    // The longest such formula Excel allows: the last row, with a cap of two decimals.
    const widest = `=${shortItemScoreExpr({ base: 'XFC1048576', cap: 9999.99, deduction: 'XFD1048576' })}`;
    expect(widest.length).toBeLessThanOrEqual(SHORT_ITEM);
  });

  test('总分与等次也短：读作“各项之和（封顶）”与“按总分定等次”，任何一项要数字时也显示「请填数字」', () => {
    const rows = RULES.map((rule, i) => ({ rule, base: 20, deduction: i }));
    const r = fillSheet(sheetWith(rows, 0), { mode: 'formulas' });
    if (!r.ok) throw new Error(r.error.message);
    const [total, tier] = r.value.plan.cells.slice(-2);
    expect(total.formula!.length).toBeLessThanOrEqual(250);
    expect(total.formula).toBe('=IF(COUNTIF(G2:G6,"请填数字"),"请填数字",ROUND(MAX(0,MIN(100,SUM(G2:G6))),2))');
    expect(tier.formula).toBe('=IF(COUNTIF(G2:G6,"请填数字"),"请填数字",IF(G7>=90,"一类",IF(G7>=80,"二类","三类")))');
  });

  test('扣分写成「2分」「不得分」或文字时仍写能读它们的长公式，与计分一致', () => {
    const r = fillSheet(sheetWith([{ rule: RULES[0], base: 10, deduction: '2分' }, { rule: RULES[1], base: 10, deduction: '不得分' }], 0), { mode: 'formulas' });
    if (!r.ok) throw new Error(r.error.message);
    const [a, b] = r.value.plan.cells;
    expect([a.value, b.value]).toEqual([8, 0]);
    expect(a.formula).toContain('"分"');
    expect(b.formula).toContain('"不得分"');
  });
});

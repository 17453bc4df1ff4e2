import fc from 'fast-check';
import { fillSheet } from '../../../src/engine/fill';
import { roleOf } from '../../../src/engine/roles';
import type { CellValue } from '../../../src/engine/snapshot';
import { sheet } from '../sheets';

/**
 * Renaming one header to a word the tool does not know, while the column's content stays telling, gives the same
 * reading or a warning that says how the columns were read: never a different total without one (SCORING.md §1).
 * The sheets are the two common public forms: 序号 | 考核内容 | 分值 | 评分标准 | 扣分 | 得分 with deductions entered,
 * and 序号 | 考核内容 | 分值 | 评分标准 | 得分 with scores typed.
 */
const CONTENTS = ['建立健全工作责任制并落实到人', '按时报送工作信息和统计报表', '组织开展矛盾纠纷排查化解工作', '加强基层组织和队伍建设工作', '完善档案资料做到规范齐全'];
const CRITERIA = ['未建立责任制的扣2分', '每迟报一次扣1分', '未开展排查的不得分', '每缺一项扣0.5分，扣完为止', '资料不全的扣1分'];
const UNKNOWN = ['完成情况', '核查结果', '情况记录', '检查结论', '栏目甲', '备考'].filter((w) => roleOf(w) === null);

const item = fc.record({
  base: fc.integer({ min: 2, max: 20 }),
  share: fc.integer({ min: 0, max: 4 }),
  content: fc.constantFrom(...CONTENTS),
  criteria: fc.constantFrom(...CRITERIA),
});

const form = fc.record({
  direct: fc.boolean(),
  items: fc.array(item, { minLength: 2, maxLength: 8 }),
  renamed: fc.nat(),
  word: fc.constantFrom(...UNKNOWN),
});

type Form = typeof form extends fc.Arbitrary<infer T> ? T : never;

function rows(f: Form, rename: boolean): CellValue[][] {
  const header = f.direct ? ['序号', '考核内容', '分值', '评分标准', '得分'] : ['序号', '考核内容', '分值', '评分标准', '扣分', '得分'];
  if (rename) header[f.renamed % header.length] = f.word;
  return [
    header,
    ...f.items.map((it, i) => {
      // A quarter of the base per step: deductions and typed scores to the hundredth, never above the base.
      const taken = Math.round((it.base * it.share * 100) / 4) / 100;
      const cells: CellValue[] = [i + 1, it.content, it.base, it.criteria];
      return f.direct ? [...cells, Math.round((it.base - taken) * 100) / 100] : [...cells, taken, null];
    }),
  ];
}

const ROLE_WARNINGS = ['ROLE_BY_CONTENT', 'ROLE_FROM_CONTENT', 'ROLE_AMBIGUOUS'];

test('a header renamed to an unknown word: the same reading, or a warning, never a silently different total', () => {
  fc.assert(
    fc.property(form, (f) => {
      const before = fillSheet(sheet('表', rows(f, false)));
      if (!before.ok) throw new Error(before.error.message);
      const after = fillSheet(sheet('表', rows(f, true)));
      // A refusal names the column it lacks: no total is given, so none is wrong.
      if (!after.ok) return ['MISSING_SCORE', 'MISSING_BASE', 'MISSING_DEDUCTION', 'ROLE_UNDECIDED'].includes(after.error.code);
      const warned = after.value.report.warnings.some((w) => ROLE_WARNINGS.includes(w.code));
      const sameColumns = JSON.stringify(after.value.report.columns) === JSON.stringify(before.value.report.columns);
      if (!warned) {
        expect(after.value.report.total).toBe(before.value.report.total);
        expect(after.value.report.complete).toBe(before.value.report.complete);
      }
      return warned || sameColumns || after.value.report.total === before.value.report.total;
    }),
    { numRuns: 300 },
  );
});

test('renaming the 分值 or 扣分 header keeps the total, and the reading says the column was read from its content', () => {
  fc.assert(
    fc.property(form.filter((f) => !f.direct), (f) => {
      for (const col of [2, 4]) {
        const g = { ...f, renamed: col };
        const before = fillSheet(sheet('表', rows(g, false)));
        const after = fillSheet(sheet('表', rows(g, true)));
        if (!before.ok || !after.ok) return false;
        if (after.value.report.total !== before.value.report.total) return false;
        const line = after.value.reading.columns.find((c) => c.col === (col === 2 ? 'C' : 'E'));
        if (line?.source !== 'content') return false;
      }
      return true;
    }),
    { numRuns: 200 },
  );
});

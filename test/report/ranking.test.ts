import fc from 'fast-check';
import { buildReport } from '../../src/report/model';
import { parseGroupOption } from '../../src/report/groups';
import { townUnit, totalOf, type Town } from './towns';

const DATE = '2026-11-24';
// 72 − 2 − 5 − 1 = 64; 72 − 2 − 0.3 − 1.7 = 68; 72 − 3 − 5 = 64; 72 (vetoed); 72 − 10 = 62.
const 甲镇: Town = { name: '甲镇', deductions: [[2, '发现种毒1处'], [5, '到区闹事1次'], null, [1, '3月未排查'], null] };
const 乙镇: Town = { name: '乙镇', deductions: [[2, '发现种毒'], null, [0.3, '迟报3次'], [1.7, '未排查'], null] };
const 丙镇: Town = { name: '丙镇', deductions: [null, null, null, [3, '未排查3个月'], [5, '到区上访1人次']] };
const 丁镇: Town = { name: '丁镇', deductions: [null, null, null, null, null], veto: true };
const 戊镇: Town = { name: '戊镇', deductions: [null, [10, '到市闹事1次'], null, null, null] };

const ranks = (towns: Town[], opts: Parameters<typeof buildReport>[1] = { date: DATE }) =>
  buildReport(towns.map((t) => townUnit(t)), opts).units.map((u) => [u.unit, u.report.total, u.rank]);

describe('考核报告的排名（SCORING.md §6）', () => {
  test('同分同名次，其后名次顺延（1,2,2,4），一票否决的丁镇总分最高也排在最后', () => {
    expect(ranks([甲镇, 乙镇, 丙镇, 丁镇, 戊镇])).toEqual([
      ['乙镇', 68, 1], ['甲镇', 64, 2], ['丙镇', 64, 2], ['戊镇', 62, 4], ['丁镇', 72, 5],
    ]);
  });

  test('中国式排名（--dense）：同分同名次，名次连续（1,2,2,3）', () => {
    expect(ranks([甲镇, 乙镇, 丙镇, 丁镇, 戊镇], { date: DATE, dense: true })).toEqual([
      ['乙镇', 68, 1], ['甲镇', 64, 2], ['丙镇', 64, 2], ['戊镇', 62, 3], ['丁镇', 72, 4],
    ]);
  });

  test('只有一个单位：第1名，平均分即其总分', () => {
    const m = buildReport([townUnit(甲镇)], { date: DATE, top: 3 });
    expect(m.units.map((u) => [u.unit, u.rank, u.top])).toEqual([['甲镇', 1, true]]);
    expect(m.summary).toMatchObject({ units: 1, average: 64, top: ['甲镇'] });
  });

  test('分组各自排名，每组前N名为先进，被否决的不评先进', () => {
    const groups = parseGroupOption(['区县:甲镇,乙镇,丁镇', '市直:丙镇,戊镇']);
    if (typeof groups === 'string') throw new Error(groups);
    const m = buildReport([甲镇, 乙镇, 丙镇, 丁镇, 戊镇].map((t) => townUnit(t)), { date: DATE, groups, top: 1 });
    expect(m.groups).toEqual(['区县', '市直']);
    expect(m.units.map((u) => [u.groupName, u.unit, u.rank, u.top])).toEqual([
      ['区县', '乙镇', 1, true], ['区县', '甲镇', 2, false], ['区县', '丁镇', 3, false],
      ['市直', '丙镇', 1, true], ['市直', '戊镇', 2, false],
    ]);
    expect(m.summary.top).toEqual(['乙镇', '丙镇']);
  });

  test('按表名前缀分组：“区县-甲镇”与“市直-丙局”各在其组', () => {
    const m = buildReport(
      [{ ...甲镇, name: '区县-甲镇' }, { ...乙镇, name: '区县-乙镇' }, { ...丙镇, name: '市直-丙局' }].map((t) => townUnit(t)),
      { date: DATE, groups: { kind: 'prefix' } },
    );
    expect(m.units.map((u) => [u.groupName, u.unit, u.rank])).toEqual([['区县', '区县-乙镇', 1], ['区县', '区县-甲镇', 2], ['市直', '市直-丙局', 1]]);
  });

  test('评分未完成的单位照常排名，但在报告中标明，且不被当作已完成', () => {
    // 扣分“严重” cannot be read: counted as no deduction, and the sheet is marked incomplete.
    const m = buildReport([townUnit(甲镇), townUnit({ name: '己镇', deductions: [['严重', '群众举报'], null, null, null, null] })], { date: DATE });
    const 己 = m.units.find((u) => u.unit === '己镇')!;
    expect([己.rank, 己.report.complete]).toEqual([1, false]);
    expect(m.summary.incomplete).toEqual(['己镇']);
  });

  test('分组写法有误时说明应怎样写', () => {
    expect(parseGroupOption(['区县甲镇'])).toBe('分组“区县甲镇”应写成“组名:单位1,单位2”');
    expect(parseGroupOption(['区县：甲镇，乙镇；市直：丙镇'])).toEqual({
      kind: 'lists', lists: [{ group: '区县', units: ['甲镇', '乙镇'] }, { group: '市直', units: ['丙镇'] }],
    });
  });

  test('每项扣分都带着它的扣分依据、单位与行号', () => {
    const u = townUnit(甲镇);
    expect(u.deductions.map((d) => [d.row, d.points, d.basis])).toEqual([[3, 2, '发现种毒1处'], [4, 5, '到区闹事1次'], [6, 1, '3月未排查']]);
    expect(u.report.total).toBe(totalOf(甲镇));
  });
});

describe('排名的一般规律（任意总分与否决）', () => {
  const units = fc.array(fc.record({ total: fc.integer({ min: 0, max: 100 }), veto: fc.boolean() }), { minLength: 1, maxLength: 12 });
  test('名次为1加上排在前面且总分更高的单位数；否决的单位都在未否决的之后', () => {
    fc.assert(
      fc.property(units, fc.boolean(), (us, dense) => {
        const model = buildReport(
          us.map((u, i) => ({
            unit: `单位${i}`, file: 'x.xlsx', sheet: `单位${i}`, deductions: [], adjustments: [], missing: [],
            cells: { total: null, tier: null, sections: [] },
            report: { sheet: `单位${i}`, headerRow: 1, columns: {}, items: [], sections: [], adjustments: [], bonus: 0,
              veto: u.veto, total: u.total, fullMarks: 100, tier: u.veto ? '一票否决' : '合格', complete: true, warnings: [] },
          })),
          { date: DATE, dense },
        );
        for (const u of model.units) {
          const ahead = model.units.filter((o) => (o.report.veto === u.report.veto ? o.report.total > u.report.total : !o.report.veto && u.report.veto));
          const expected = dense ? new Set(ahead.map((o) => `${o.report.veto}:${o.report.total}`)).size + 1 : ahead.length + 1;
          expect(u.rank).toBe(expected);
        }
        const firstVeto = model.units.findIndex((u) => u.report.veto);
        if (firstVeto >= 0) expect(model.units.slice(firstVeto).every((u) => u.report.veto)).toBe(true);
      }),
    );
  });
});

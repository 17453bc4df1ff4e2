import fc from 'fast-check';
import { fillSheet } from '../../src/engine/fill';
import type { CellValue } from '../../src/engine/snapshot';
import { PUBLIC_FORMS, liuHeFiveStar, quzhouArchives } from '../helpers/public-forms';
import { kindergartenAssessment } from '../helpers/public-forms-domains';
import {
  bannerCategories, cappedCategory, indexedCategory, seedOutline, subtotalledCategory, twoColumnCategories,
} from '../helpers/category-sheets';
import { seed000, seed002, seed004 } from '../helpers/seed-sheets';
import type { SheetFixture } from '../contract/adapter-contract';
import { applied, fillOf, sheet } from './sheets';

function fill(rows: CellValue[][], merges: string[] = []) {
  return fillOf(sheet('评分表', rows, merges));
}

function fillFixture(f: SheetFixture) {
  return fillOf(sheet(f.name, f.cells as CellValue[][], f.merges ?? []));
}

const formulaAt = (out: ReturnType<typeof fillFixture>, row: number, col: number) =>
  out.plan.cells.find((c) => c.row === row && c.col === col);

describe('一级指标下分二级指标：标题行写法', () => {
  it('“一、”标题统领其下的“（一）”“（四）”两个分项，一级满分为二者之和', () => {
    const { report, layout } = fillFixture(seedOutline());
    expect(report.sections.map((s) => [s.name.slice(0, 4), s.cap, s.score, s.category])).toEqual([
      ['（一）组', 20, 16.5, '一、考核内容'],
      ['（四）综', 30, 25.5, '一、考核内容'],
    ]);
    expect(report.categories).toEqual([{ name: '一、考核内容', row: 2, cap: 50, base: 50, score: 42 }]);
    expect([report.total, report.fullMarks]).toEqual([42, 50]);
    expect(layout.categories?.[0].end).toBe(14);
  });

  it('一级标明的分值小于所含分项分值之和时，先按分项封顶，再按一级封顶，并提示', () => {
    const out = fillFixture(cappedCategory());
    const { report } = out;
    expect(report.sections.map((s) => [s.cap, s.score, s.category ?? null])).toEqual([
      [15, 15, '一、平安建设（40分）'], [30, 28, '一、平安建设（40分）'], [10, 9, null],
    ]);
    expect(report.categories).toEqual([{ name: '一、平安建设（40分）', row: 2, cap: 40, base: 45, score: 40 }]);
    expect([report.total, report.fullMarks]).toEqual([49, 50]);
    expect(report.warnings.map((w) => [w.code, w.row])).toContainEqual(['CATEGORY_CAP_MISMATCH', 2]);
    const total = formulaAt(out, 11, 5);
    expect(total?.value).toBe(49);
    expect(total?.formula).toMatch(/^=IF\(COUNTIF\(E4:E10,\"请填数字\"\),\"请填数字\",ROUND\(MAX\(0,MIN\(40,SUM\(MIN\(15,.*\),MIN\(30,.*\)\)\)\+MIN\(10,/);
  });

  it('序号“一”“（一）”各带分值的行：一级的得分格写一级封顶后的得分，合计引用它', () => {
    const out = fillFixture(indexedCategory());
    expect(out.report.categories).toEqual([{ name: '平安建设', row: 2, cap: 40, base: 40, score: 37 }]);
    expect(out.report.sections.map((s) => [s.row, s.score, s.category ?? null])).toEqual([
      [3, 14, '平安建设'], [6, 23, '平安建设'], [9, 9, null],
    ]);
    expect([formulaAt(out, 2, 6)?.formula, formulaAt(out, 2, 6)?.value]).toEqual(['=MIN(40,SUM(F3,F6))', 37]);
    expect([formulaAt(out, 3, 6)?.formula, formulaAt(out, 6, 6)?.formula]).toEqual(['=MIN(15,SUM(F4:F5))', '=MIN(25,SUM(F7:F8))']);
    expect([formulaAt(out, 11, 6)?.formula, formulaAt(out, 11, 6)?.value]).toEqual(['=IF(COUNTIF(F4:F10,"请填数字"),"请填数字",ROUND(MAX(0,F2+F9),2))', 46]);
    expect(out.report.total).toBe(46);
  });
});

describe('一级指标横幅行，二级指标在项目列', () => {
  it('“一、”“二、”横幅行各统领其下项目列中的分项：二级、一级各自封顶', () => {
    const out = fillFixture(bannerCategories());
    expect(out.report.categories).toEqual([
      { name: '一、平安建设（30分）', row: 2, cap: 30, base: 40, score: 30 },
      { name: '二、基础工作（10分）', row: 7, cap: 10, base: 10, score: 9 },
    ]);
    expect(out.report.sections.map((s) => [s.name, s.score, s.category])).toEqual([
      ['矛盾纠纷排查化解（15分）', 14, '一、平安建设（30分）'], ['治安防控（25分）', 23, '一、平安建设（30分）'],
      ['台账资料（10分）', 9, '二、基础工作（10分）'],
    ]);
    expect([out.report.total, out.report.fullMarks]).toEqual([39, 40]);
  });
});

describe('一级指标的小计行', () => {
  it('各分项小计之后紧接的第二个“小计”是一级的小计：写一级封顶后的得分，合计引用它', () => {
    const out = fillFixture(subtotalledCategory());
    expect(out.report.categories).toEqual([{ name: '一、平安建设（40分）', row: 2, cap: 40, base: 45, score: 40 }]);
    expect([6, 10, 11, 14, 15].map((r) => [r, formulaAt(out, r, 6)?.formula, formulaAt(out, r, 6)?.value])).toEqual([
      [6, '=MIN(15,SUM(F4:F5))', 14],
      [10, '=MIN(30,SUM(F8:F9))', 28],
      [11, '=MIN(40,SUM(F6,F10))', 40],
      [14, '=MIN(10,SUM(F13))', 9],
      [15, '=IF(COUNTIF(F4:F13,"请填数字"),"请填数字",ROUND(MAX(0,F11+F14),2))', 49],
    ]);
    expect(out.report.warnings.map((w) => w.code)).toEqual(['CATEGORY_CAP_MISMATCH']);
    expect([out.report.total, out.report.fullMarks]).toEqual([49, 50]);
  });
});

describe('一级指标下分二级指标：两列合并写法（项目 | 子项目）', () => {
  it('项目列合并在子项目之上，子项目合并在各项之上：一级、二级各自封顶，一级小计行写一级得分', () => {
    const out = fillFixture(twoColumnCategories());
    const { report } = out;
    expect(report.columns).toMatchObject({ category: 'A', section: 'B', criteria: 'C' });
    expect(report.categories).toEqual([
      { name: '平安建设（40分）', row: 2, cap: 40, base: 45, score: 40 },
      { name: '基础工作（10分）', row: 8, cap: 10, base: 10, score: 7 },
    ]);
    expect(report.sections.map((s) => [s.name, s.score, s.category])).toEqual([
      ['矛盾纠纷排查化解（15分）', 15, '平安建设（40分）'], ['治安防控（30分）', 28, '平安建设（40分）'], ['台账资料', 7, '基础工作（10分）'],
    ]);
    expect([report.bonus, report.total, report.fullMarks]).toEqual([2, 49, 50]);
    const sub = formulaAt(out, 7, 6);
    expect(sub?.value).toBe(40);
    expect(sub?.formula).toBe('=MIN(40,SUM(MIN(15,SUM(F2:F3)),MIN(30,SUM(F4:F6))))');
    expect(formulaAt(out, 11, 6)?.formula).toMatch(/^=IF\(COUNTIF\(F2:F9,\"请填数字\"\),\"请填数字\",ROUND\(MAX\(0,F7\+MIN\(10,SUM\(MIN\(10,SUM\(F8:F9\)\)\)\)\+/);
  });

  it('一级指标 | 二级指标 | 三级指标：三级是各项的内容，二级合并在其上时是分项', () => {
    const { report } = fillFixture({
      name: '三级指标',
      cells: [
        ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '扣分', '得分'],
        ['平安建设（20分）', '矛盾化解（10分）', '矛盾纠纷排查', 6, '缺一次扣1分', 1, null], // 5
        [null, null, '化解材料上报', 4, '未上报的扣2分', null, null], // 4
        [null, '治安防控（12分）', '治安巡逻', 8, '每少一次扣0.5分', 1, null], // 7
        [null, null, '视频监控', 4, '无人值班的扣2分', null, null], // 4
        ['合计', null, null, null, null, null, null], // min(20, 9 + 11) = 20
      ],
      merges: ['A2:A5', 'B2:B3', 'B4:B5'],
    });
    expect(report.columns).toMatchObject({ category: 'A', section: 'B', content: 'C', criteria: 'E' });
    expect(report.categories).toEqual([{ name: '平安建设（20分）', row: 2, cap: 20, base: 22, score: 20 }]);
    expect(report.total).toBe(20);
  });

  it('公开表“六合区五星级平安村”：项目统领四个考核指标，一级满分为四者之和 75', () => {
    const { report } = fillFixture(liuHeFiveStar().fixture);
    expect(report.categories).toEqual([{ name: '一、无刑事案件', row: 3, cap: 75, base: 75, score: 67 }]);
    expect(report.sections.map((s) => [s.row, s.cap, s.score])).toEqual([[3, 20, 18], [6, 20, 18], [10, 25, 21], [13, 10, 10]]);
  });

  it('二级指标每行一个（不跨行合并）时仍是一级表，与原来一样', () => {
    const { report } = fill([
      ['一级指标', '二级指标', '评分标准', '分值', '扣分', '得分'],
      ['组织领导（10分）', '成立领导小组', '未成立的不得分', 4, null, null],
      [null, '年初有计划，年末有总结', '每缺一项扣1分', 6, 1, null],
      ['矛盾纠纷排查（5分）', '每月排查一次', '缺一次扣1分', 5, 2, null],
    ], ['A2:A3']);
    expect(report.categories).toBeUndefined();
    expect(report.columns).toMatchObject({ section: 'A', content: 'B' });
    expect(report.sections.map((s) => [s.name, s.score])).toEqual([['组织领导（10分）', 9], ['矛盾纠纷排查（5分）', 3]]);
  });
});

describe('一级行带分值、二级行带分值（编号 1 / 1.1 / 1.1.1）', () => {
  it('公开表“企业档案工作等级评定标准”：一级行写两个二级得分之和，封顶 7', () => {
    const out = fillFixture(quzhouArchives().fixture);
    expect(out.report.categories).toEqual([{ name: '组织管理', row: 3, cap: 7, base: 7, score: 5.5 }]);
    expect([formulaAt(out, 3, 5)?.formula, formulaAt(out, 11, 5)?.formula]).toEqual(['=MIN(7,SUM(E4,E7))', '=ROUND(MAX(0,E3),2)']);
  });
});

describe('二级指标 | 三级指标两列（幼儿园评估细则）', () => {
  it(`B1 体制管理（28分）合并在 C1、C2 两个三级指标之上：C1 满分8+3，C2 满分10+7，B1 封顶28（${kindergartenAssessment().source}）`, () => {
    const { report } = fillFixture(kindergartenAssessment().fixture);
    expect(report.categories).toEqual([{ name: 'B1体制管理(28分)', row: 3, cap: 28, base: 28, score: 22 }]);
    expect(report.sections.map((s) => [s.name, s.cap, s.score, s.category])).toEqual([
      ['C1', 11, 8, 'B1体制管理(28分)'], ['C2', 17, 14, 'B1体制管理(28分)'],
    ]);
  });
});

describe('只有一级的表不变', () => {
  it('种子表与其余公开表都没有一级指标，报告里也没有 categories 字段', () => {
    const fixtures = [seed000(), seed002(true), seed004(true), ...PUBLIC_FORMS.map((f) => f().fixture)]
      .filter((f) => ![liuHeFiveStar(), quzhouArchives(), kindergartenAssessment()].some((g) => g.fixture.name === f.name));
    for (const f of fixtures) {
      const { report } = fillFixture(f);
      expect([f.name, report.categories, report.sections.every((s) => s.category === undefined)]).toEqual([f.name, undefined, true]);
    }
  });
});

describe('再次填写', () => {
  it.each([seedOutline, cappedCategory, indexedCategory, twoColumnCategories, subtotalledCategory, bannerCategories, quzhouArchives].map((make) => [make.name, make]))(
    '%s：填好的表再填一次，写入的格与公式完全相同，没有“已有内容”的提示',
    (_name, make) => {
      const f = 'fixture' in make() ? (make() as { fixture: SheetFixture }).fixture : (make() as SheetFixture);
      const s = sheet(f.name, f.cells as CellValue[][], f.merges ?? []);
      const first = fillSheet(s);
      if (!first.ok) throw new Error(first.error.message);
      const again = fillSheet(applied(s, first.value.plan.cells));
      if (!again.ok) throw new Error(again.error.message);
      expect(again.value.plan.cells).toEqual(first.value.plan.cells);
      expect(again.value.report.warnings.filter((w) => w.code === 'SCORE_CELL_TAKEN')).toEqual([]);
    },
  );
});

describe('两级封顶的一般规律', () => {
  const ORD = ['一', '二', '三'];
  const section = fc.record({
    cap: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
    items: fc.array(fc.record({ base: fc.integer({ min: 1, max: 10 }), taken: fc.integer({ min: 0, max: 100 }) }), { minLength: 1, maxLength: 3 }),
  });
  const category = fc.record({
    cap: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
    sections: fc.array(section, { minLength: 1, maxLength: 3 }),
  });

  it('总分 = 各一级 min(一级上限, Σ 各分项 min(分项上限, Σ 各项得分))；满分 = 各一级上限之和', () => {
    fc.assert(
      fc.property(fc.array(category, { minLength: 1, maxLength: 3 }), (cats) => {
        const rows: CellValue[][] = [['考核内容', '分值', '扣分', '得分']];
        const merges: string[] = [];
        const heading = (text: string) => {
          rows.push([text, null, null, null]);
          merges.push(`A${rows.length}:D${rows.length}`);
        };
        let total = 0;
        let full = 0;
        cats.forEach((c, i) => {
          heading(`${ORD[i]}、第${ORD[i]}类工作${c.cap !== null ? `（${c.cap}分）` : ''}`);
          let catScore = 0;
          let catBase = 0;
          c.sections.forEach((sec, k) => {
            heading(`（${ORD[k]}）第${ORD[k]}项任务${sec.cap !== null ? `（${sec.cap}分）` : ''}`);
            let sum = 0;
            let bases = 0;
            sec.items.forEach((it, n) => {
              const deduction = Math.round((it.taken / 100) * it.base * 2) / 2;
              rows.push([`${n + 1}、工作要求${n + 1}`, it.base, deduction, null]);
              sum += it.base - deduction;
              bases += it.base;
            });
            const cap = sec.cap ?? bases;
            catScore += Math.min(cap, sum);
            catBase += cap;
          });
          total += Math.min(c.cap ?? catBase, catScore);
          full += c.cap ?? catBase;
        });
        rows.push(['合计', null, null, null]);
        const { report, plan } = fill(rows, merges);
        expect(report.categories?.map((c) => c.name)).toEqual(cats.map((_, i) => expect.stringContaining(`第${ORD[i]}类工作`)));
        expect([report.total, report.fullMarks]).toEqual([Math.round(total * 100) / 100, full]);
        expect(plan.cells.find((c) => c.row === rows.length && c.col === 4)?.value).toBe(report.total);
      }),
      { numRuns: 60 },
    );
  });
  it('项目 | 子项目 两列合并：两级时按两级封顶；子项目不跨行时仍按项目一级计分，与原来一样', () => {
    fc.assert(
      fc.property(fc.array(category, { minLength: 1, maxLength: 3 }), (cats) => {
        const rows: CellValue[][] = [['项目', '子项目', '考核内容', '分值', '扣分', '得分']];
        const merges: string[] = [];
        const mergeDown = (col: string, from: number) => {
          if (rows.length > from) merges.push(`${col}${from}:${col}${rows.length}`);
        };
        let twoLevel = 0;
        let twoFull = 0;
        let oneFull = 0;
        const several = cats.some((c) => c.sections.length >= 2);
        const deep = cats.some((c) => c.sections.some((x) => x.items.length >= 2));
        cats.forEach((c, i) => {
          const catTop = rows.length + 1;
          let catScore = 0;
          let catCaps = 0;
          let catBases = 0;
          c.sections.forEach((sec, k) => {
            const secTop = rows.length + 1;
            let sum = 0;
            let bases = 0;
            sec.items.forEach((it, n) => {
              const deduction = Math.round((it.taken / 100) * it.base * 2) / 2;
              rows.push([
                n === 0 && k === 0 ? `第${ORD[i]}类工作${c.cap !== null ? `（${c.cap}分）` : ''}` : null,
                n === 0 ? `第${ORD[k]}项任务${sec.cap !== null ? `（${sec.cap}分）` : ''}` : null,
                `工作要求${n + 1}`, it.base, deduction, null,
              ]);
              sum += it.base - deduction;
              bases += it.base;
            });
            mergeDown('B', secTop);
            catScore += Math.min(sec.cap ?? bases, sum);
            catCaps += sec.cap ?? bases;
            catBases += bases;
          });
          mergeDown('A', catTop);
          twoLevel += Math.min(c.cap ?? catCaps, catScore);
          twoFull += c.cap ?? catCaps;
          oneFull += c.cap ?? catBases;
        });
        // One level: each 项目 capped at its own cap over the plain sum of its items.
        let flat = 0;
        for (const c of cats) {
          const items = c.sections.flatMap((x) => x.items.map((it) => it.base - Math.round((it.taken / 100) * it.base * 2) / 2));
          const bases = c.sections.flatMap((x) => x.items.map((it) => it.base)).reduce((a, b) => a + b, 0);
          flat += Math.min(c.cap ?? bases, items.reduce((a, b) => a + b, 0));
        }
        rows.push(['合计', null, null, null, null, null]);
        const { report } = fill(rows, merges);
        const nested = several && deep;
        expect(report.categories?.length ?? 0).toBe(nested ? cats.length : 0);
        const round = (x: number) => Math.round(x * 100) / 100;
        expect([report.total, report.fullMarks]).toEqual(nested ? [round(twoLevel), twoFull] : [round(flat), oneFull]);
      }),
      { numRuns: 60 },
    );
  });
});

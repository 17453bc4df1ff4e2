import fc from 'fast-check';
import path from 'node:path';
import { fillSheet } from '../../src/engine/fill';
import type { CellValue } from '../../src/engine/snapshot';
import { renderHtml } from '../../src/report/html';
import { buildReport, type ReportModel } from '../../src/report/model';
import { planReportSheet } from '../../src/report/sheet-plan';
import { deductionLine, rankingHeader, rankingRow } from '../../src/report/text';
import { unitOf, type ReportUnit } from '../../src/report/unit';
import { readWorkbookFile } from '../../src/xlsx/workbook-file';
import type { SheetFixture } from '../contract/adapter-contract';
import { sheet } from '../engine/sheets';
import { cappedCategory } from '../helpers/category-sheets';
import { townUnit, type Town } from './towns';

const DATE = '2026-11-24';

/** The repository's example after seed 001 (联带包创精细化管理考评表): 81 from the items, +1.5 +5 (capped from 8) −2. */
function exampleUnit(): ReportUnit {
  const pkg = readWorkbookFile(path.join(__dirname, '../../examples/lianDaiBaoChuang.xlsx'));
  if (!pkg.ok) throw new Error(pkg.error.message);
  const name = pkg.value.sheetNames()[0];
  const snap = pkg.value.snapshot(name);
  if (!snap.ok) throw new Error(snap.error.message);
  const r = fillSheet(snap.value, { mode: 'formulas' });
  if (!r.ok) throw new Error(r.error.message);
  return unitOf(name, '联带包创.xlsx', snap.value, r.value.layout, r.value.report, r.value.plan);
}

function fixtureUnit(fx: SheetFixture): ReportUnit {
  const snap = sheet(fx.name, fx.cells as CellValue[][], fx.merges);
  const r = fillSheet(snap, { mode: 'formulas' });
  if (!r.ok) throw new Error(r.error.message);
  return unitOf(fx.name, 'x.xlsx', snap, r.value.layout, r.value.report, r.value.plan);
}

/** Each row of the ranking table as printed: the part columns and 加减分 against its 总分. */
function rowsAsPrinted(m: ReportModel): { unit: string; parts: number; total: number; note: string }[] {
  const head = rankingHeader(m);
  return m.units.map((u) => {
    const row = rankingRow(m, u);
    const at = (name: string) => row[head.indexOf(name)];
    const parts = m.sections.map((s) => Number(at(s) || 0)).reduce((a, b) => a + b, 0) + Number(at('加减分'));
    return { unit: u.unit, parts: Math.round(parts * 100) / 100, total: Number(at('总分')), note: at('备注') };
  });
}

describe('报告的每一行加起来等于总分', () => {
  test('联带包创考评表：六个分项 81 分，加减分 +4.5（+1.5、+5 按上限、−2），合计 85.5', () => {
    const m = buildReport([exampleUnit()], { date: DATE });
    expect(rankingHeader(m)).toEqual([
      '名次', '单位', '总分', '等次', '一票否决',
      '操作主体组建', '联带规范运行', '线内联动联创', '严格守规守禁', '完成年度中心工作', '确保工作效能', '加减分', '备注',
    ]);
    expect(rankingRow(m, m.units[0])).toEqual(['1', m.units[0].unit, '85.5', '二类', '否', '12', '13.5', '12', '15', '16', '12.5', '+4.5', '']);
    expect(rowsAsPrinted(m)[0]).toMatchObject({ parts: 85.5, total: 85.5 });
  });

  test('一级指标下分二级指标时，分项列是一级指标的封顶得分，一行仍加得起来', () => {
    const m = buildReport([fixtureUnit(cappedCategory())], { date: DATE });
    expect(m.sections).toEqual(['一、平安建设', '二、基础工作']);
    expect(rowsAsPrinted(m)[0]).toMatchObject({ parts: 49, total: 49 });
  });

  test('任意扣分的各镇：分项加加减分等于总分（总分被规则置0时备注说明原因）', () => {
    const deduction = fc.option(fc.tuple(fc.integer({ min: 0, max: 2000 }).map((n) => n / 100), fc.constant('依据')), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.array(deduction, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const towns: Town[] = rows.map((d, i) => ({ name: `镇${i}`, deductions: d }));
        const m = buildReport(towns.map((t) => townUnit(t)), { date: DATE });
        for (const r of rowsAsPrinted(m)) {
          if (r.note.includes('总分计0分')) expect(r.total).toBe(0);
          else expect(r.parts).toBe(r.total);
        }
      }),
      { numRuns: 12 },
    );
  });
});

describe('扣分情况说明扣在哪一项、依据哪一条评分标准', () => {
  test('「线内联动联创 · 月考评备案每迟一月扣1分：扣3分」，不写工作表行号', () => {
    const u = exampleUnit();
    const lines = u.deductions.map(deductionLine);
    expect(lines).toContain('线内联动联创 · 月考评备案每迟一月扣1分：扣3分');
    expect(lines).toContain('操作主体组建 · 每缺一名专(兼)干扣1分：扣2分');
    expect(lines.join('\n')).not.toMatch(/第\s*\d+\s*行/);
  });

  test('HTML 报告列出加减分，并按评分表的顺序（分项在前者在前）列出扣分，没有行号', () => {
    const html = renderHtml(buildReport([exampleUnit()], { date: DATE }), '<svg></svg>');
    expect(html).toContain('加减分 · 受到中央政法综治等部门以及省委、省政府表彰的：加1.5分');
    expect(html).toContain('：减2分');
    expect(html).not.toMatch(/第\s*\d+\s*行/);
    expect(html.indexOf('联带规范运行 · ')).toBeLessThan(html.indexOf('线内联动联创 · '));
  });

  test('考核报告表的扣分明细列出扣分条款，不再有行号列', () => {
    const plan = planReportSheet(buildReport([exampleUnit()], { date: DATE }), () => null);
    const texts = plan.cells.map((c) => c.value);
    expect(texts).toContain('扣分条款');
    expect(texts).not.toContain('行号');
    expect(texts).toContain('月考评备案每迟一月扣1分');
  });
});

describe('未完成与无先进', () => {
  test('评分未完成的单位在备注里写明缺什么（哪一项、哪个格读不出）', () => {
    const m = buildReport([townUnit({ name: '己镇', deductions: [['严重', '群众举报'], null, null, null, null] })], { date: DATE });
    const note = rowsAsPrinted(m)[0].note;
    expect(note).toMatch(/^评分未完成：.+扣分“严重”无法读取为数字$/);
    const html = renderHtml(m, '<svg></svg>');
    expect(html).toContain('<tr class="incomplete">');
    expect(html).toContain('己镇（72分，合格，评分未完成）');
  });

  test('没有单位够得上先进（都被一票否决）时，不印一个空着的「先进单位」标题', () => {
    const m = buildReport([townUnit({ name: '丁镇', deductions: [null, null, null, null, null], veto: true })], { date: DATE, top: 3 });
    const html = renderHtml(m, '<svg></svg>');
    expect(html).not.toContain('先进单位');
    expect(html).toContain('<h2>二、一票否决</h2>');
  });
});

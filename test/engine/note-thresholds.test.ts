import fc from 'fast-check';
import type { CellValue } from '../../src/engine/snapshot';
import { siteManagement } from '../helpers/public-forms';
import { fillOf, sheet } from './sheets';

/**
 * JGJ59 (建筑施工安全检查标准) qualifies its 检查评分表 with 「当保证项目中有一项未得分或保证项目小计得分不足40分时，此分项
 * 检查评分表不应得分」; here it is written as the note of 表B.1 安全管理检查评分表 (test/helpers/public-forms.ts). Both
 * halves apply, in the report and the total formula: any 保证项目 item scoring 0, or the 保证项目 subtotal below 40,
 * zeroes the sheet. A threshold the sheet has no section for (得分低于60分的，该表不得分) is reported as not applied
 * instead of being passed over in silence.
 */
const NOTE = '注：1.每项最多扣减分数不大于该项应得分数；2.当保证项目中有一项未得分或保证项目小计得分不足40分时，此分项检查评分表不应得分。';

function form(deductions: Record<number, CellValue> = {}, note = NOTE) {
  const { fixture } = siteManagement();
  const cells = fixture.cells.map((r) => r.map((c) => (c !== null && typeof c === 'object' && 'formula' in c ? c.value : c)));
  for (const [row, v] of Object.entries(deductions)) cells[Number(row) - 1][5] = v;
  cells.push([note]);
  return fillOf(sheet(fixture.name, cells, fixture.merges));
}

describe('JGJ59 说明中的“保证项目有一项未得分”与“小计不足40分”', () => {
  test('保证项目各项都有得分、小计46分不低于40分：总分照算（81分），条件都已应用，不提示', () => {
    const { report } = form();
    expect(report.total).toBe(81);
    expect(report.warnings.map((w) => w.code)).not.toContain('CONDITION_NOT_APPLIED');
  });

  test('保证项目小计30分（不足40分）、无一项为0：整张表为0分，合计公式检查 ROUND(小计,2)<40', () => {
    const { report, plan } = form({ 4: 8, 7: 8 });
    expect(report.sections[0].score).toBe(30);
    expect(report.total).toBe(0);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'SECTION_BELOW_THRESHOLD', message: '说明规定的分项小计不足40分，总分按0分计' }));
    const total = plan.cells.find((c) => c.row === 15 && c.col === 7);
    expect(total?.formula).toMatch(/ROUND\([^)]*\)?[^<]*,2\)<40/);
  });

  test('小计正好40分不算不足：总分照算', () => {
    const { report } = form({ 4: 6 }); // 46 − 6 = 40
    expect(report.sections[0].score).toBe(40);
    expect(report.total).toBe(75);
  });

  test('保证项目中有一项扣完（第2项得0分）：整张表为0分，写入的合计公式也检查该项是否为0', () => {
    const { report, plan } = form({ 4: 10 });
    expect(report.items.find((i) => i.row === 4)?.score).toBe(0);
    expect(report.total).toBe(0);
    expect(report.warnings.map((w) => w.code)).toContain('KEY_ITEM_ZERO');
    const total = plan.cells.find((c) => c.row === 15 && c.col === 7);
    expect(total?.formula).toMatch(/^=IF\(COUNTIF\(G3:G13,\"请填数字\"\),\"请填数字\",IF\(OR\(.*G4=0/);
  });

  test('一般项目中有一项得0分不影响总分', () => {
    const { report } = form({ 11: 10 });
    expect(report.total).toBe(71);
    expect(report.warnings.map((w) => w.code)).not.toContain('KEY_ITEM_ZERO');
  });

  test('只有分数线的说明（得分低于60分的，该表不得分）：提示未自动应用，不当作关键项', () => {
    const { report } = form({}, '注：考核得分低于60分的，该表不得分。');
    expect(report.total).toBe(81);
    expect(report.warnings.filter((w) => w.code === 'CONDITION_NOT_APPLIED').map((w) => w.message))
      .toEqual([expect.stringContaining('考核得分低于60分的,该表不得分')]);
  });

  test('分档说明（得分低于60分的为不合格）不是条件，不提示', () => {
    const { report } = form({}, '注：得分90分及以上为优秀，低于60分的为不合格。');
    expect(report.warnings.map((w) => w.code)).not.toContain('CONDITION_NOT_APPLIED');
  });

  test('性质：任意扣分与分数线N，总分为0当且仅当保证项目有一项为0或小计低于N', () => {
    const guaranteeRows = [3, 4, 5, 6, 7, 8];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 6, maxLength: 6 }), fc.integer({ min: 1, max: 60 }), (ds, n) => {
        const entries = Object.fromEntries(guaranteeRows.map((r, k) => [r, ds[k]]));
        const { report } = form(entries, `注：当保证项目中有一项未得分或保证项目小计得分不足${n}分时，此分项检查评分表不应得分。`);
        const scores = ds.map((d) => 10 - d);
        const subtotal = scores.reduce((a, b) => a + b, 0);
        const rest = 8 + 10 + 10 + 7;
        const zero = scores.includes(0) || subtotal < n;
        expect(report.total).toBe(zero ? 0 : subtotal + rest);
      }),
      { numRuns: 60 },
    );
  });

  test('“保证项目”所在的列没有表头（检查项目只在项目名称列上方）、说明写作“保证项目有一项未得分…此检查评分表不应得分”：同样应用', () => {
    const { fixture } = siteManagement();
    const cells = fixture.cells.map((r) => r.map((c) => (c !== null && typeof c === 'object' && 'formula' in c ? c.value : c)));
    cells[1] = ['序号', null, '检查项目', '扣分标准', '应得分数', '扣减分数', '实得分数'];
    cells[3][5] = 10; // 施工组织设计及专项施工方案 loses all 10
    cells.push(['注：保证项目有一项未得分或保证项目小计得分不足40分，此检查评分表不应得分。']);
    const { report } = fillOf(sheet(fixture.name, cells, (fixture.merges ?? []).filter((m) => m !== 'B2:C2')));
    expect(report.columns).toMatchObject({ content: 'C' });
    expect([report.total, report.warnings.map((w) => w.code)]).toEqual([0, expect.arrayContaining(['KEY_ITEM_ZERO'])]);
    expect(report.warnings.map((w) => w.code)).not.toContain('CONDITION_NOT_APPLIED');
  });

  test('两半都对应不到表中（没有“保证项目”这一组）：整句提示一次，不只提示分数线那一半', () => {
    const { report } = form({}, '注：基础项目中有一项未得分或基础项目小计得分不足40分，此检查评分表不应得分。');
    const notApplied = report.warnings.filter((w) => w.code === 'CONDITION_NOT_APPLIED');
    expect(notApplied).toHaveLength(1);
    expect(notApplied[0].message).toContain('基础项目中有一项未得分');
    expect(report.total).toBe(81);
  });
});

import path from 'node:path';
import type { SheetReport } from '../../src/engine/sheet-report';
import { kaohe, tmpDir } from '../helpers/cli';
import { SEED000_EXPECTED, SEED002_EXPECTED, SEED004_EXPECTED, seed000, seed002, seed004 } from '../helpers/seed-sheets';
import { writeWorkbook } from '../helpers/workbook';
import type { SheetFixture } from '../contract/adapter-contract';

async function fillJson(fixture: SheetFixture): Promise<SheetReport> {
  const file = path.join(tmpDir(), `${fixture.name}.xlsx`);
  await writeWorkbook(file, fixture);
  const r = await kaohe('fill', file, '--json');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out) as { sheets: SheetReport[] };
  expect(json.sheets).toHaveLength(1);
  return json.sheets[0];
}

const scoresByRow = (s: SheetReport) => Object.fromEntries(s.items.map((i) => [i.row, i.score]));
const sectionScores = (s: SheetReport) => s.sections.map(({ cap, score }) => ({ cap, score }));

describe('kaohe fill 按种子评分表手算的结果计分', () => {
  test('种子000（项目/序号/考核内容及要求/评分标准/基础分/扣分依据/扣分/得分，分页处重复表头）：33.5分（满分55），默认分档合格', async () => {
    const s = await fillJson(seed000());
    const e = SEED000_EXPECTED;
    expect(s.headerRow).toBe(e.headerRow);
    expect(s.columns).toMatchObject({ section: 'A', index: 'B', content: 'C', criteria: 'D', base: 'E', basis: 'F', deduction: 'G', score: 'H' });
    expect(scoresByRow(s)).toEqual(e.items);
    expect(sectionScores(s)).toEqual(e.sections);
    expect(s.sections[0].name).toBe('执法规范化建设和专项执法检查工作项目10分');
    expect(s.items.find((i) => i.row === 3)).toMatchObject({ section: '执法规范化建设和专项执法检查工作项目10分', base: 2, deduction: 2, score: 0 });
    expect(s.items.find((i) => i.row === 6)).toMatchObject({ base: 2, deduction: 2, score: 0 });
    expect([s.total, s.fullMarks, s.tier, s.veto, s.bonus]).toEqual([e.total, e.fullMarks, e.tier, false, 0]);
    expect(s.warnings).toContainEqual(expect.objectContaining({ row: e.warningRow, message: '扣分3超过基础分2，按2分扣' }));
  });

  test('种子002 插入“扣分”列后（目标分值写作“5分”“1.5分”）：21.9分（满分30），默认分档合格', async () => {
    const s = await fillJson(seed002(true));
    const e = SEED002_EXPECTED;
    expect(s.headerRow).toBe(e.headerRow);
    expect(s.columns).toMatchObject({ section: 'A', base: 'C', method: 'D', deduction: 'E', score: 'F' });
    expect(scoresByRow(s)).toEqual(e.items);
    expect(sectionScores(s)).toEqual(e.sections);
    expect([s.total, s.fullMarks, s.tier, s.complete]).toEqual([e.total, e.fullMarks, e.tier, true]);
  });

  test('种子004 插入“扣分”列后（考核内容作项目，五、加减分净 −1，注行不计）：69分，合格', async () => {
    const s = await fillJson(seed004(true));
    const e = SEED004_EXPECTED;
    expect(s.headerRow).toBe(e.headerRow);
    expect(s.columns).toMatchObject({ section: 'A', content: 'B', base: 'C', criteria: 'D', deduction: 'E', score: 'F' });
    expect(scoresByRow(s)).toEqual(e.items);
    expect(sectionScores(s)).toEqual(e.sections);
    expect(s.adjustments.filter((a) => a.points !== 0)).toEqual(e.adjustments);
    expect([s.bonus, s.total, s.fullMarks, s.tier, s.veto]).toEqual([e.bonus, e.total, e.fullMarks, e.tier, false]);
  });

  test.each([
    ['种子002', seed002(false), '司法所'],
    ['种子004', seed004(false), '综治信访'],
  ])('%s 原表没有“扣分”列：退出码2，一行中文说明缺少扣分列并指出文件和工作表', async (_seed, fixture, sheet) => {
    const file = path.join(tmpDir(), 'in.xlsx');
    await writeWorkbook(file, fixture);
    const r = await kaohe('fill', file, '--json');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toContain(file);
    expect(r.errLines[0]).toContain(`工作表“${sheet}”`);
    expect(r.errLines[0]).toContain('缺少“扣分”列');
  });
});

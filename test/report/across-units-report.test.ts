import path from 'node:path';
import { REPORT_SHEET } from '../../src/report/sheet-plan';
import { kaohe, tmpDir } from '../helpers/cli';
import { writeWorkbook } from '../helpers/workbook';
import { snapshotOfFile } from '../helpers/xlsx';
import { expectSameResults, recalculatedAll } from '../libreoffice/soffice';
import { townSheet, TOWNS } from './towns';

jest.setTimeout(180_000);

/**
 * Rules across units stated in the villages' own notes, as seeds 004 (「对综合排名最后一名的村实行一票否决」) and 002
 * (「位列全县前5名的，分别加1分、0.8分…；位于全县后5名，分别扣…」, here the first and last two) state them. The towns
 * score 甲 64, 乙 68, 丙 64, 丁 72 (vetoed by its own sheet), 戊 62. By hand: 乙 first +1 → 69; 甲 and 丙 share second
 * +0.5 → 64.5; 戊 last −1 → 61, and as the last place it is vetoed; 丁 stays vetoed. Ranks: 乙 1, 甲 2, 丙 2, then the
 * vetoed by total: 丁 4, 戊 5.
 */
const NOTE = '注：位列全镇前2名的，分别加1分、0.5分；位于全镇后2名，分别扣1分、0.5分。对综合排名最后一名的村实行一票否决。';

async function villages(dir: string): Promise<string> {
  const file = path.join(dir, '各村.xlsx');
  await writeWorkbook(file, ...TOWNS.map((t) => {
    const s = townSheet(t);
    return { ...s, cells: [...s.cells, [NOTE]] };
  }));
  return file;
}

describe('跨单位规则：报告在排名之后应用并写明', () => {
  test('kaohe report --json：名次加减分、末位一票否决，先进不含被否决的单位', async () => {
    const dir = tmpDir();
    const r = await kaohe('report', await villages(dir), '-o', path.join(dir, '报告.xlsx'), '--json', '--top', '2');
    expect([r.code, r.err]).toEqual([0, '']);
    const json = JSON.parse(r.out);
    expect(Object.keys(json.rules).sort()).toEqual(['lastPlaceVeto', 'rankPoints']);
    expect(json.units.map((u: Record<string, unknown>) => [u.unit, u.sheetTotal, u.rankPoints, u.total, u.veto, u.lastPlace ?? false, u.rank, u.top])).toEqual([
      ['乙镇', 68, 1, 69, false, false, 1, true],
      ['甲镇', 64, 0.5, 64.5, false, false, 2, true],
      ['丙镇', 64, 0.5, 64.5, false, false, 2, true],
      ['丁镇', 72, 0, 72, true, false, 4, false],
      ['戊镇', 62, -1, 61, true, true, 5, false],
    ]);
  });

  test('报告表保持公式：LibreOffice 重新计算后，名次加减分、总分、一票否决与名次都与报告相同', async () => {
    const dir = tmpDir();
    const out = path.join(dir, '报告.xlsx');
    const r = await kaohe('report', await villages(dir), '-o', out, '--top', '2');
    expect(r.code).toBe(0);
    const [again] = recalculatedAll([out]);
    const mine = snapshotOfFile(out, REPORT_SHEET);
    const theirs = snapshotOfFile(again, REPORT_SHEET);
    expect(mine.values[2]).toEqual(['名次', '单位', '评分表得分', '名次加减分', '总分', '等次', '一票否决', '先进', '考核得分', '加减分', '备注']);
    expect(String(mine.values[1][0])).toContain('按考核办法：名次加减分（前2名加分、后2名扣分）、末位一票否决');
    expect(expectSameResults(mine, theirs)).toBeGreaterThan(20);
  });
});

describe('跨单位规则：优秀比例（003）在报告表中保持公式', () => {
  test('核定等次列：超出20%的优秀降为称职，LibreOffice 重新计算后与报告相同', async () => {
    const { REPORT_EXAMPLES } = await import('../helpers/seed-composites');
    const example = REPORT_EXAMPLES.map((m) => m()).find((x) => x.name === 'seed003-quota')!;
    const dir = tmpDir();
    const file = path.join(dir, '各乡镇.xlsx');
    await writeWorkbook(file, ...example.sheets);
    const out = path.join(dir, '报告.xlsx');
    expect((await kaohe('report', file, '-o', out)).code).toBe(0);
    const [again] = recalculatedAll([out]);
    const mine = snapshotOfFile(out, REPORT_SHEET);
    const theirs = snapshotOfFile(again, REPORT_SHEET);
    expect(mine.values[2]).toEqual(['名次', '单位', '总分', '等次', '核定等次', '一票否决', '考核得分', '加减分', '备注']);
    expect(mine.values.slice(3, 13).map((r) => [r[1], r[3], r[4]])).toEqual([
      ['城关镇', '优秀', '优秀'], ['河口镇', '优秀', '优秀'], ['石门乡', '优秀', '称职'], ['柳溪镇', '优秀', '称职'], ['桃源镇', '称职', '称职'],
      ['青山乡', '称职', '称职'], ['白沙镇', '称职', '称职'], ['新华乡', '不称职', '不称职'], ['龙潭镇', '不称职', '不称职'], ['金桥乡', '不称职', '不称职'],
    ]);
    expect(expectSameResults(mine, theirs)).toBeGreaterThan(30);
  });
});

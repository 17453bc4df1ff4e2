import fs from 'node:fs';
import path from 'node:path';
import type { SheetReport } from '../../src/engine/sheet-report';
import { colNumber, valueAt, type SheetSnapshot } from '../../src/engine/snapshot';
import type { SheetFixture } from '../contract/adapter-contract';
import {
  bannerCategories, cappedCategory, indexedCategory, seedOutline, subtotalledCategory, twoColumnCategories,
} from '../helpers/category-sheets';
import { kaohe, tmpDir } from '../helpers/cli';
import { writeWorkbook } from '../helpers/workbook';
import { snapshotOfFile } from '../helpers/xlsx';
import { expectSameResults, recalculatedAll } from './soffice';

jest.setTimeout(240_000);

interface Run {
  fixture: SheetFixture;
  report: SheetReport;
  mine: SheetSnapshot;
  theirs?: SheetSnapshot;
  outFile: string;
}

const FIXTURES = [seedOutline, cappedCategory, indexedCategory, twoColumnCategories, subtotalledCategory, bannerCategories];
const runs = new Map<string, Run>();

beforeAll(async () => {
  const dir = tmpDir();
  fs.mkdirSync(path.join(dir, 'out'));
  for (const [i, make] of FIXTURES.entries()) {
    const fixture = make();
    const file = path.join(dir, `c${i}.xlsx`);
    const outFile = path.join(dir, 'out', `c${i}.xlsx`);
    await writeWorkbook(file, fixture);
    const r = await kaohe('fill', file, '-o', outFile, '--json');
    if (r.code !== 0) throw new Error(`${fixture.name}: ${r.err}`);
    const report = (JSON.parse(r.out).sheets as SheetReport[])[0];
    runs.set(fixture.name, { fixture, report, outFile, mine: await snapshotOfFile(outFile, fixture.name) });
  }
  // One LibreOffice run recalculates every filled workbook.
  const all = [...runs.values()];
  const copies = recalculatedAll(all.map((x) => x.outFile));
  for (const [i, run] of all.entries()) run.theirs = await snapshotOfFile(copies[i], run.fixture.name);
});

describe.each(FIXTURES.map((make) => [make().name]))('一级指标表“%s”', (name) => {
  test('LibreOffice 重新计算后，每个写入的公式（分项、一级、合计）与工具算出的相同，合计格即报告的总分', () => {
    const { mine, theirs, report } = runs.get(name)!;
    expect(expectSameResults(mine, theirs!)).toBeGreaterThan(0);
    const col = colNumber(report.columns.score);
    const totalRow = mine.values.findIndex((row) => row.some((v) => v === '合计')) + 1;
    expect(valueAt(theirs!, totalRow, col)).toBe(report.total);
  });
});

test('一级封顶确实生效：分项合计 43 超过一级标明的 40，LibreOffice 算出的合计为 49', () => {
  const { report, theirs } = runs.get(cappedCategory().name)!;
  expect([report.categories?.[0].score, report.total]).toEqual([40, 49]);
  expect(valueAt(theirs!, 11, 5)).toBe(49);
});

test('项目 | 子项目：一级的小计行由 LibreOffice 算出 40，合计 49', () => {
  const { theirs } = runs.get(twoColumnCategories().name)!;
  expect([valueAt(theirs!, 7, 6), valueAt(theirs!, 11, 6)]).toEqual([40, 49]);
});

test('序号“一”行：一级得分格由 LibreOffice 算出 37，合计 46', () => {
  const { mine, theirs } = runs.get(indexedCategory().name)!;
  expect([mine.formulas[1][5], valueAt(theirs!, 2, 6), valueAt(theirs!, 11, 6)]).toEqual(['=MIN(40,SUM(F3,F6))', 37, 46]);
});

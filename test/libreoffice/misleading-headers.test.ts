import fs from 'node:fs';
import path from 'node:path';
import type { SheetReport } from '../../src/engine/sheet-report';
import { colNumber, valueAt, type SheetSnapshot } from '../../src/engine/snapshot';
import type { SheetFixture } from '../contract/adapter-contract';
import { kaohe, tmpDir } from '../helpers/cli';
import { BUILDING_SAFETY_SOURCE, buildingSafety } from '../helpers/misleading-headers';
import { writeWorkbook } from '../helpers/workbook';
import { snapshotOfFile } from '../helpers/xlsx';
import { expectSameResults, recalculatedAll } from './soffice';

jest.setTimeout(240_000);

/**
 * Public forms whose header words mislead (misleading-headers.ts, sources there), filled through the CLI and
 * recalculated by LibreOffice: the written formulas compute the hand-computed totals.
 */
// The hygiene form as published has no 合计 row: its typed scores are summed where no cell is written, so only the
// building-safety form's formulas (item scores, 合计) are LibreOffice's to compute.
const FORMS: [string, () => SheetFixture, number, number][] = [[BUILDING_SAFETY_SOURCE, () => buildingSafety(), 100, 9]];
const runs: { report: SheetReport; mine: SheetSnapshot; theirs?: SheetSnapshot; out: string; name: string }[] = [];

beforeAll(async () => {
  const dir = tmpDir();
  fs.mkdirSync(path.join(dir, 'out'));
  for (const [i, [, make]] of FORMS.entries()) {
    const fixture = make();
    const file = path.join(dir, `m${i}.xlsx`);
    const out = path.join(dir, 'out', `m${i}.xlsx`);
    await writeWorkbook(file, fixture);
    const r = await kaohe('fill', file, '-o', out, '--json');
    if (r.code !== 0) throw new Error(r.err);
    runs.push({ report: (JSON.parse(r.out).sheets as SheetReport[])[0], mine: snapshotOfFile(out, fixture.name), out, name: fixture.name });
  }
  const copies = recalculatedAll(runs.map((x) => x.out));
  for (const [i, run] of runs.entries()) run.theirs = snapshotOfFile(copies[i], run.name);
});

describe.each(FORMS.map(([source, , total, row], i) => [source, i, total, row] as const))('%s', (_source, i, total, totalRow) => {
  test('LibreOffice 重新计算后，写入的公式与工具算出的相同，总分为手算结果', () => {
    const { mine, theirs, report } = runs[i];
    expect(report.total).toBe(total);
    expect(expectSameResults(mine, theirs!)).toBeGreaterThan(0);
    expect(valueAt(theirs!, totalRow, colNumber(report.columns.score))).toBe(total);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { kaohe } from '../helpers/cli';
import { REPORT_EXAMPLES } from '../helpers/seed-composites';
import { snapshotOfFile } from '../helpers/xlsx';
import { valueAt } from '../../src/engine/snapshot';

const ROOT = path.resolve(__dirname, '../..');

interface Expected {
  rules: string[];
  units: Record<string, unknown>[];
}

describe.each(REPORT_EXAMPLES.map((make) => [make().name, make().seed]))('示例 examples/%s.xlsx（%s）：报告在排名后应用考核办法的跨单位规则', (name) => {
  const example = REPORT_EXAMPLES.map((m) => m()).find((x) => x.name === name)!;
  const file = path.join(ROOT, 'examples', `${name}.xlsx`);
  const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', `${name}.expected.json`), 'utf8')) as Expected;

  test('示例工作簿即 seed-composites.ts 中的各单位表', () => {
    for (const fixture of example.sheets) {
      const snap = snapshotOfFile(file, fixture.name);
      fixture.cells.forEach((cells, r) => cells.forEach((v, c) => expect(valueAt(snap, r + 1, c + 1)).toEqual(v ?? null)));
    }
  });

  test('kaohe report --json 的名次、总分、否决与先进与 .expected.json 中手算的相同', async () => {
    const r = await kaohe('report', file, '--json', ...example.args);
    expect([r.code, r.err]).toEqual([0, '']);
    const json = JSON.parse(r.out);
    expect(Object.keys(json.rules ?? {}).sort()).toEqual(expected.rules);
    const keys = Object.keys(expected.units[0]);
    // Markers a unit carries only when they apply (lastPlace, overQuota with the sheet's own tier) are compared as given.
    const marks = (u: Record<string, unknown>): [string, unknown][] => ['lastPlace', 'overQuota', 'sheetTier'].filter((k) => u[k] !== undefined).map((k) => [k, u[k]]);
    const pick = (u: Record<string, unknown>) => Object.fromEntries(keys.map((k): [string, unknown] => [k, u[k]]).concat(marks(u)));
    expect(json.units.map(pick)).toEqual(expected.units);
  });
});

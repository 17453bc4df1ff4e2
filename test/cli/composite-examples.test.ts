import fs from 'node:fs';
import path from 'node:path';
import type { SheetReport } from '../../src/engine/sheet-report';
import { address, formulaAt, valueAt } from '../../src/engine/snapshot';
import { kaohe, tmpDir } from '../helpers/cli';
import { SEED_EXAMPLES } from '../helpers/seed-composites';
import { snapshotOfFile } from '../helpers/xlsx';

const ROOT = path.resolve(__dirname, '../..');

interface Expected {
  sheets: { sheet: string; kind: string; mechanisms: string[]; items: number[]; weighted: number[]; total: number; fullMarks: number; tier: string; complete: boolean; written: Record<string, number | string> }[];
}

describe.each(SEED_EXAMPLES.map((make) => [make().name, make().seed]))('示例 examples/%s.xlsx（%s）', (name) => {
  const file = path.join(ROOT, 'examples', `${name}.xlsx`);
  const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', `${name}.expected.json`), 'utf8')) as Expected;
  const example = SEED_EXAMPLES.map((m) => m()).find((x) => x.name === name)!;

  test('示例工作簿即 seed-composites.ts 中的表（scripts/composite-examples.js 所写）', () => {
    for (const fixture of example.sheets) {
      const snap = snapshotOfFile(file, fixture.name);
      fixture.cells.forEach((cells, r) => cells.forEach((v, c) => expect([address(r + 1, c + 1), valueAt(snap, r + 1, c + 1)]).toEqual([address(r + 1, c + 1), v ?? null])));
    }
  });

  test('kaohe fill --json 的结果与 .expected.json 中手算的相同，写入的格与值也相同', async () => {
    const out = path.join(tmpDir(), `${name}.scored.xlsx`);
    const r = await kaohe('fill', file, '-o', out, '--json');
    expect([r.code, r.err]).toEqual([0, '']);
    const sheets = JSON.parse(r.out).sheets as SheetReport[];
    expect(sheets.map((s) => s.sheet)).toEqual(expected.sheets.map((s) => s.sheet));
    sheets.forEach((s, i) => {
      const e = expected.sheets[i];
      expect([s.kind, s.composite?.mechanisms, s.items.map((x) => x.score), s.composite?.weights?.map((w) => w.weighted)]).toEqual([e.kind, e.mechanisms, e.items, e.weighted]);
      expect([s.total, s.fullMarks, s.tier, s.complete]).toEqual([e.total, e.fullMarks, e.tier, e.complete]);
      const snap = snapshotOfFile(out, s.sheet);
      const written: Record<string, number | string> = {};
      snap.formulas.forEach((rowF, rr) => rowF.forEach((f, c) => {
        if (f && !formulaAt(snapshotOfFile(file, s.sheet), rr + 1, c + 1)) written[address(rr + 1, c + 1)] = valueAt(snap, rr + 1, c + 1) as number | string;
      }));
      expect(written).toEqual(e.written);
    });
  });
});

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fillSheet } from '../../src/engine/fill';
import type { SheetSnapshot } from '../../src/engine/snapshot';
import { scoreFile } from '../../src/taskpane/file-score';
import { openXlsx } from '../../src/xlsx/package';
import { kaohe, tmpDir } from '../helpers/cli';
import { RUBRICS, type RubricFixture } from '../helpers/rubric-fixtures';
import { writeRubrics } from '../helpers/rubric-writers';
import { expectSameResults, recalculatedAll } from '../libreoffice/soffice';

/**
 * `kaohe new` on eight published rubrics, each written by a different kind of writer (rubric-writers.ts): the new
 * workbook reads back as the rubric states it; an assessor types deductions with another program (openpyxl) and
 * `kaohe fill` computes the total a person computes by hand; LibreOffice recalculates every formula of the new
 * workbook to the numbers the tool saved beside them; the task pane's file mode opens and fills it.
 */
jest.setTimeout(300_000);

const UNITS = ['甲镇', '乙镇'];
let dir: string;
let docs: string[];
const books = new Map<RubricFixture, string>();

function snapshotOf(file: string, sheet: string): SheetSnapshot {
  const pkg = openXlsx(fs.readFileSync(file), file);
  if (!pkg.ok) throw new Error(pkg.error.message);
  const s = pkg.value.snapshot(sheet);
  if (!s.ok) throw new Error(s.error.message);
  return s.value;
}

/** The cells an assessor types into, found the way fill finds them, then written by openpyxl. */
function enterWithOpenpyxl(file: string, out: string, f: RubricFixture): void {
  const read = fillSheet(snapshotOf(file, UNITS[0]));
  if (!read.ok) throw new Error(read.error.message);
  const { layout } = read.value;
  const entries: [string, number, number, number | string][] = [];
  const col = layout.columns.deduction as number;
  for (const [i, v] of Object.entries(f.entries.items)) entries.push([UNITS[0], layout.items[Number(i)].row, col, v]);
  for (const [i, v] of Object.entries(f.entries.adjustments ?? {})) entries.push([UNITS[0], layout.adjustments[Number(i)].row, layout.adjustments[Number(i)].entryCol, v]);
  for (const [i, v] of Object.entries(f.entries.vetoes ?? {})) entries.push([UNITS[0], layout.vetoRows[Number(i)].row, layout.vetoRows[Number(i)].entryCol, v]);
  const script = [
    'import json, sys, openpyxl',
    'wb = openpyxl.load_workbook(sys.argv[1])',
    'for sheet, row, col, v in json.loads(sys.argv[3]):',
    '    wb[sheet].cell(row=row, column=col).value = v',
    'wb.save(sys.argv[2])',
  ].join('\n');
  execFileSync('/usr/bin/python3', ['-c', script, file, out, JSON.stringify(entries)], { stdio: 'pipe' });
}

beforeAll(async () => {
  dir = tmpDir();
  docs = await writeRubrics(RUBRICS, dir);
});

describe.each(RUBRICS.map((f, i) => [f.id, f, i] as const))('%s', (_id, f, i) => {
  test(`kaohe new reads the sections, caps, items and full marks the rubric states (${f.source})`, async () => {
    const out = path.join(dir, `${f.id}.new.xlsx`);
    const r = await kaohe('new', docs[i], '--units', UNITS.join(','), '-o', out, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.output).toBe(out);
    expect(json.sheets.map((s: { sheet: string }) => s.sheet)).toEqual(UNITS);
    for (const s of json.sheets) {
      expect(s.items).toBe(f.expect.items);
      expect(s.fullMarks).toBe(f.expect.fullMarks);
      expect(s.sections.map((x: { cap: number }) => x.cap)).toEqual(f.expect.sections.map(([, cap]) => cap));
      s.sections.forEach((x: { name: string }, k: number) => expect(x.name.startsWith(f.expect.sections[k][0].replace(/\s/g, ''))).toBe(true));
    }
    for (const w of f.expect.warnings) expect(json.warnings.join('\n')).toContain(w);
    expect(json.warnings.some((w: string) => w.includes('不一致'))).toBe(false);
    books.set(f, out);

    const read = fillSheet(snapshotOf(out, UNITS[0]));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.layout.adjustments).toHaveLength(f.expect.adjustments);
    expect(read.value.layout.vetoRows).toHaveLength(f.expect.vetoes);
    expect(read.value.report.fullMarks).toBe(f.expect.fullMarks);
    expect(read.value.report.total).toBe(f.untouched ?? f.expect.fullMarks);
    expect(read.value.report.complete).toBe(true);
    if (f.expect.tier) expect(read.value.layout.notes.join('\n')).toContain(f.expect.tier);
  });

  test('deductions typed with openpyxl, then kaohe fill, give the total computed by hand', async () => {
    const book = books.get(f) as string;
    const typed = path.join(dir, `${f.id}.typed.xlsx`);
    enterWithOpenpyxl(book, typed, f);
    const filled = path.join(dir, `${f.id}.filled.xlsx`);
    const r = await kaohe('fill', typed, '-o', filled, '--json');
    expect(r.code).toBe(0);
    // The 考核报告 sheet is the tool's own, not a score sheet to warn about.
    expect(r.err).not.toContain('考核报告');
    const sheets = JSON.parse(r.out).sheets as { sheet: string; total: number; fullMarks: number }[];
    expect(sheets.find((s) => s.sheet === UNITS[0])?.total).toBe(f.total);
    expect(sheets.find((s) => s.sheet === UNITS[1])?.total).toBe(f.untouched ?? f.expect.fullMarks);
  });

  test('the task pane file mode opens the new workbook and fills it', () => {
    const book = books.get(f) as string;
    const r = scoreFile(new Uint8Array(fs.readFileSync(book)), path.basename(book), { mode: 'formulas', overwrite: false });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.sheets.map((s) => s.report.sheet)).toEqual(UNITS);
    expect(r.value.sheets.map((s) => s.report.total)).toEqual(UNITS.map(() => f.untouched ?? f.expect.fullMarks));
    expect(r.value.units).toHaveLength(UNITS.length);
  });
});

test('LibreOffice recalculates every formula of every new workbook to the numbers saved beside them', () => {
  const files = RUBRICS.map((f) => books.get(f) as string);
  const again = recalculatedAll(files);
  let formulas = 0;
  files.forEach((file, i) => {
    for (const sheet of [...UNITS, '考核报告']) formulas += expectSameResults(snapshotOf(file, sheet), snapshotOf(again[i], sheet));
  });
  expect(formulas).toBeGreaterThan(RUBRICS.length * 20);
});

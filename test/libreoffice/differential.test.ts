import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { mergeAt } from '../../src/engine/header';
import type { SheetReport } from '../../src/engine/sheet-report';
import { colNumber, flagAt, formulaAt, valueAt, type SheetSnapshot } from '../../src/engine/snapshot';
import { openXlsx } from '../../src/xlsx';
import { kaohe, tmpDir } from '../helpers/cli';
import { randomWorkbook } from './random-sheets';
import { recalculatedAll } from './soffice';

/**
 * The differential test: random score sheets (every kind of entry, caps, 加减分, 一票否决) are filled by the command
 * line, recalculated by LibreOffice, and compared cell by cell with the report: items, 小计, total and tier. The
 * report and the workbook must never disagree. CI runs a fixed seed and a modest count; `npm run differential`
 * runs many more (DIFF_CASES, DIFF_SEED).
 */
const CASES = Number(process.env.DIFF_CASES ?? 12);
const SEED = Number(process.env.DIFF_SEED ?? 20261124);

jest.setTimeout(Math.max(180_000, CASES * 3_000));

function sheetOf(file: string): SheetSnapshot {
  const pkg = openXlsx(new Uint8Array(fs.readFileSync(file)));
  if (!pkg.ok) throw new Error(pkg.error.message);
  const s = pkg.value.snapshot('考核表');
  if (!s.ok) throw new Error(s.error.message);
  return s.value;
}

/** The first case's output with one short-formula item's 扣分 typed over as text, as a clerk might after the fill. */
async function withTextEntry(c: Case, dir: string): Promise<{ file: string; row: number; col: number; totalRow: number }> {
  const out = sheetOf(c.output);
  const col = colNumber(c.report.columns.score);
  const dCol = colNumber(c.report.columns.deduction);
  const item = c.report.items.find((it) => formulaAt(out, it.row, col)?.startsWith('=IF(ISTEXT('));
  if (!item) throw new Error(`seed ${c.seed}: no short formula to change`);
  const totalRow = out.values.findIndex((row) => String(row[0] ?? '').startsWith('合计')) + 1;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(c.output);
  wb.getWorksheet('考核表')!.getCell(item.row, dCol).value = '两分';
  const file = path.join(dir, `changed-${c.seed}.xlsx`);
  await wb.xlsx.writeFile(file);
  return { file, row: item.row, col, totalRow };
}

const hundredths = (v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v);

interface Case {
  seed: number;
  input: string;
  output: string;
  report: SheetReport;
}

describe('差分测试：随机评分表经 LibreOffice 重算后，与报告逐格一致', () => {
  const cases: Case[] = [];
  let recalculated: string[] = [];
  let changed: { file: string; row: number; col: number; totalRow: number } = { file: '', row: 0, col: 0, totalRow: 0 };
  let changedBack = '';

  beforeAll(async () => {
    const dir = tmpDir();
    for (let i = 0; i < CASES; i++) {
      const seed = SEED + i;
      const input = path.join(dir, `in-${seed}.xlsx`);
      const output = path.join(dir, `out-${seed}.xlsx`);
      await randomWorkbook(seed).xlsx.writeFile(input);
      const r = await kaohe('fill', input, '-o', output, '--json');
      if (r.code !== 0) throw new Error(`seed ${seed}: ${r.err}`);
      const report = (JSON.parse(r.out).sheets as SheetReport[]).find((s) => s.sheet === '考核表')!;
      cases.push({ seed, input, output, report });
    }
    changed = await withTextEntry(cases[0], dir);
    const all = recalculatedAll([...cases.map((c) => c.output), changed.file]);
    recalculated = all.slice(0, cases.length);
    changedBack = all[cases.length];
  });

  it('每张表：每个写入的公式重算后都不是错误值，结果等于写入时的结果', () => {
    expect(cases).toHaveLength(CASES);
    cases.forEach((c, k) => {
      const input = sheetOf(c.input);
      const mine = sheetOf(c.output);
      const theirs = sheetOf(recalculated[k]);
      mine.formulas.forEach((row, r) =>
        row.forEach((f, col) => {
          // Only the tool's formulas: entries may hold the user's own, errors included.
          if (!f || f === formulaAt(input, r + 1, col + 1)) return;
          const at = [c.seed, r + 1, col + 1];
          expect([...at, flagAt(theirs, r + 1, col + 1)]).toEqual([...at, null]);
          expect([...at, hundredths(valueAt(theirs, r + 1, col + 1))]).toEqual([...at, valueAt(mine, r + 1, col + 1)]);
        }),
      );
    });
  });

  it('每张表：项目得分、分项小计、总分和等次与报告相同', () => {
    cases.forEach((c, k) => {
      const theirs = sheetOf(recalculated[k]);
      const mine = sheetOf(c.output);
      const col = colNumber(c.report.columns.score);
      for (const item of c.report.items) {
        if (formulaAt(mine, item.row, col) === null && valueAt(mine, item.row, col) === null) continue;
        // A 得分 cell merged over several items holds their sum.
        const m = mergeAt(mine.merges, item.row, col);
        const members = m ? c.report.items.filter((x) => x.row >= m.top && x.row <= m.bottom) : [item];
        const expected = Math.round(members.reduce((a, x) => a + x.score, 0) * 100) / 100;
        expect([c.seed, 'item', item.row, hundredths(valueAt(theirs, item.row, col))]).toEqual([c.seed, 'item', item.row, expected]);
      }
      let totalRow = 0;
      let tier: unknown = null;
      theirs.values.forEach((row, r) => {
        if (String(row[0] ?? '').startsWith('合计')) totalRow = r + 1;
        if (row[0] === '考核等次') tier = row[1];
      });
      expect([c.seed, 'total', hundredths(valueAt(theirs, totalRow, col))]).toEqual([c.seed, 'total', c.report.total]);
      expect([c.seed, 'tier', tier]).toEqual([c.seed, 'tier', c.report.tier]);
      for (const sec of c.report.sections) {
        const sub = theirs.values.findIndex((row, r) => r + 1 > sec.row && String(row[0] ?? '') === '小计');
        const next = c.report.sections.find((x) => x.row > sec.row);
        if (sub >= 0 && (!next || sub + 1 < next.row))
          expect([c.seed, 'section', sec.row, hundredths(valueAt(theirs, sub + 1, col))]).toEqual([c.seed, 'section', sec.row, sec.score]);
      }
    });
  });

  it('数字或空白的扣分写成短公式（不超过150个字符），其余写读得懂它们的长公式；两种都与报告一致', () => {
    let short = 0;
    let long = 0;
    for (const c of cases) {
      const out = sheetOf(c.output);
      const col = colNumber(c.report.columns.score);
      for (const item of c.report.items) {
        const f = formulaAt(out, item.row, col);
        if (!f || !f.includes('MIN(')) continue;
        if (f.startsWith('=IF(ISTEXT(')) {
          short++;
          expect([c.seed, item.row, f.length <= 150]).toEqual([c.seed, item.row, true]);
        } else long++;
      }
    }
    expect(short).toBeGreaterThan(0);
    expect(long).toBeGreaterThan(0);
  });

  it('填写后把一个数字扣分改成文字「两分」：该项得分、总分与等次在表里显示「请填数字」，不悄悄按0计', () => {
    const theirs = sheetOf(changedBack);
    expect([valueAt(theirs, changed.row, changed.col), valueAt(theirs, changed.totalRow, changed.col)]).toEqual(['请填数字', '请填数字']);
  });

  it('合并的得分格只写左上角：被合并遮住的格在输出文件里仍是空的', () => {
    let merged = 0;
    for (const c of cases) {
      const out = sheetOf(c.output);
      const col = colNumber(c.report.columns.score);
      for (const m of out.merges) {
        if (m.left > col || m.right < col || m.bottom === m.top) continue;
        merged++;
        for (let r = m.top + 1; r <= m.bottom; r++) expect([c.seed, r, valueAt(out, r, col), formulaAt(out, r, col)]).toEqual([c.seed, r, null, null]);
      }
    }
    if (CASES >= 12) expect(merged).toBeGreaterThan(0);
  });

  it('有错误值、无法计算的公式的表都标为未完成，并在该行提示', () => {
    const doubtful = cases.filter((c) => c.report.warnings.some((w) => ['ENTRY_ERROR', 'ENTRY_UNCOMPUTED', 'ENTRY_DATE'].includes(w.code)));
    expect(doubtful.length).toBeGreaterThan(0);
    for (const c of doubtful) expect([c.seed, c.report.complete]).toEqual([c.seed, false]);
  });
});

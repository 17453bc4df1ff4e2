import fs from 'node:fs';
import path from 'node:path';
import type { SheetReport } from '../../src/engine/sheet-report';
import { address, valueAt, type SheetSnapshot } from '../../src/engine/snapshot';
import { changedCells, snapshotOfFile } from '../helpers/xlsx';
import { kaohe, tmpDir } from '../helpers/cli';
import { PUBLIC_FORMS, weightedStandard, type PublicForm } from '../helpers/public-forms';
import { writeWorkbook } from '../helpers/workbook';
import { expectSameResults, recalculatedAll } from './soffice';

jest.setTimeout(240_000);


interface Run {
  form: PublicForm;
  input: SheetSnapshot;
  output: SheetSnapshot;
  outFile: string;
  report: SheetReport;
}

const runs: Run[] = [];
const recalculated = new Map<string, SheetSnapshot>();

beforeAll(async () => {
  const dir = tmpDir();
  fs.mkdirSync(path.join(dir, 'out'));
  for (const make of PUBLIC_FORMS) {
    const form = make();
    const name = form.fixture.name;
    const file = path.join(dir, `${name}.xlsx`);
    const outFile = path.join(dir, 'out', `${name}.xlsx`);
    await writeWorkbook(file, form.fixture);
    const r = await kaohe('fill', file, '-o', outFile, '--json');
    if (r.code !== 0) throw new Error(`${name}: ${r.err}`);
    const report = (JSON.parse(r.out).sheets as SheetReport[])[0];
    runs.push({ form, report, outFile, input: await snapshotOfFile(file, name), output: await snapshotOfFile(outFile, name) });
  }
  // One LibreOffice run recalculates every filled workbook.
  const copies = recalculatedAll(runs.map((x) => x.outFile));
  for (let i = 0; i < runs.length; i++) recalculated.set(runs[i].form.fixture.name, await snapshotOfFile(copies[i], runs[i].form.fixture.name));
});

describe.each(PUBLIC_FORMS.map((make) => [make().fixture.name, make().source]))('公开评分表“%s”（%s）', (name) => {
  const run = () => runs.find((x) => x.form.fixture.name === name)!;

  test('kaohe fill 报告的种类、各项得分、总分、满分、等次和提示与手算一致', () => {
    const { report, form } = run();
    const e = form.expect;
    expect(report.kind).toBe(e.kind);
    expect(report.columns).toMatchObject(e.columns);
    expect(report.items.map((i) => [i.row, i.score])).toEqual(e.items);
    expect([report.total, report.fullMarks, report.tier, report.complete]).toEqual([e.total, e.fullMarks, e.tier, e.complete]);
    if (e.tierDefault !== undefined) expect(report.tierDefault).toBe(e.tierDefault);
    expect(report.warnings.map((w) => w.code).sort()).toEqual(e.warnings);
  });

  test('只写入小计、分项、合计与等次格（按扣分计算的表另有各项得分格），已填的得分一格不动', () => {
    const { input, output, form } = run();
    expect(changedCells(input, output)).toEqual(form.expect.written);
  });

  test('LibreOffice 重新计算后，写入的每个公式结果与工具算出的相同，合计格即报告的总分', () => {
    const { output, report } = run();
    const theirs = recalculated.get(name)!;
    expect(expectSameResults(output, theirs)).toBeGreaterThan(0);
    const scoreCol = report.columns.score;
    const totals = output.formulas.flatMap((row, r) => row.map((f, c) => (f && address(r + 1, c + 1).startsWith(scoreCol) ? valueAt(theirs, r + 1, c + 1) : undefined)));
    expect(totals).toContain(report.total);
  });
});

describe('权重评分表', () => {
  test('佛山市微型工贸企业安全生产标准化评分细则（评定项目(权重)）：kaohe fill 一句话拒绝', async () => {
    const { fixture } = weightedStandard();
    const dir = tmpDir();
    const file = path.join(dir, 'weighted.xlsx');
    await writeWorkbook(file, fixture);
    const r = await kaohe('fill', file, '-o', path.join(dir, 'out.xlsx'));
    expect(r.code).not.toBe(0);
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toContain('权重评分表暂不支持：找到“评定项目(权重)”列');
    expect(r.errLines[0]).toContain('请在各项名称后写明权重（如“工作实绩（40%）”）');
  });
});

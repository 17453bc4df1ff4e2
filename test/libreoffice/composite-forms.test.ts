import fs from 'node:fs';
import path from 'node:path';
import type { SheetReport } from '../../src/engine/sheet-report';
import { formulaAt, valueAt, type SheetSnapshot } from '../../src/engine/snapshot';
import { kaohe, tmpDir } from '../helpers/cli';
import { COMPOSITE_FORMS, deNengQinJiLian, raterPanel, type CompositeForm } from '../helpers/composite-forms';
import type { SheetFixture } from '../contract/adapter-contract';
import { writeWorkbook } from '../helpers/workbook';
import { changedCells, snapshotOfFile } from '../helpers/xlsx';
import { expectSameResults, recalculatedAll } from './soffice';

jest.setTimeout(240_000);


interface Run {
  form: CompositeForm;
  input: SheetSnapshot;
  output: SheetSnapshot;
  outFile: string;
  report: SheetReport;
}

const runs: Run[] = [];
const recalculated = new Map<string, SheetSnapshot>();

/**
 * A 加分 block counted at its highest level only (test/engine/highest-level.test.ts has its source and hand
 * computation): recalculated in this same LibreOffice run. Items 10 + 8 + 26 = 44, bonuses 3 · 2 · 1 give 3: 47.
 */
const HIGHEST_ONLY: SheetFixture = {
  name: '综治考核',
  cells: [
    ['20XX年度平安建设（综治）工作考核评分表'],
    ['项目', '考核内容', '分值', '评分标准', '扣分', '得分'],
    ['组织领导(20分)', '党委政府定期研究平安建设工作', 10, '未研究的扣5分', 0, null],
    [null, '签订平安建设责任书', 10, '缺一个单位扣1分，扣完为止', 2, null],
    ['矛盾纠纷化解(30分)', '开展矛盾纠纷排查化解', 30, '排查不及时的每次扣2分，扣完为止', 4, null],
    ['加分项目（最高加5分）', '工作获得国家级表彰的加3分', null, null, null, 3],
    [null, '工作获得省级表彰的加2分', null, null, null, 2],
    [null, '工作获得市级表彰的加1分', null, null, null, 1],
    ['合计', null, 60, null, null, null],
    ['注：同一事项获得多级表彰的，按最高级别计分，不重复计算。'],
  ],
  merges: ['A3:A4', 'A6:A8'],
};
let highestOnly: { output: SheetSnapshot; report: SheetReport; outFile: string } | null = null;

beforeAll(async () => {
  const dir = tmpDir();
  fs.mkdirSync(path.join(dir, 'out'));
  for (const make of COMPOSITE_FORMS) {
    const form = make();
    const name = form.fixture.name;
    const file = path.join(dir, `${name}.xlsx`);
    const outFile = path.join(dir, 'out', `${name}.xlsx`);
    await writeWorkbook(file, form.fixture);
    const r = await kaohe('fill', file, '-o', outFile, '--json');
    if (r.code !== 0) throw new Error(`${name}: ${r.err}`);
    const report = (JSON.parse(r.out).sheets as SheetReport[])[0];
    runs.push({ form, report, outFile, input: snapshotOfFile(file, name), output: snapshotOfFile(outFile, name) });
  }
  const hFile = path.join(dir, `${HIGHEST_ONLY.name}.xlsx`);
  const hOut = path.join(dir, 'out', `${HIGHEST_ONLY.name}.xlsx`);
  await writeWorkbook(hFile, HIGHEST_ONLY);
  const h = await kaohe('fill', hFile, '-o', hOut, '--json');
  if (h.code !== 0) throw new Error(`${HIGHEST_ONLY.name}: ${h.err}`);
  highestOnly = { output: snapshotOfFile(hOut, HIGHEST_ONLY.name), report: (JSON.parse(h.out).sheets as SheetReport[])[0], outFile: hOut };
  // One LibreOffice run recalculates every filled workbook.
  const copies = recalculatedAll([...runs.map((x) => x.outFile), hOut]);
  runs.forEach((x, i) => recalculated.set(x.form.fixture.name, snapshotOfFile(copies[i], x.form.fixture.name)));
  recalculated.set(HIGHEST_ONLY.name, snapshotOfFile(copies[runs.length], HIGHEST_ONLY.name));
});

describe.each(COMPOSITE_FORMS.map((make) => [make().fixture.name, make().source]))('综合评分表“%s”（%s）', (name) => {
  const run = () => runs.find((x) => x.form.fixture.name === name)!;

  test('kaohe fill 报告的机制、各项得分、总分、满分、等次和提示与手算一致', () => {
    const { report, form } = run();
    const e = form.expect;
    expect(report.kind).toBe('composite');
    expect(report.composite?.mechanisms).toEqual(e.mechanisms);
    expect(report.items.map((i) => i.score)).toEqual(e.items);
    expect([report.total, report.fullMarks, report.tier, report.complete]).toEqual([e.total, e.fullMarks, e.tier, e.complete]);
    expect(report.warnings.map((w) => w.code).sort()).toEqual(e.warnings);
  });

  test('只写入计算出的得分、加权得分、合计与等次格，评委打分、权重与已填得分一格不动', () => {
    const { input, output, form } = run();
    expect(changedCells(input, output)).toEqual(form.expect.written);
  });

  test('LibreOffice 重新计算后，写入的每个公式结果与工具算出的相同，合计格即报告的总分', () => {
    const { output, report } = run();
    const theirs = recalculated.get(name)!;
    expect(expectSameResults(output, theirs)).toBeGreaterThan(0);
    const values = theirs.values.flat();
    expect(values).toContain(report.total);
  });
});

describe('加分“按最高级别计分，不重复计算”的考核表', () => {
  test('kaohe fill 只计最高的国家级3分，LibreOffice 重算的合计（MAX）也是47', () => {
    const { output, report } = highestOnly!;
    expect([report.bonus, report.total]).toEqual([3, 47]);
    expect(formulaAt(output, 9, 6)).toContain('MAX(');
    const theirs = recalculated.get(HIGHEST_ONLY.name)!;
    expect(expectSameResults(output, theirs)).toBeGreaterThan(0);
    expect(valueAt(theirs, 9, 6)).toBe(47);
  });
});

describe('综合评分表：命令行', () => {
  test('不带 --json 时摘要说明是综合评分', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'a.xlsx');
    await writeWorkbook(file, deNengQinJiLian().fixture);
    const r = await kaohe('fill', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('综合评分（权重、评委或各方占比），总分 89.95，满分 100，等次 称职');
  });

  test('权重合计90%：一行错误，不生成输出文件', async () => {
    const dir = tmpDir();
    const form = deNengQinJiLian().fixture;
    const cells = form.cells.map((r) => [...r]);
    cells[5][1] = 0.2; // 绩 30% → 20%
    const file = path.join(dir, 'w.xlsx');
    const out = path.join(dir, 'out.xlsx');
    await writeWorkbook(file, { ...form, cells });
    const r = await kaohe('fill', file, '-o', out);
    expect(r.code).not.toBe(0);
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toContain('各项权重合计90%，不是100%');
    expect(fs.existsSync(out)).toBe(false);
  });

  test('评委格填了文字：一行错误，不生成输出文件', async () => {
    const dir = tmpDir();
    const form = raterPanel().fixture;
    const cells = form.cells.map((r) => [...r]);
    cells[4][4] = '良好';
    const file = path.join(dir, 'r.xlsx');
    const out = path.join(dir, 'out.xlsx');
    await writeWorkbook(file, { ...form, cells });
    const r = await kaohe('fill', file, '-o', out);
    expect([r.code !== 0, r.errLines.length, fs.existsSync(out)]).toEqual([true, 1, false]);
    expect(r.errLines[0]).toContain('E5（评委3）填的是“良好”，不是数字');
  });

  test('再次填写得到同样的工作簿', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'p.xlsx');
    await writeWorkbook(file, raterPanel().fixture);
    const once = path.join(dir, 'once.xlsx');
    const twice = path.join(dir, 'twice.xlsx');
    expect((await kaohe('fill', file, '-o', once)).code).toBe(0);
    expect((await kaohe('fill', once, '-o', twice)).code).toBe(0);
    const a = snapshotOfFile(once, '评委评分表');
    const b = snapshotOfFile(twice, '评委评分表');
    expect(changedCells(a, b)).toEqual([]);
  });
});

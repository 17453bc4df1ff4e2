import fs from 'node:fs';
import path from 'node:path';
import { scoreFile } from '../../src/taskpane/file-score';
import { openXlsx } from '../../src/xlsx';
import { kaohe, tmpDir } from '../helpers/cli';
import { COMPOSITE_FORMS } from '../helpers/composite-forms';
import { writeWorkbook } from '../helpers/workbook';

/** The file mode (the task pane in a plain browser) scores the composite public forms exactly as `kaohe fill` does. */
function cellsOf(bytes: Uint8Array, sheet: string) {
  const pkg = openXlsx(bytes);
  if (!pkg.ok) throw new Error(pkg.error.message);
  const s = pkg.value.snapshot(sheet);
  if (!s.ok) throw new Error(s.error.message);
  return { values: s.value.values, formulas: s.value.formulas };
}

describe.each(COMPOSITE_FORMS.map((make) => [make().fixture.name, make().source]))('文件模式：综合评分表“%s”（%s）', (name) => {
  test('报告、写出的单元格与 kaohe fill 相同', async () => {
    const form = COMPOSITE_FORMS.map((m) => m()).find((f) => f.fixture.name === name)!;
    const dir = tmpDir();
    const file = path.join(dir, `${name}.xlsx`);
    await writeWorkbook(file, form.fixture);
    const cli = await kaohe('fill', file, '--json');
    expect(cli.code).toBe(0);
    const json = JSON.parse(cli.out) as { output: string; sheets: unknown[] };
    const r = scoreFile(new Uint8Array(fs.readFileSync(file)), file, { mode: 'formulas', overwrite: false });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.sheets.map((s) => s.report)).toEqual(json.sheets);
    expect(r.value.sheets[0].report).toMatchObject({ kind: 'composite', total: form.expect.total, tier: form.expect.tier });
    expect(cellsOf(r.value.bytes, name)).toEqual(cellsOf(fs.readFileSync(json.output), name));
  });
});

describe('任务窗格说明综合评分表怎样计分', () => {
  test('评委打分表：写明权重与“去掉一个最高分和一个最低分后取平均分”', async () => {
    const { renderFillResult } = await import('../../src/taskpane/view');
    const { raterPanel } = await import('../helpers/composite-forms');
    const { fillSheet } = await import('../../src/engine/fill');
    const { sheet } = await import('../engine/sheets');
    const form = raterPanel();
    const r = fillSheet(sheet(form.fixture.name, form.fixture.cells as never, form.fixture.merges));
    if (!r.ok) throw new Error(r.error.message);
    const html = renderFillResult(r.value.report, '已填写');
    expect(html).toContain('综合评分（权重、评委或各方占比）');
    expect(html).toContain('按权重（德15%、能10%、勤30%、绩30%、廉15%）；评委C–G列去掉一个最高分和一个最低分后取平均分');
  });
});

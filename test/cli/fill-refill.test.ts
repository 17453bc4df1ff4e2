import { unzipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import type { SheetReport } from '../../src/engine/sheet-report';
import { valueAt } from '../../src/engine/snapshot';
import { kaohe, tmpDir } from '../helpers/cli';
import { seed000 } from '../helpers/seed-sheets';
import { writeWorkbook } from '../helpers/workbook';
import { opened, snapshotOf } from '../helpers/xlsx';

const SHEET = '区委政法委';
const DEDUCTION = 7;
const SCORE = 8;

/** Edits cells of a filled workbook as a user would in Excel, through the patcher. */
function edit(file: string, cells: { row: number; col: number; value: number }[]): void {
  const pkg = opened(fs.readFileSync(file));
  const r = pkg.applyPlan({ sheet: SHEET, cells: cells.map((c) => ({ ...c, formula: null })) });
  if (!r.ok) throw new Error(r.error.message);
  fs.writeFileSync(file, pkg.toBytes());
}

async function fill(input: string, output: string, ...flags: string[]) {
  const r = await kaohe('fill', input, '-o', output, '--json', ...flags);
  expect(r.code).toBe(0);
  return { report: (JSON.parse(r.out).sheets as SheetReport[]).find((s) => s.sheet === SHEET)!, err: r.errLines };
}

describe('工作簿记得工具写过哪些单元格：更正扣分后再填，更新自己写的得分', () => {
  test('--values：更正一项扣分后再填，得分和合计按新扣分写入，不当作用户填写的内容', async () => {
    const dir = tmpDir();
    const input = path.join(dir, 'in.xlsx');
    await writeWorkbook(input, seed000());
    const first = path.join(dir, 'first.xlsx');
    const a = await fill(input, first, '--values');
    const item = a.report.items[0];
    expect(item.score).toBe(0); // 2 − 2
    edit(first, [{ row: item.row, col: DEDUCTION, value: 0.5 }]);
    const second = path.join(dir, 'second.xlsx');
    const b = await fill(first, second, '--values');
    expect(b.report.items[0].score).toBe(1.5);
    expect(b.report.total).toBe(a.report.total + 1.5);
    expect(b.report.warnings.filter((w) => w.code === 'SCORE_CELL_TAKEN')).toEqual([]);
    const s = snapshotOf(opened(fs.readFileSync(second)), SHEET);
    expect(valueAt(s, item.row, SCORE)).toBe(1.5);
    for (const i of b.report.items) expect([i.row, valueAt(s, i.row, SCORE)]).toEqual([i.row, i.score]);
  });

  test('用户亲手改过的得分仍不覆盖，并报告', async () => {
    const dir = tmpDir();
    const input = path.join(dir, 'in.xlsx');
    await writeWorkbook(input, seed000());
    const first = path.join(dir, 'first.xlsx');
    const a = await fill(input, first, '--values');
    const [x, y] = a.report.items;
    edit(first, [
      { row: x.row, col: DEDUCTION, value: 0.5 },
      { row: y.row, col: SCORE, value: 1.75 },
    ]);
    const second = path.join(dir, 'second.xlsx');
    const b = await fill(first, second, '--values');
    expect(b.report.warnings.filter((w) => w.code === 'SCORE_CELL_TAKEN').map((w) => w.row)).toEqual([y.row]);
    const s = snapshotOf(opened(fs.readFileSync(second)), SHEET);
    expect(valueAt(s, x.row, SCORE)).toBe(1.5);
    expect(valueAt(s, y.row, SCORE)).toBe(1.75);
  });

  test('填写记录存为自定义 XML 部件，Office.js 可按命名空间找到', async () => {
    const dir = tmpDir();
    const input = path.join(dir, 'in.xlsx');
    await writeWorkbook(input, seed000());
    const out = path.join(dir, 'out.xlsx');
    await fill(input, out);
    const z = unzipSync(fs.readFileSync(out));
    const text = (p: string) => new TextDecoder().decode(z[p]);
    expect(text('customXml/item1.xml')).toContain('urn:kaohe:fill-record:1');
    expect(text('customXml/itemProps1.xml')).toMatch(/<ds:datastoreItem ds:itemID="\{[0-9A-F-]{36}\}"[\s\S]*<ds:schemaRef ds:uri="urn:kaohe:fill-record:1"\/>/);
    expect(text('customXml/_rels/item1.xml.rels')).toContain('Target="itemProps1.xml"');
    expect(text('xl/_rels/workbook.xml.rels')).toMatch(/relationships\/customXml" Target="..\/customXml\/item1.xml"/);
    expect(text('[Content_Types].xml')).toContain('<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>');
  });
});

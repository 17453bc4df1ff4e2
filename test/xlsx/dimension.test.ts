import fc from 'fast-check';
import type { PlannedCell, WritePlan } from '../../src/engine/write-plan';
import type { XlsxPackage } from '../../src/xlsx';
import { widenedSpans } from '../../src/xlsx/dimension';
import { textOf } from '../../src/xlsx/xml-text';
import { unzipSync } from 'fflate';
import { opened } from '../helpers/xlsx';
import { buildPackage } from './package-builder';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function applied(pkg: XlsxPackage, plan: WritePlan): Uint8Array {
  const r = pkg.applyPlan(plan);
  if (!r.ok) throw new Error(r.error.message);
  return pkg.toBytes();
}

const sheetXml = (bytes: Uint8Array) => textOf(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
const letter = (col: number) => String.fromCharCode(64 + col);
const str = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
const num = (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`;

/** A score sheet as Excel saves it: <dimension> over A1:F4 and every row spanning columns 1:6, no 得分 column yet. */
const SHEET =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><dimension ref="A1:F4"/>` +
  '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="14.25"/><sheetData>' +
  `<row r="1" spans="1:6">${str('A1', '项目')}${str('B1', '序号')}${str('C1', '考核内容')}${str('D1', '评分标准')}${str('E1', '基础分')}${str('F1', '扣分')}</row>` +
  `<row r="2" spans="1:6" ht="30" customHeight="1">${str('A2', '执法规范化建设')}${num('B2', 1)}${str('C2', '规范执法')}${str('D2', '不按照意见执行的扣2分')}${num('E2', 2)}${num('F2', 2)}</row>` +
  `<row r="3" spans="1:6">${num('B3', 2)}${str('C3', '专项检查')}${str('D3', '不配合的扣1分')}${num('E3', 2)}${num('F3', 1)}</row>` +
  `<row r="4" spans="1:6">${str('A4', '合计')}${num('E4', 4)}</row>` +
  '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

const scoreSheet = () => opened(buildPackage({ sheets: [{ name: '区委政法委', xml: SHEET }] }));
const score = (row: number, formula: string, value: number): PlannedCell => ({ row, col: 7, formula, value });

describe('填写时表格范围（dimension）与行的 spans', () => {
  test('在表格右边新加的得分列：工作表的 dimension 向右扩到 G 列，写了得分的行的 spans 扩到第 7 列', () => {
    const plan = { sheet: '区委政法委', cells: [{ row: 1, col: 7, formula: null, value: '得分' }, score(2, '=MAX(0,E2-F2)', 0), score(3, '=MAX(0,E3-F3)', 1), score(4, '=SUM(G2:G3)', 1)] };
    const out = sheetXml(applied(scoreSheet(), plan));
    expect(out).toContain('<dimension ref="A1:G4"/>');
    expect(out.match(/<row [^>]*>/g)).toEqual(['<row r="1" spans="1:7">', '<row r="2" spans="1:7" ht="30" customHeight="1">', '<row r="3" spans="1:7">', '<row r="4" spans="1:7">']);
  });

  test('只在部分行写得分：没写的行 spans 不变，dimension 以外的表头部分逐字节不变', () => {
    const out = sheetXml(applied(scoreSheet(), { sheet: '区委政法委', cells: [score(3, '=MAX(0,E3-F3)', 1)] }));
    expect(out.match(/<row [^>]*>/g)).toEqual(['<row r="1" spans="1:6">', '<row r="2" spans="1:6" ht="30" customHeight="1">', '<row r="3" spans="1:7">', '<row r="4" spans="1:6">']);
    const head = (x: string) => x.slice(0, x.indexOf('<sheetData>')).replace(/<dimension ref="[^"]*"\/>/, '');
    expect(head(out)).toBe(head(SHEET));
  });

  test('在表格下方新加的合计行：dimension 向下扩到第 6 行，新行不带 spans', () => {
    const out = sheetXml(applied(scoreSheet(), { sheet: '区委政法委', cells: [{ row: 6, col: 5, formula: '=SUM(E2:E3)', value: 4 }] }));
    expect(out).toContain('<dimension ref="A1:F6"/>');
    expect(out).toContain('<row r="6"><c r="E6"><f>SUM(E2:E3)</f><v>4</v></c></row>');
  });

  test('在原有范围之内填写：dimension 和每行的 spans 逐字节不变，只有写入的单元格变了', () => {
    const out = sheetXml(applied(scoreSheet(), { sheet: '区委政法委', cells: [{ row: 3, col: 6, formula: null, value: 0.5 }, { row: 4, col: 6, formula: '=SUM(F2:F3)', value: 2.5 }] }));
    expect(out).toBe(
      SHEET.replace(num('F3', 1), num('F3', 0.5)).replace(`${num('E4', 4)}</row>`, `${num('E4', 4)}<c r="F4"><f>SUM(F2:F3)</f><v>2.5</v></c></row>`),
    );
  });

  test('对扩展过范围的输出再填一次，写出的字节完全相同', () => {
    const plan = { sheet: '区委政法委', cells: [score(2, '=MAX(0,E2-F2)', 0), score(3, '=MAX(0,E3-F3)', 1), score(5, '=SUM(G2:G3)', 1)] };
    const once = applied(scoreSheet(), plan);
    expect(sheetXml(once)).toContain('<dimension ref="A1:G5"/>');
    expect(sheetXml(applied(opened(once), plan))).toBe(sheetXml(once));
  });

  test('带 x: 前缀的 dimension 和只写一个单元格的 dimension（空表的 A1）也会扩展', () => {
    const xml = `<x:worksheet xmlns:x="${NS}"><x:dimension ref="A1"/><x:sheetData/></x:worksheet>`;
    const out = sheetXml(applied(opened(buildPackage({ prefix: 'x:', sheets: [{ name: 'S', xml }] })), { sheet: 'S', cells: [{ row: 3, col: 2, formula: null, value: 1 }] }));
    expect(out).toBe(`<x:worksheet xmlns:x="${NS}"><x:dimension ref="A1:B3"/><x:sheetData><x:row r="3"><x:c r="B3"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`);
  });

  test('没有 dimension 的工作表不会被加上一个；读不懂的 ref 原样保留', () => {
    const none = `<worksheet xmlns="${NS}"><sheetData/></worksheet>`;
    expect(sheetXml(applied(opened(buildPackage({ sheets: [{ name: 'S', xml: none }] })), { sheet: 'S', cells: [{ row: 1, col: 1, formula: null, value: 1 }] }))).not.toContain('dimension');
    const odd = `<worksheet xmlns="${NS}"><dimension ref="整张表"/><sheetData/></worksheet>`;
    expect(sheetXml(applied(opened(buildPackage({ sheets: [{ name: 'S', xml: odd }] })), { sheet: 'S', cells: [{ row: 1, col: 1, formula: null, value: 1 }] }))).toContain('<dimension ref="整张表"/>');
  });

  test('spans 分成几段时，空档里的列扩展它前面的一段，两头之外的列扩展最近的一段', () => {
    expect(widenedSpans('<row r="2" spans="2:3 6:7">', [4])).toBe('<row r="2" spans="2:4 6:7">');
    expect(widenedSpans('<row r="2" spans="2:3 6:7">', [1, 9])).toBe('<row r="2" spans="1:3 6:9">');
    expect(widenedSpans('<row r="2" spans="2:3 6:7">', [3, 6])).toBe('<row r="2" spans="2:3 6:7">');
    expect(widenedSpans('<row r="2">', [9])).toBe('<row r="2">');
  });
});

/** Rows written as Excel writes them: a correct dimension, and each row's spans over its own cells. */
function tableOf(cells: { row: number; col: number; value: number }[]): string {
  const byRow = new Map<number, Map<number, number>>();
  for (const c of cells) (byRow.get(c.row) ?? byRow.set(c.row, new Map()).get(c.row)!).set(c.col, c.value);
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const cols = cells.map((c) => c.col);
  const dim = cells.length ? `${letter(Math.min(...cols))}${rows[0]}:${letter(Math.max(...cols))}${rows[rows.length - 1]}` : 'A1';
  const data = rows.map((r) => {
    const cs = [...byRow.get(r)!].sort((a, b) => a[0] - b[0]);
    return `<row r="${r}" spans="${cs[0][0]}:${cs[cs.length - 1][0]}">${cs.map(([c, v]) => num(`${letter(c)}${r}`, v)).join('')}</row>`;
  });
  return `<worksheet xmlns="${NS}"><dimension ref="${dim}"/><sheetData>${data.join('')}</sheetData></worksheet>`;
}

function dimensionOf(xml: string): [{ row: number; col: number }, { row: number; col: number }] {
  const [, a, b = a] = /<dimension ref="([A-Z]\d+):?([A-Z]\d+)?"/.exec(xml)!;
  const at = (ref: string) => ({ col: ref.charCodeAt(0) - 64, row: Number(ref.slice(1)) });
  return [at(a), at(b)];
}

const startCells = fc.array(fc.record({ row: fc.integer({ min: 1, max: 20 }), col: fc.integer({ min: 1, max: 12 }), value: fc.integer({ min: 0, max: 100 }) }), { maxLength: 15 });
const planCells = fc.array(fc.record({ row: fc.integer({ min: 1, max: 20 }), col: fc.integer({ min: 1, max: 12 }), formula: fc.constant(null), value: fc.integer({ min: 0, max: 100 }) }), { maxLength: 12 });

describe('表格范围的一般性质', () => {
  test('任意表格和任意计划：填写后 dimension 包含每个单元格，每行的 spans 包含该行的每个单元格，填两次与一次相同', () => {
    fc.assert(
      fc.property(startCells, planCells, (start, cells) => {
        const before = tableOf(start);
        const once = applied(opened(buildPackage({ sheets: [{ name: 'S', xml: before }] })), { sheet: 'S', cells });
        const xml = sheetXml(once);
        expect(sheetXml(applied(opened(once), { sheet: 'S', cells }))).toBe(xml);
        const [tl, br] = dimensionOf(xml);
        for (const row of xml.matchAll(/<row r="(\d+)"(?: spans="(\d+):(\d+)")?>(.*?)<\/row>/g)) {
          for (const c of row[4].matchAll(/<c r="([A-Z])(\d+)"/g)) {
            const col = c[1].charCodeAt(0) - 64;
            const r = Number(c[2]);
            expect(r >= tl.row && r <= br.row && col >= tl.col && col <= br.col).toBe(true);
            if (row[2] !== undefined) expect(col >= Number(row[2]) && col <= Number(row[3])).toBe(true);
          }
        }
        // Only when needed: a plan inside the table as it was leaves the dimension's bytes alone.
        const [top, bottom] = dimensionOf(before);
        if (cells.every((c) => c.row >= top.row && c.row <= bottom.row && c.col >= top.col && c.col <= bottom.col))
          expect(/<dimension[^>]*>/.exec(xml)![0]).toBe(/<dimension[^>]*>/.exec(before)![0]);
      }),
      { numRuns: 60 },
    );
  });
});

import fc from 'fast-check';
import type { CellValue } from '../../src/engine/snapshot';
import { formulaAt, valueAt } from '../../src/engine/snapshot';
import type { PlannedCell, WritePlan } from '../../src/engine/write-plan';
import type { XlsxPackage } from '../../src/xlsx';
import { textOf } from '../../src/xlsx/xml-text';
import { unzipSync } from 'fflate';
import { exceljsOf, opened, snapshotOf } from '../helpers/xlsx';
import { buildPackage } from './package-builder';

function partsOf(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, textOf(v)]));
}

function applied(pkg: XlsxPackage, plan: WritePlan): Uint8Array {
  const r = pkg.applyPlan(plan);
  if (!r.ok) throw new Error(r.error.message);
  return pkg.toBytes();
}

const sheetXml = (bytes: Uint8Array) => partsOf(bytes).get('xl/worksheets/sheet1.xml')!;

describe('写入计划只改写计划中的单元格', () => {
  test('缺少的单元格按列序插入行内，缺少的行按行序插入，空行元素展开', () => {
    const pkg = opened(buildPackage({ sheets: [{ name: 'S', data: '<row r="2"><c r="B2"><v>1</v></c><c r="D2"><v>3</v></c></row><row r="4" ht="20" customHeight="1"/><row r="6"><c r="A6"><v>6</v></c></row>' }] }));
    const out = applied(pkg, {
      sheet: 'S',
      cells: [
        { row: 2, col: 3, formula: null, value: 2 },
        { row: 2, col: 5, formula: null, value: 4 },
        { row: 2, col: 1, formula: null, value: 0 },
        { row: 4, col: 2, formula: null, value: '四' },
        { row: 5, col: 1, formula: null, value: 5 },
        { row: 1, col: 1, formula: null, value: 'A1' },
        { row: 9, col: 1, formula: '=A6*2', value: 12 },
      ],
    });
    expect(sheetXml(out)).toContain(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">A1</t></is></c></row>' +
        '<row r="2"><c r="A2"><v>0</v></c><c r="B2"><v>1</v></c><c r="C2"><v>2</v></c><c r="D2"><v>3</v></c><c r="E2"><v>4</v></c></row>' +
        '<row r="4" ht="20" customHeight="1"><c r="B4" t="inlineStr"><is><t xml:space="preserve">四</t></is></c></row>' +
        '<row r="5"><c r="A5"><v>5</v></c></row><row r="6"><c r="A6"><v>6</v></c></row>' +
        '<row r="9"><c r="A9"><f>A6*2</f><v>12</v></c></row></sheetData>',
    );
  });

  test('空的工作表（<sheetData/>）也能写入，dimension 扩到写入的单元格', () => {
    const xml = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
    const out = applied(opened(buildPackage({ sheets: [{ name: 'S', xml }] })), { sheet: 'S', cells: [{ row: 2, col: 2, formula: null, value: 1 }, { row: 1, col: 1, formula: null, value: 2 }] });
    expect(sheetXml(out)).toBe(
      xml.replace('<dimension ref="A1"/>', '<dimension ref="A1:B2"/>').replace('<sheetData/>', '<sheetData><row r="1"><c r="A1"><v>2</v></c></row><row r="2"><c r="B2"><v>1</v></c></row></sheetData>'),
    );
  });

  test('写入的单元格保留原有的 s=；x: 前缀的工作表写入同样带前缀的元素', () => {
    const pkg = opened(buildPackage({ prefix: 'x:', sheets: [{ name: 'S', data: '<x:row r="1"><x:c r="A1" s="3" t="s"><x:v>0</x:v></x:c></x:row>' }], sharedStrings: ['旧'] }));
    const out = applied(pkg, { sheet: 'S', cells: [{ row: 1, col: 1, formula: '=IF(B1>=90,"优秀","合格")', value: '合格' }] });
    expect(sheetXml(out)).toContain('<x:c r="A1" s="3" t="str"><x:f>IF(B1&gt;=90,"优秀","合格")</x:f><x:v>合格</x:v></x:c>');
  });

  test('文字中的 <、&、控制字符和 _x0041_ 形式的文字都按原样读回', () => {
    const text = 'a<b&c\u0001_x0041_ 尾空格 ';
    const pkg = opened(buildPackage({ sheets: [{ name: 'S' }] }));
    const out = applied(pkg, { sheet: 'S', cells: [{ row: 1, col: 1, formula: null, value: text }] });
    expect(valueAt(snapshotOf(opened(out), 'S'), 1, 1)).toBe(text);
  });

  test('覆盖共享公式的主单元格：其余单元格各自得到原来的公式，缓存值不变', () => {
    const pkg = opened(buildPackage({ sheets: [{ name: 'S', data: '<row r="3"><c r="E3"><v>2</v></c><c r="H3"><f t="shared" ref="H3:H5" si="0">E3</f><v>2</v></c></row><row r="4"><c r="E4"><v>5</v></c><c r="H4"><f t="shared" si="0"/><v>5</v></c></row><row r="5"><c r="E5"><v>1.5</v></c><c r="H5"><f t="shared" si="0"/><v>1.5</v></c></row>' }] }));
    const out = applied(pkg, { sheet: 'S', cells: [{ row: 3, col: 8, formula: '=MAX(0,E3-1)', value: 1 }] });
    const s = snapshotOf(opened(out), 'S');
    expect([formulaAt(s, 3, 8), formulaAt(s, 4, 8), formulaAt(s, 5, 8)]).toEqual(['=MAX(0,E3-1)', '=E4', '=E5']);
    expect([valueAt(s, 4, 8), valueAt(s, 5, 8)]).toEqual([5, 1.5]);
    expect(sheetXml(out)).toContain('<c r="H4"><f>E4</f><v>5</v></c>');
  });

  test('计划给出的数字格式：追加一个样式（及数字格式），单元格原有样式的其他设置不变', async () => {
    const styles = '<fonts count="1"><font><sz val="14"/><name val="仿宋_GB2312"/></font></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="0" applyAlignment="1"><alignment horizontal="center"/></xf></cellXfs>';
    const pkg = opened(buildPackage({ styles, sheets: [{ name: 'S', data: '<row r="1"><c r="A1" s="1"><v>1</v></c></row>' }] }));
    const out = applied(pkg, { sheet: 'S', cells: [{ row: 1, col: 1, formula: null, value: 1.5, numFmt: '0.##' }, { row: 2, col: 1, formula: null, value: 2, numFmt: '0.00' }] });
    const parts = partsOf(out);
    expect(parts.get('xl/styles.xml')).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="0.##"/></numFmts>');
    expect(parts.get('xl/styles.xml')).toContain('<cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="0" applyAlignment="1"><alignment horizontal="center"/></xf><xf numFmtId="164" fontId="0" applyAlignment="1" applyNumberFormat="1"><alignment horizontal="center"/></xf><xf numFmtId="2" fontId="0" applyNumberFormat="1"/></cellXfs>');
    const ws = (await exceljsOf(out)).getWorksheet('S')!;
    expect([ws.getCell('A1').numFmt, ws.getCell('A2').numFmt]).toEqual(['0.##', '0.00']);
  });

  test('公式单元格有变化时删除 calcChain（连同关系和内容类型），并设置打开时重算；只写数值时都不动', () => {
    const make = () => opened(buildPackage({ calcChain: true, sheets: [{ name: 'S', data: '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>' }] }));
    const values = partsOf(applied(make(), { sheet: 'S', cells: [{ row: 2, col: 1, formula: null, value: 3 }] }));
    expect(values.has('xl/calcChain.xml')).toBe(true);
    expect(values.get('xl/workbook.xml')).toContain('<calcPr calcId="191029"/>');
    const formulas = partsOf(applied(make(), { sheet: 'S', cells: [{ row: 2, col: 1, formula: '=A1+1', value: 3 }] }));
    expect(formulas.has('xl/calcChain.xml')).toBe(false);
    expect(formulas.get('xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(formulas.get('[Content_Types].xml')).not.toContain('calcChain');
    expect(formulas.get('xl/workbook.xml')).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
  });

  test('计划之外的部件字节不变；没有计划时整个包内容不变', () => {
    const bytes = buildPackage({ sharedStrings: ['甲'], sheets: [{ name: 'S', data: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }, { name: 'T' }] });
    const before = partsOf(bytes);
    expect(partsOf(applied(opened(bytes), { sheet: 'S', cells: [] }))).toEqual(before);
    const after = partsOf(applied(opened(bytes), { sheet: 'T', cells: [{ row: 1, col: 1, formula: null, value: '乙' }] }));
    for (const [k, v] of before) if (k !== 'xl/worksheets/sheet2.xml') expect([k, after.get(k)]).toEqual([k, v]);
  });
});

const CHARS = [...'考核内容评分标准扣分得分不合格优秀一二三两半０１２分，。；（）()=+-@ 0123456789.%ab<&>"\'\n'];
const text = fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 12 });
const number = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
);
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(text, number, fc.boolean(), fc.constant(null));
const plannedCell: fc.Arbitrary<PlannedCell> = fc.record({
  row: fc.integer({ min: 1, max: 30 }),
  col: fc.integer({ min: 1, max: 10 }),
  formula: fc.oneof(fc.constant(null), fc.constantFrom('=SUM(A1:A3)', '=MAX(0,E3-MIN(E3,G3))', '=IF(H5>=90,"优秀","合格")')),
  value: cellValue,
});
const startRows = fc.array(fc.record({ row: fc.integer({ min: 1, max: 30 }), col: fc.integer({ min: 1, max: 10 }), value: number }), { maxLength: 20 });

function startPackage(cells: { row: number; col: number; value: number }[]): Uint8Array {
  const byRow = new Map<number, Map<number, number>>();
  for (const c of cells) (byRow.get(c.row) ?? byRow.set(c.row, new Map()).get(c.row)!).set(c.col, c.value);
  const data = [...byRow.keys()].sort((a, b) => a - b).map((r) => {
    const cs = [...byRow.get(r)!].sort((a, b) => a[0] - b[0]);
    return `<row r="${r}">${cs.map(([c, v]) => `<c r="${String.fromCharCode(64 + c)}${r}"><v>${v}</v></c>`).join('')}</row>`;
  }).join('');
  return buildPackage({ sheets: [{ name: 'S', data }] });
}

describe('写入计划的一般性质', () => {
  test('任意起始表格和任意计划：每格最后一次写入的内容读得回来，其他格不变，应用两次与一次相同', () => {
    fc.assert(
      fc.property(startRows, fc.array(plannedCell, { maxLength: 25 }), (start, cells) => {
        const bytes = startPackage(start);
        const before = snapshotOf(opened(bytes), 'S');
        const once = applied(opened(bytes), { sheet: 'S', cells });
        const twice = applied(opened(once), { sheet: 'S', cells });
        expect(partsOf(twice)).toEqual(partsOf(once));
        const s = snapshotOf(opened(once), 'S');
        const last = new Map(cells.map((c) => [`${c.row},${c.col}`, c]));
        for (const c of last.values()) {
          expect(formulaAt(s, c.row, c.col)).toBe(c.formula);
          expect(valueAt(s, c.row, c.col)).toEqual(c.value === '' ? null : c.value);
        }
        for (let r = 1; r <= 30; r++)
          for (let c = 1; c <= 10; c++) if (!last.has(`${r},${c}`)) expect(valueAt(s, r, c)).toEqual(valueAt(before, r, c));
      }),
      { numRuns: 40 },
    );
  });
});

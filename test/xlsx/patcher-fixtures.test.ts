/**
 * Issue 6's proof: workbooks written by openpyxl, LibreOffice, exceljs and by hand (scripts/fixtures/
 * make-patcher-fixtures.js), each with comments, notes on empty cells, validation, conditional formatting, panes,
 * print titles, header/footer, defined names, custom properties, protection, hidden rows, styles, a non-default font
 * a table, a bar chart on another sheet and an image, are filled by `kaohe fill`; everything the plan does not name
 * comes back as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SheetReport } from '../../src/engine/sheet-report';
import { address, colNumber, valueAt } from '../../src/engine/snapshot';
import { textOf } from '../../src/xlsx/xml-text';
import { RECORD_SHEET } from '../../src/engine/fill-record-sheet';
import { unzipSync } from 'fflate';
import { kaohe, tmpDir } from '../helpers/cli';
import { opened, snapshotOf } from '../helpers/xlsx';
import { recalculatedAll } from '../libreoffice/soffice';

jest.setTimeout(180_000);

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'patcher');
const WRITERS = ['openpyxl', 'libreoffice', 'exceljs', 'hand-made'];
const SHEET = '区委政法委';

function parts(file: string): Map<string, string> {
  // fflate's own unzip: an independent reader of what the patcher wrote.
  return new Map(Object.entries(unzipSync(fs.readFileSync(file))).map(([k, v]) => [k, textOf(v)]));
}

/** The <c> elements of a sheet's text by address. */
function cells(xml: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of xml.matchAll(/<((?:[\w.-]+:)?)c(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/\1c\s*>)/g)) {
    const r = /\sr="([A-Z]+\d+)"/.exec(c[0]);
    if (r) m.set(r[1], c[0]);
  }
  return m;
}

const outsideSheetData = (xml: string) => xml.replace(/<((?:[\w.-]+:)?)sheetData\s*\/>|<((?:[\w.-]+:)?)sheetData\b[^>]*>[\s\S]*?<\/\2sheetData>/, '');
const withoutCalcPr = (xml: string) => xml.replace(/<(?:[\w.-]+:)?calcPr\b[^>]*\/>/, '');
const relsWithout = (xml: string, types: RegExp) => xml.replace(/<Relationship\b[^>]*\/>/g, (r) => (types.test(r) ? '' : r));
const typesWithout = (xml: string, names: RegExp) => xml.replace(/<Override\b[^>]*\/>/g, (o) => (names.test(o) ? '' : o));

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
const relsPartOf = (part: string) => part.replace(/[^/]*$/, (f) => `_rels/${f}.rels`);
/** A relationship's target as a part name: absolute, or relative to the part that holds the relationship. */
function resolved(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) if (seg === '..') out.pop(); else if (seg !== '.') out.push(seg);
  return out.join('/');
}
/** The parts `from` relates to with a relationship type ending in `/type`. */
function related(z: Record<string, Uint8Array>, from: string, type: string): string[] {
  const rels = z[relsPartOf(from)];
  if (!rels) return [];
  return (textOf(rels).match(/<Relationship\b[^>]*>/g) ?? []).filter((r) => attr(r, 'Type').endsWith(`/${type}`)).map((r) => resolved(from, attr(r, 'Target')));
}
/** The charts and images reached from each worksheet through its drawing, and the sheet they sit on. */
function drawingsOf(z: Record<string, Uint8Array>): { sheet: string; part: string; kind: 'chart' | 'image' }[] {
  const wbRels = textOf(z['xl/_rels/workbook.xml.rels']).match(/<Relationship\b[^>]*>/g) ?? [];
  const out: { sheet: string; part: string; kind: 'chart' | 'image' }[] = [];
  for (const tag of textOf(z['xl/workbook.xml']).match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const rel = wbRels.find((r) => attr(r, 'Id') === attr(tag, 'r:id'))!;
    const sheetPart = resolved('xl/workbook.xml', attr(rel, 'Target'));
    for (const drawing of related(z, sheetPart, 'drawing')) {
      for (const part of related(z, drawing, 'chart')) out.push({ sheet: attr(tag, 'name'), part, kind: 'chart' });
      for (const part of related(z, drawing, 'image')) out.push({ sheet: attr(tag, 'name'), part, kind: 'image' });
    }
  }
  return out;
}
/** The content type [Content_Types].xml gives a part: its Override, else its extension's Default. */
function contentType(z: Record<string, Uint8Array>, part: string): string {
  const ct = textOf(z['[Content_Types].xml']);
  const o = (ct.match(/<Override\b[^>]*>/g) ?? []).find((t) => attr(t, 'PartName') === `/${part}`);
  if (o) return attr(o, 'ContentType');
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  const d = (ct.match(/<Default\b[^>]*>/g) ?? []).find((t) => attr(t, 'Extension').toLowerCase() === ext);
  return d ? attr(d, 'ContentType') : '';
}

/** What issue 6 asks each fixture to hold, as found in its parts. */
function features(z: Record<string, Uint8Array>): Record<string, boolean> {
  const text = (name: string) => (z[name] ? textOf(z[name]) : '');
  const all = Object.keys(z).filter((k) => /\.(xml|rels|vml)$/.test(k)).map(text).join('\n');
  const wb = text('xl/workbook.xml');
  const drawings = drawingsOf(z);
  return {
    '批注（含得分单元格 G4 和空单元格 H10 上的）': /<(?:\w+:)?comment ref="G4"/.test(all) && /<(?:\w+:)?comment ref="H10"/.test(all),
    '另一张表上的图表': drawings.some((d) => d.kind === 'chart' && d.sheet !== SHEET),
    '图片': drawings.some((d) => d.kind === 'image'),
    '扣分列的数据验证': /<(?:\w+:)?dataValidation\b[^>]*sqref="F3(?::F7)?/.test(all),
    '得分列的条件格式': /<(?:\w+:)?conditionalFormatting\b[^>]*sqref="G3:G7"/.test(all),
    '冻结窗格': /state="frozen"/.test(all),
    '打印标题': /_xlnm\.Print_Titles/.test(wb),
    '页眉页脚': /<(?:\w+:)?oddHeader>/.test(all),
    '定义的名称': /name="考核满分"/.test(wb),
    '自定义文档属性': text('docProps/custom.xml').includes('考核年度'),
    '受保护的第二张表': /<(?:\w+:)?sheetProtection\b[^>]*(?:\spassword=|hashValue=)/.test(all),
    '工作簿结构锁定': /<(?:\w+:)?workbookProtection\b[^>]*lockStructure="(?:1|true)"/.test(wb),
    '隐藏行': /<(?:\w+:)?row\b[^>]*hidden="(?:1|true)"/.test(all),
    '非默认的工作簿字体': /<(?:\w+:)?font>(?:(?!<\/(?:\w+:)?font>)[\s\S])*仿宋_GB2312/.test(text('xl/styles.xml')),
    '表格（ListObject）': Object.keys(z).some((k) => k.startsWith('xl/tables/')),
  };
}

const filled: Record<string, { input: string; output: string; report: SheetReport }> = {};

beforeAll(async () => {
  const dir = tmpDir();
  for (const w of WRITERS) {
    const input = path.join(dir, `${w}.xlsx`);
    fs.copyFileSync(path.join(FIXTURES, `${w}.xlsx`), input);
    const output = path.join(dir, `${w}-scored.xlsx`);
    const r = await kaohe('fill', input, '-o', output, '--json');
    if (r.code !== 0) throw new Error(`${w}: ${r.err}`);
    filled[w] = { input, output, report: (JSON.parse(r.out).sheets as SheetReport[]).find((s) => s.sheet === SHEET)! };
  }
});

describe('夹具本身', () => {
  test.each(WRITERS)('%s 写的工作簿带有问题 6 要求的各项内容', (writer) => {
    const f = features(unzipSync(fs.readFileSync(path.join(FIXTURES, `${writer}.xlsx`))));
    expect(Object.keys(f).filter((k) => !f[k])).toEqual([]);
  });

  test('第二张表的保护，旧式密码和 SHA-512 两种都有', () => {
    const sheets = WRITERS.map((w) => Object.entries(unzipSync(fs.readFileSync(path.join(FIXTURES, `${w}.xlsx`)))).filter(([k]) => k.startsWith('xl/worksheets/sheet')).map(([, v]) => textOf(v)).join(''));
    expect(sheets.some((x) => /<(?:\w+:)?sheetProtection\b[^>]*\spassword="/.test(x))).toBe(true);
    expect(sheets.some((x) => /<(?:\w+:)?sheetProtection\b[^>]*algorithmName="SHA-512"/.test(x))).toBe(true);
  });
});

describe.each(WRITERS)('%s 写的工作簿填写后', (writer) => {
  test('计划之外的部件内容逐字节相同；工作簿只多出填写记录表（最后一张，深度隐藏），calcPr 设为打开时重算', () => {
    const { input, output } = filled[writer];
    const a = parts(input);
    const b = parts(output);
    const added = [...b.keys()].filter((k) => !a.has(k));
    expect(added).toHaveLength(1);
    const record = added[0];
    expect(record).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    expect(b.get(record)).toContain('urn:kaohe:fill-record:1');
    const recordEntry = new RegExp(`<(?:\\w+:)?sheet\\b[^>]*name="${RECORD_SHEET}"[^>]*/>`);
    const recordTarget = new RegExp(`Target="/?(?:xl/)?${record.replace(/^xl\//, '')}"`);
    const sheetPart = 'xl/worksheets/sheet1.xml';
    for (const [name, text] of a) {
      if (name === sheetPart || name === 'xl/calcChain.xml') continue;
      const after = b.get(name);
      if (name === 'xl/workbook.xml') {
        expect(after).toMatch(new RegExp(`${recordEntry.source}\\s*</(?:\\w+:)?sheets>`));
        expect(after!.match(recordEntry)![0]).toContain('state="veryHidden"');
        expect(withoutCalcPr(after!.replace(recordEntry, ''))).toBe(withoutCalcPr(text));
      } else if (name === 'xl/_rels/workbook.xml.rels') expect(relsWithout(after!, new RegExp(`${recordTarget.source}|calcChain`))).toBe(relsWithout(text, /calcChain/));
      else if (name === '[Content_Types].xml') expect(typesWithout(after!, new RegExp(`PartName="/${record}"|calcChain`))).toBe(typesWithout(text, /calcChain/));
      else expect([name, after]).toEqual([name, text]);
    }
    expect(b.get('xl/workbook.xml')).toMatch(/fullCalcOnLoad="1"/);
  });

  test('填写的工作表：表格数据以外的内容相同，计划之外的每个单元格相同', () => {
    const { input, output } = filled[writer];
    const before = parts(input).get('xl/worksheets/sheet1.xml')!;
    const after = parts(output).get('xl/worksheets/sheet1.xml')!;
    expect(outsideSheetData(after)).toBe(outsideSheetData(before));
    const record = opened(fs.readFileSync(output)).fillRecord();
    if (record === 'damaged') throw new Error('damaged record');
    const written = new Set(record.sheets.find((s) => s.sheet === SHEET)!.written.map((c) => address(c.row, c.col)));
    expect(written.size).toBeGreaterThanOrEqual(6);
    const a = cells(before);
    const b = cells(after);
    for (const [ref, xml] of a) if (!written.has(ref)) expect([ref, b.get(ref)]).toEqual([ref, xml]);
  });

  test('另一张工作表上的柱形图和图片：填写后部件逐字节相同，仍由工作表、绘图的关系引用，内容类型仍在', () => {
    const { input, output } = filled[writer];
    const a = unzipSync(fs.readFileSync(input));
    const b = unzipSync(fs.readFileSync(output));
    const before = drawingsOf(a);
    // The fixture itself holds a bar chart of 统计's cells and a PNG, on a sheet other than the one the fill writes.
    const chart = before.find((d) => d.kind === 'chart' && d.sheet !== SHEET);
    const image = before.find((d) => d.kind === 'image' && d.sheet !== SHEET);
    expect(chart).toBeDefined();
    expect(image).toBeDefined();
    const chartXml = textOf(a[chart!.part]);
    expect(chartXml).toMatch(/<(?:c:)?barChart>/);
    expect(chartXml).toMatch(/<(?:c:)?f>'?统计'?!\$?A\$?2:\$?A\$?\d+<\/(?:c:)?f>/);
    expect([...a[image!.part].subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // After the fill: the same parts, byte for byte, reached the same way, with the same content types.
    expect(drawingsOf(b)).toEqual(before);
    for (const d of before) {
      expect([d.part, Buffer.from(b[d.part]).equals(Buffer.from(a[d.part]))]).toEqual([d.part, true]);
      expect([d.part, contentType(b, d.part)]).toEqual([d.part, contentType(a, d.part)]);
    }
    expect(contentType(b, chart!.part)).toBe('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    expect(contentType(b, image!.part)).toBe('image/png');
  });

  test('得分与人工计算相同；对输出再填一次，内容不再改变', async () => {
    const { output, report } = filled[writer];
    expect(report.items.map((i) => i.score)).toEqual([0, 1, 2, 1.5, 0]);
    expect(report.total).toBe(4.5);
    const again = path.join(path.dirname(output), `${writer}-again.xlsx`);
    const r = await kaohe('fill', output, '-o', again);
    expect(r.code).toBe(0);
    expect(parts(again)).toEqual(parts(output));
  });
});

test('LibreOffice 重新计算四个输出中写入的公式，结果与引擎的得分相同', () => {
  const outs = recalculatedAll(WRITERS.map((w) => filled[w].output));
  WRITERS.forEach((w, i) => {
    const { report } = filled[w];
    const theirs = snapshotOf(opened(fs.readFileSync(outs[i])), SHEET);
    const col = colNumber(report.columns.score);
    for (const item of report.items) expect([w, item.row, valueAt(theirs, item.row, col)]).toEqual([w, item.row, item.score]);
    expect([w, valueAt(theirs, 8, col)]).toEqual([w, report.total]);
  });
});

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import type { Block, Cell, RubricFixture, TableSpec } from './rubric-fixtures';
import { tempDir } from './temp-dir';

/**
 * Three writers of the same rubric, so the reader is proved on what Word-like programs actually write: the `docx`
 * package (vMerge restart/continue from rowSpan, gridSpan, tblHeader), LibreOffice converting HTML with
 * rowspan/colspan (its own vMerge/gridSpan and table properties), and a package made by hand with what the other two
 * never write: content controls (w:sdt) around rows, cells and runs, rows placed by w:gridBefore, a header row
 * marked w:tblHeader, a deleted row and deleted text (w:del) that must not be read, and inserted text (w:ins).
 */
const cellText = (c: Cell) => (typeof c === 'string' ? c : c.text);
const rowSpan = (c: Cell) => (typeof c === 'string' ? 1 : (c.rowSpan ?? 1));
const colSpan = (c: Cell) => (typeof c === 'string' ? 1 : (c.colSpan ?? 1));

export async function viaDocxPackage(blocks: readonly Block[]): Promise<Uint8Array> {
  const children = blocks.map((b) =>
    'p' in b
      ? new Paragraph({ children: [new TextRun(b.p)] })
      : new Table({
        rows: b.table.rows.map(
          (row, i) =>
            new TableRow({
              tableHeader: i < (b.table.headerRows ?? 0),
              children: row.map(
                (c) => new TableCell({ children: cellText(c).split('\n').map((t) => new Paragraph(t)), rowSpan: rowSpan(c), columnSpan: colSpan(c) }),
              ),
            }),
        ),
      }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function html(blocks: readonly Block[]): string {
  const body = blocks
    .map((b) =>
      'p' in b
        ? `<p>${esc(b.p)}</p>`
        : `<table border="1">${b.table.rows
          .map(
            (row) =>
              `<tr>${row
                .map((c) => `<td${rowSpan(c) > 1 ? ` rowspan="${rowSpan(c)}"` : ''}${colSpan(c) > 1 ? ` colspan="${colSpan(c)}"` : ''}>${esc(cellText(c))}</td>`)
                .join('')}</tr>`,
          )
          .join('')}</table>`,
    )
    .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
}

/** Each fixture's HTML converted by one LibreOffice run; returns the .docx files in the fixtures' order. */
export function viaLibreOffice(fixtures: readonly RubricFixture[], dir: string): string[] {
  const work = tempDir('docx-lo');
  const sources = fixtures.map((f) => {
    const file = path.join(work, `${f.id}.html`);
    fs.writeFileSync(file, html(f.blocks));
    return file;
  });
  execFileSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${work}/profile`, '--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, ...sources],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return fixtures.map((f) => {
    const out = path.join(dir, `${f.id}.docx`);
    if (!fs.existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
    return out;
  });
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const run = (t: string) => `<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
const para = (t: string) => `<w:p>${t.split('\n').map(run).join('<w:r><w:br/></w:r>')}</w:p>`;

/**
 * A cell's paragraph with revisions: its text split so that the second half arrives as an inserted run, and a
 * deleted run (with points of its own, which must not count) in between.
 */
function revised(t: string): string {
  const half = Math.floor(t.length / 2);
  return (
    `<w:p>${run(t.slice(0, half))}<w:del w:id="1" w:author="审核人" w:date="2024-03-01T00:00:00Z"><w:r><w:delText>（99分）已删去的文字</w:delText></w:r></w:del>` +
    `<w:ins w:id="2" w:author="审核人" w:date="2024-03-01T00:00:00Z">${run(t.slice(half))}</w:ins></w:p>`
  );
}

function handTable(t: TableSpec): string {
  const width = Math.max(...t.rows.map((r) => r.reduce((n, c) => n + colSpan(c), 0)));
  // Every data row is shifted one grid column right: the grid has one more column than the table uses, and rows
  // start after it by w:gridBefore (odd rows) or by an empty first cell (even rows), as WPS writes ragged tables.
  const grid = `<w:tblGrid><w:gridCol w:w="300"/>${'<w:gridCol w:w="1500"/>'.repeat(width)}</w:tblGrid>`;
  const covered: (Cell | null)[][] = t.rows.map(() => []);
  const rows = t.rows.map((row, r) => {
    const cells: string[] = [];
    let c = 0;
    let k = 0;
    while (c < width) {
      const above = covered[r][c];
      if (above) {
        cells.push(`<w:tc><w:tcPr>${colSpan(above) > 1 ? `<w:gridSpan w:val="${colSpan(above)}"/>` : ''}<w:vMerge/></w:tcPr><w:p/></w:tc>`);
        c += colSpan(above);
        continue;
      }
      const cell = row[k++];
      if (cell === undefined) break;
      for (let d = 1; d < rowSpan(cell); d++) (covered[r + d] ??= [])[c] = cell;
      const props = `${colSpan(cell) > 1 ? `<w:gridSpan w:val="${colSpan(cell)}"/>` : ''}${rowSpan(cell) > 1 ? '<w:vMerge w:val="restart"/>' : ''}`;
      const text = cellText(cell);
      const body = r > 0 && text.length > 20 && k === 2 ? revised(text) : text.split('\n').map(para).join('') || '<w:p/>';
      const tc = `<w:tc><w:tcPr>${props}</w:tcPr>${body}</w:tc>`;
      // A cell wrapped in a content control (the form fields of a template).
      cells.push(r > 0 && k === 1 && r % 3 === 0 ? `<w:sdt><w:sdtPr><w:alias w:val="内容"/></w:sdtPr><w:sdtContent>${tc}</w:sdtContent></w:sdt>` : tc);
      c += colSpan(cell);
    }
    const header = r < (t.headerRows ?? 0) ? '<w:tblHeader/>' : '';
    const shifted = r % 2 === 1;
    const lead = shifted ? '' : '<w:tc><w:tcPr><w:tcW w:w="300" w:type="dxa"/></w:tcPr><w:p/></w:tc>';
    const tr = `<w:tr><w:trPr>${shifted ? '<w:gridBefore w:val="1"/><w:wBefore w:w="300" w:type="dxa"/>' : ''}${header}</w:trPr>${lead}${cells.join('')}</w:tr>`;
    // A whole row inside a content control, as repeating-section templates hold them.
    return r === 2 ? `<w:sdt><w:sdtPr><w:alias w:val="考核项目"/></w:sdtPr><w:sdtContent>${tr}</w:sdtContent></w:sdt>` : tr;
  });
  // A row deleted with tracked changes: never an item.
  const deleted = `<w:tr><w:trPr><w:gridBefore w:val="1"/><w:del w:id="9" w:author="审核人" w:date="2024-03-01T00:00:00Z"/></w:trPr>${Array.from({ length: width }, (_, i) => `<w:tc><w:p>${run(i === width - 1 ? '' : i === 0 ? '9' : '已删除的考核项目（9分）')}</w:p></w:tc>`).join('')}</w:tr>`;
  rows.splice(3, 0, deleted);
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${rows.join('')}</w:tbl>`;
}

export function viaHand(blocks: readonly Block[]): Uint8Array {
  const body = blocks
    .map((b) => ('p' in b ? `<w:sdt><w:sdtPr><w:id w:val="1"/></w:sdtPr><w:sdtContent>${para(b.p)}</w:sdtContent></w:sdt>` : `${handTable(b.table)}<w:p/>`))
    .join('');
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(doc),
  });
}

/** Every fixture written by its own writer into `dir`; returns file paths in the fixtures' order. */
export async function writeRubrics(fixtures: readonly RubricFixture[], dir: string): Promise<string[]> {
  const out = new Map<RubricFixture, string>();
  const lo = fixtures.filter((f) => f.writer === 'libreoffice');
  if (lo.length) viaLibreOffice(lo, dir).forEach((file, i) => out.set(lo[i], file));
  for (const f of fixtures) {
    if (f.writer === 'libreoffice') continue;
    const file = path.join(dir, `${f.id}.docx`);
    fs.writeFileSync(file, f.writer === 'docx' ? await viaDocxPackage(f.blocks) : viaHand(f.blocks));
    out.set(f, file);
  }
  return fixtures.map((f) => out.get(f) as string);
}

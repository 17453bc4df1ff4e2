import type { CellStyle, NewSheetPlan, SheetCell } from '../engine/new-sheet';
import { address, colLetter, type CellValue } from '../engine/snapshot';
import { escapeXmlAttr } from '../engine/xml-text';
import { ZipArchive, type ZipCodec } from './zip';

/**
 * A new .xlsx written from sheet plans, with the zip code the patcher already has: the few parts a workbook needs
 * (workbook, sheets, shared strings, styles), each planned cell with its style, merged areas, column widths, row
 * heights, data validations and print setup (A4, header rows repeated, fitted to the page width). Written here
 * rather than with exceljs so that the task pane's file mode, a plain browser page, writes the same bytes as the
 * CLI without bundling exceljs and its Node shims (docs/new-workbook.md).
 */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const esc = (s: string) => escapeXmlAttr(s);
const enc = new TextEncoder();

/** Fonts, fills and borders every style is made of; cellXfs are made per (style, number format) actually used. */
const FONTS = [
  '<font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>',
  '<font><b/><sz val="16"/><name val="黑体"/><family val="3"/><charset val="134"/></font>',
  '<font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>',
  '<font><sz val="10"/><name val="宋体"/><family val="3"/><charset val="134"/></font>',
];
const FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
  '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill>',
  '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>',
];
const BORDERS = [
  '<border><left/><right/><top/><bottom/><diagonal/></border>',
  '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>',
];

interface Look {
  font: number;
  fill: number;
  border: number;
  h: 'left' | 'center';
  v: 'top' | 'center';
  wrap: boolean;
}

const LOOKS: Record<CellStyle, Look> = {
  title: { font: 1, fill: 0, border: 0, h: 'center', v: 'center', wrap: false },
  subtitle: { font: 0, fill: 0, border: 0, h: 'left', v: 'center', wrap: false },
  header: { font: 2, fill: 3, border: 1, h: 'center', v: 'center', wrap: true },
  text: { font: 0, fill: 0, border: 1, h: 'left', v: 'center', wrap: true },
  center: { font: 0, fill: 0, border: 1, h: 'center', v: 'center', wrap: true },
  input: { font: 0, fill: 2, border: 1, h: 'center', v: 'center', wrap: true },
  inputText: { font: 0, fill: 2, border: 1, h: 'left', v: 'center', wrap: true },
  formula: { font: 0, fill: 0, border: 1, h: 'center', v: 'center', wrap: false },
  label: { font: 2, fill: 0, border: 1, h: 'center', v: 'center', wrap: true },
  note: { font: 3, fill: 0, border: 0, h: 'left', v: 'top', wrap: true },
};

class Styles {
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Map<string, number>();
  private readonly list: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];

  id(style: CellStyle, numFmt?: string): number {
    const key = `${style}|${numFmt ?? ''}`;
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    const fmtId = numFmt ? (this.formats.get(numFmt) ?? this.formats.set(numFmt, 164 + this.formats.size).get(numFmt)!) : 0;
    const l = LOOKS[style];
    this.list.push(
      `<xf numFmtId="${fmtId}" fontId="${l.font}" fillId="${l.fill}" borderId="${l.border}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">` +
        `<alignment horizontal="${l.h}" vertical="${l.v}"${l.wrap ? ' wrapText="1"' : ''}/></xf>`,
    );
    this.xfs.set(key, this.list.length - 1);
    return this.list.length - 1;
  }

  xml(): string {
    const fmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('');
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
      (fmts ? `<numFmts count="${this.formats.size}">${fmts}</numFmts>` : '') +
      `<fonts count="${FONTS.length}">${FONTS.join('')}</fonts><fills count="${FILLS.length}">${FILLS.join('')}</fills>` +
      `<borders count="${BORDERS.length}">${BORDERS.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.list.length}">${this.list.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    );
  }
}

class Strings {
  private readonly index = new Map<string, number>();
  private count = 0;
  id(s: string): number {
    this.count++;
    return this.index.get(s) ?? this.index.set(s, this.index.size).get(s)!;
  }
  xml(): string {
    const items = [...this.index.keys()].map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

function cellXml(c: SheetCell, styles: Styles, strings: Strings): string {
  const r = address(c.row, c.col);
  const s = styles.id(c.style, c.numFmt);
  const v: CellValue = c.value;
  if (c.formula !== null) {
    const f = `<f>${esc(c.formula.replace(/^=/, ''))}</f>`;
    if (typeof v === 'number') return `<c r="${r}" s="${s}">${f}<v>${v}</v></c>`;
    if (typeof v === 'boolean') return `<c r="${r}" s="${s}" t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    if (typeof v === 'string') return `<c r="${r}" s="${s}" t="str">${f}<v>${esc(v)}</v></c>`;
    return `<c r="${r}" s="${s}">${f}</c>`;
  }
  if (typeof v === 'number') return `<c r="${r}" s="${s}"><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${r}" s="${s}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === 'string' && v !== '') return `<c r="${r}" s="${s}" t="s"><v>${strings.id(v)}</v></c>`;
  return `<c r="${r}" s="${s}"/>`;
}

function sheetXml(p: NewSheetPlan, first: boolean, styles: Styles, strings: Strings): string {
  const rows = new Map<number, SheetCell[]>();
  let maxCol = p.widths.length;
  for (const c of p.cells) {
    (rows.get(c.row) ?? rows.set(c.row, []).get(c.row)!).push(c);
    maxCol = Math.max(maxCol, c.col);
  }
  const rowNumbers = [...new Set([...rows.keys(), ...Object.keys(p.heights).map(Number)])].sort((a, b) => a - b);
  const lastRow = rowNumbers[rowNumbers.length - 1] ?? 1;
  const data = rowNumbers
    .map((r) => {
      const h = p.heights[r];
      const cells = (rows.get(r) ?? []).sort((a, b) => a.col - b.col).map((c) => cellXml(c, styles, strings)).join('');
      return `<row r="${r}"${h ? ` ht="${h}" customHeight="1"` : ''}>${cells}</row>`;
    })
    .join('');
  const cols = p.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const merges = p.merges.map((m) => `<mergeCell ref="${address(m.top, m.left)}:${address(m.bottom, m.right)}"/>`).join('');
  const validations = p.validations
    .map((v) => {
      const formula = v.type === 'list' ? `"${v.formula}"` : v.formula;
      return (
        `<dataValidation type="${v.type}" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="stop" ` +
        `error="${esc(v.error)}" prompt="${esc(v.prompt)}" sqref="${address(v.row, v.col)}"><formula1>${esc(formula)}</formula1></dataValidation>`
      );
    })
    .join('');
  const [top] = p.printRows;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${colLetter(maxCol)}${lastRow}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${first ? ' tabSelected="1"' : ''}><pane ySplit="${top}" topLeftCell="A${top + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${data}</sheetData>` +
    (merges ? `<mergeCells count="${p.merges.length}">${merges}</mergeCells>` : '') +
    (validations ? `<dataValidations count="${p.validations.length}">${validations}</dataValidations>` : '') +
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${p.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>` +
    '<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>' +
    '</worksheet>'
  );
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** The workbook's bytes; the first sheet is the one shown when it opens. */
export function writeNewWorkbook(sheets: readonly NewSheetPlan[], codec?: ZipCodec): Uint8Array {
  const styles = new Styles();
  const strings = new Strings();
  const zip = new ZipArchive();
  const sheetParts = sheets.map((p, i) => sheetXml(p, i === 0, styles, strings));
  const overrides = sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`).join('');
  zip.set(
    '[Content_Types].xml',
    enc.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>${overrides}` +
        `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/></Types>`,
    ),
  );
  zip.set(
    '_rels/.rels',
    enc.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  );
  const names = sheets
    .map((p, i) => `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(quoteSheet(p.name))}!$${p.printRows[0]}:$${p.printRows[1]}</definedName>`)
    .join('');
  zip.set(
    'xl/workbook.xml',
    enc.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
        sheets.map((p, i) => `<sheet name="${esc(p.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        `</sheets><definedNames>${names}</definedNames><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`,
    ),
  );
  const n = sheets.length;
  zip.set(
    'xl/_rels/workbook.xml.rels',
    enc.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
  );
  sheetParts.forEach((xml, i) => zip.set(`xl/worksheets/sheet${i + 1}.xml`, enc.encode(xml)));
  zip.set('xl/styles.xml', enc.encode(styles.xml()));
  zip.set('xl/sharedStrings.xml', enc.encode(strings.xml()));
  return zip.toBytes(codec);
}

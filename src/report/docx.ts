import {
  AlignmentType, Document, ImageRun, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun,
  WidthType, type IRunOptions,
} from 'docx';
import { chineseDate, deductionsBySection, type RankedUnit, type ReportModel } from './model';
import { CHART_SIZE } from './chart';
import {
  adjustmentLine, deductionLine, rankingHeader, rankingRow, summarySentence, topLine, topVetoHeading, unitHeading, vetoLine,
} from './text';

/**
 * The Word 通报, after the usual layout of official documents (GB/T 9704): A4 portrait, margins 上37 下35 左28 右26 mm,
 * body in 仿宋_GB2312 三号 (16 pt), headings in 黑体. Word has no font fallback list, so each run names its East Asian
 * font and a Latin one; where 仿宋_GB2312 is not installed (WPS on Linux, LibreOffice) the program substitutes its own
 * 仿宋/serif CJK font, which is why the PDF test reads the text rather than comparing glyphs.
 */
const MM = 56.7; // twips per millimetre
const BODY = { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' };
const HEI = { eastAsia: '黑体', ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' };
const TITLE = { eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' };

const run = (text: string, opts: Partial<IRunOptions> = {}) => new TextRun({ text, font: BODY, size: 32, ...opts });

function para(text: string, opts: Partial<IRunOptions> = {}, indent = true): Paragraph {
  return new Paragraph({ children: [run(text, opts)], indent: indent ? { firstLine: 640 } : undefined, spacing: { line: 560 } });
}

function heading(text: string): Paragraph {
  return new Paragraph({ children: [run(text, { font: HEI })], indent: { firstLine: 640 }, spacing: { line: 560 } });
}

/** The ranking table's text size: 9 pt (五号 less), so a dozen columns fit the 156 mm of an A4 page. */
const TABLE_SIZE = 18;
const TEXT_WIDTH = Math.round(156 * MM);

function cell(text: string, header: boolean, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, { size: TABLE_SIZE, font: header ? HEI : BODY })] })],
  });
}

/** Twips a text needs on one line at the table's size: a Chinese character a full em, others half. */
function textTwips(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0xff ? 1 : 0.55;
  return Math.ceil(w * TABLE_SIZE * 10) + 220;
}

/**
 * Columns as wide as their widest entry (a header may wrap after four characters), the last (备注, free text) taking
 * what is left; all shrunk together only when the others alone do not fit. Left to Word, a table of a dozen columns
 * splits 一票否决 and 71.5 over two lines.
 */
function columnWidths(rows: string[][]): number[] {
  const need = rows[0].map((h, c) => Math.max(textTwips(h.slice(0, 4)), ...rows.slice(1).map((r) => textTwips(r[c] ?? ''))));
  const others = need.slice(0, -1).reduce((a, b) => a + b, 0);
  const minNote = textTwips('备注备注');
  if (others + minNote <= TEXT_WIDTH) return [...need.slice(0, -1), Math.min(need[need.length - 1], TEXT_WIDTH - others)];
  const scale = TEXT_WIDTH / (others + minNote);
  return [...need.slice(0, -1), minNote].map((w) => Math.floor(w * scale));
}

function rankingTable(m: ReportModel): Table {
  const rows = [rankingHeader(m), ...m.units.map((u) => rankingRow(m, u))];
  const widths = columnWidths(rows);
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map((c, k) => cell(c, i === 0, widths[k])) })),
  });
}

/** A unit's 扣分情况: its heading, what is missing when incomplete, each deduction under its section, each 加减分. */
function unitParagraphs(u: RankedUnit): Paragraph[] {
  const lines = [
    ...deductionsBySection(u).flatMap((g) => g.deductions.map(deductionLine)),
    ...u.adjustments.map(adjustmentLine),
  ];
  return [
    para(`${unitHeading(u)}：${lines.length ? '' : '无扣分。'}`, { font: HEI }),
    ...(u.note ? [para(`备注：${u.note}`, { color: u.report.complete ? undefined : 'B35C00' })] : []),
    ...lines.map((l) => para(l)),
  ];
}

export async function renderDocx(m: ReportModel, chartPng: Uint8Array | null): Promise<Uint8Array> {
  const top = topLine(m);
  // The text is 210 − 28 − 26 = 156 mm wide, about 590 px at 96 dpi (docx sizes pictures in pixels).
  const chartW = 580;
  const chartH = Math.round((chartW * CHART_SIZE.height) / CHART_SIZE.width);
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200, line: 560 },
      children: [new TextRun({ text: m.title, font: TITLE, size: 44 })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(chineseDate(m.date))], spacing: { after: 200 } }),
    para(summarySentence(m)),
    heading('一、考核排名'),
    rankingTable(m),
    heading(`二、${topVetoHeading(m)}`),
    ...(top ? [para(top)] : []),
    para(vetoLine(m)),
  ];
  if (chartPng) {
    children.push(
      heading('三、各单位总分'),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new ImageRun({ type: 'png', data: chartPng, transformation: { width: chartW, height: chartH } })],
      }),
    );
  }
  children.push(heading(`${chartPng ? '四' : '三'}、各单位扣分情况`));
  for (const u of m.units) children.push(...unitParagraphs(u));
  children.push(new Paragraph({ spacing: { before: 600 }, children: [run('考核组长(签字)：　　　　　　　　日期：　　年　　月　　日')] }));
  const doc = new Document({
    creator: '考核评分助手',
    title: m.title,
    styles: { default: { document: { run: { font: BODY, size: 32 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM), orientation: PageOrientation.PORTRAIT },
            margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) },
          },
        },
        children,
      },
    ],
  });
  // toArrayBuffer works in Node and in the task pane alike.
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

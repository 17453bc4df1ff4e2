import {
  AlignmentType, Document, ImageRun, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun,
  WidthType, type IRunOptions,
} from 'docx';
import { fmt } from '../engine/numbers';
import { chineseDate, mainDeductions, type ReportModel } from './model';
import { CHART_SIZE } from './chart';
import { deductionLine, rankingHeader, rankingRow, summarySentence, topLine, vetoLine } from './text';

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

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, { size: 21, font: header ? HEI : BODY })] })],
  });
}

function rankingTable(m: ReportModel): Table {
  const rows = [rankingHeader(m), ...m.units.map((u) => rankingRow(m, u))];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map((c) => cell(c, i === 0)) })),
  });
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
    heading('二、先进单位与一票否决'),
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
  children.push(heading(`${chartPng ? '四' : '三'}、各单位主要扣分情况`));
  for (const u of m.units) {
    const ds = mainDeductions(u);
    children.push(para(`${u.unit}（${fmt(u.total)}分，${u.tier}）：${ds.length ? '' : '无扣分。'}`, { font: HEI }));
    for (const d of ds) children.push(para(deductionLine(d)));
  }
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

import type { DocBlock, DocTable } from '../engine/doc-blocks';
import { message } from '../engine/messages';
import { fail, ok, type Result } from '../engine/result';
import { sniff } from '../xlsx/sniff';
import { attr, decode, readXml, XmlDamaged, type Tag } from '../xlsx/xml-stream';
import { readZip, type Inflate } from '../xlsx/zip';
import { buildGrid, type CellSpec, type RowSpec } from './table-grid';

/**
 * The body of a .docx as Word, WPS and LibreOffice save it, read with the package code the xlsx side already has
 * (zip.ts and the streaming xml-stream.ts): paragraphs and tables in order, tables as rectangular grids with their
 * merged areas (docs/new-workbook.md says why no library: the ones that turn .docx into HTML or text drop
 * vMerge and gridSpan, which is where a rubric's sections are). Content controls (w:sdt), inserted revisions (w:ins),
 * smart tags and hyperlinks are read through; deleted revisions (w:del, w:moveFrom, a row marked deleted), field
 * codes and the fallback copy of drawings are skipped.
 */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delInstrText', 'mc:Fallback', 'w:delText']);

interface TableState {
  gridCols: number;
  rows: RowSpec[];
  row: (RowSpec & { deleted: boolean }) | null;
  cell: (CellSpec & { lines: string[] }) | null;
}

/** Word's other formats (and PDF), refused by name before a byte is read: saved as .docx first, they read. */
const OTHER_FORMAT = /\.(doc|docm|dot|wps|wpt|pdf|rtf|odt|txt)$/i;

export function refusedByName(file: string): Result<never> | null {
  return OTHER_FORMAT.test(file) ? fail({ code: 'DOC_NOT_DOCX', message: message('DOC_NOT_DOCX', file) }) : null;
}

export function readDocx(bytes: Uint8Array, file: string, inflate?: Inflate): Result<DocBlock[]> {
  const byName = refusedByName(file);
  if (byName) return byName;
  switch (sniff(bytes)) {
    case 'encrypted':
      return fail({ code: 'DOCX_ENCRYPTED', message: message('DOCX_ENCRYPTED', file) });
    case 'legacy':
      return fail({ code: 'DOC_NOT_DOCX', message: message('DOC_NOT_DOCX', file) });
    case 'other':
      return fail({ code: isPdf(bytes) ? 'DOC_NOT_DOCX' : 'DOCX_DAMAGED', message: message(isPdf(bytes) ? 'DOC_NOT_DOCX' : 'DOCX_DAMAGED', file) });
    case 'zip':
      break;
  }
  const damaged = () => fail<DocBlock[]>({ code: 'DOCX_DAMAGED', message: message('DOCX_DAMAGED', file) });
  const zip = readZip(bytes, inflate);
  if (!zip.ok) return damaged();
  let part: Uint8Array | null;
  try {
    part = zip.zip.read('word/document.xml');
  } catch {
    return damaged();
  }
  if (!part) return fail({ code: 'DOC_NOT_DOCX', message: message('DOC_NOT_DOCX', file) });
  try {
    return ok(readBody(new TextDecoder('utf-8').decode(part)));
  } catch (e) {
    if (e instanceof XmlDamaged) return damaged();
    throw e;
  }
}

const isPdf = (b: Uint8Array) => b.length >= 4 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46;

/** A w:val that switches a property on: absent, "1", "true" or "on". */
function on(tag: Tag): boolean {
  const v = attr(tag, 'w:val');
  return v === undefined || v === '1' || v === 'true' || v === 'on';
}

const intVal = (tag: Tag, fallback: number) => {
  const n = Number.parseInt(attr(tag, 'w:val') ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
};

/** document.xml's body, in one pass. */
export function readBody(xml: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  const tables: TableState[] = [];
  let skip = 0;
  let inText = false;
  let inRowProps = false;
  let para: string[] = [];
  /** The open paragraph's w:numPr level, or null when Word does not number it. */
  let listLevel: number | null = null;
  const top = () => tables[tables.length - 1];

  /** A finished paragraph's or nested table's text goes to the open cell, or becomes a block of its own. */
  const emit = (text: string, level: number | null = null) => {
    const t = top();
    if (t?.cell) t.cell.lines.push(text);
    else if (t) return; // text between cells (never written by Word) is dropped
    else blocks.push({ kind: 'paragraph', text: text.trim(), ...(level !== null ? { listLevel: level } : {}) });
  };

  readXml(xml, {
    open(name, tag, _start, _end, selfClosing) {
      if (skip > 0 || SKIPPED.has(name)) {
        if (name === 'w:del' && inRowProps && top()?.row) (top().row as { deleted: boolean }).deleted = true;
        // Every open is matched by a close, empty elements included (xml-stream calls close for them too).
        skip++;
        return;
      }
      const t = top();
      switch (name) {
        case 'w:t':
          inText = !selfClosing;
          break;
        case 'w:tab':
        case 'w:ptab':
          para.push(' ');
          break;
        case 'w:br':
        case 'w:cr':
          para.push('\n');
          break;
        case 'w:noBreakHyphen':
          para.push('-');
          break;
        case 'w:p':
          para = [];
          listLevel = null;
          break;
        case 'w:numPr':
          listLevel ??= 0;
          break;
        case 'w:ilvl':
          listLevel = intVal(tag, 0);
          break;
        case 'w:tbl':
          tables.push({ gridCols: 0, rows: [], row: null, cell: null });
          break;
        case 'w:gridCol':
          if (t && !t.row) t.gridCols++;
          break;
        case 'w:tr':
          if (t) t.row = { gridBefore: 0, header: false, cells: [], deleted: false };
          break;
        case 'w:trPr':
          inRowProps = !selfClosing;
          break;
        case 'w:gridBefore':
          if (t?.row && !t.cell) t.row.gridBefore = intVal(tag, 0);
          break;
        case 'w:tblHeader':
          if (t?.row && !t.cell) t.row.header = on(tag);
          break;
        case 'w:tc':
          if (t?.row) t.cell = { text: '', span: 1, vMerge: null, lines: [] };
          break;
        case 'w:gridSpan':
          if (t?.cell) t.cell.span = Math.max(1, intVal(tag, 1));
          break;
        case 'w:vMerge':
          if (t?.cell) t.cell.vMerge = attr(tag, 'w:val') === 'restart' ? 'restart' : 'continue';
          break;
      }
    },
    close(name) {
      if (skip > 0) {
        skip--;
        return;
      }
      const t = top();
      switch (name) {
        case 'w:t':
          inText = false;
          break;
        case 'w:p':
          emit(para.join(''), listLevel);
          para = [];
          listLevel = null;
          break;
        case 'w:trPr':
          inRowProps = false;
          break;
        case 'w:tc':
          if (t?.row && t.cell) {
            t.row.cells.push({ text: t.cell.lines.join('\n').trim(), span: t.cell.span, vMerge: t.cell.vMerge });
            t.cell = null;
          }
          break;
        case 'w:tr':
          if (t?.row) {
            if (!t.row.deleted) t.rows.push(t.row);
            t.row = null;
          }
          break;
        case 'w:tbl': {
          const done = tables.pop() as TableState;
          const grid = buildGrid(done.gridCols, done.rows);
          if (tables.length === 0) blocks.push(grid);
          else emit(tableText(grid));
          break;
        }
      }
    },
    text(x, start, end) {
      if (inText && skip === 0) para.push(decode(x, start, end));
    },
  });
  return blocks;
}

/** A table nested in a cell, as lines of that cell: each row's cells side by side. */
function tableText(t: DocTable): string {
  return t.cells.map((r) => r.filter((c) => c !== '').join(' ')).filter((l) => l !== '').join('\n');
}

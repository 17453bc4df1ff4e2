import type { CellFlag, CellValue, MergedArea, SheetSnapshot } from '../engine/snapshot';
import { SharedMaster } from './shared-formulas';
import type { Styles } from './styles';
import { decodeCellText, localName, prefixOf } from './xml-text';
import { attr, decode, readXml, type XmlEvents } from './xml-stream';

/** Where a <row> sits in the sheet's text: the writer splices cells in without re-reading the rest. */
export interface RowPos {
  r: number;
  start: number;
  /** Just after the start tag's '>'. */
  openEnd: number;
  /** Start of '</row>', or openEnd when the row is an empty element. */
  closeStart: number;
  end: number;
  selfClosing: boolean;
  /** The row's cells in SheetScan.cells: from index firstCell, cellCount of them. */
  firstCell: number;
  cellCount: number;
}

/**
 * Every <c> of the sheet, in document order, as parallel columns of numbers (a sheet has hundreds of thousands):
 * its column and where its text starts and ends. The writer finds the cells it replaces here, without reading the
 * row's text again.
 */
export class CellOffsets {
  col = new Int32Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  length = 0;

  push(col: number, start: number, end: number): void {
    if (this.length === this.col.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.col = grow(this.col);
      this.start = grow(this.start);
      this.end = grow(this.end);
    }
    this.col[this.length] = col;
    this.start[this.length] = start;
    this.end[this.length] = end;
    this.length++;
  }
}

/** A cell holding a clone of a shared formula, so a writer that overwrites its master can give it its own text. */
export interface CloneCell {
  si: string;
  row: number;
  col: number;
  start: number;
  end: number;
}

export interface SheetScan {
  snapshot: SheetSnapshot;
  /** The prefix the sheet's elements carry ('x:' or ''), for elements the writer adds. */
  prefix: string;
  sheetData: { start: number; openEnd: number; closeStart: number; selfClosing: boolean } | null;
  rows: RowPos[];
  cells: CellOffsets;
  masters: Map<string, SharedMaster>;
  clones: CloneCell[];
  /** Column styles from <cols>, as [min, max, style]. */
  colStyles: [number, number, number][];
}

export interface ScanContext {
  sharedStrings: readonly string[];
  styles: Styles;
}

/**
 * A cell's r="B12" as {row, col}, read by hand rather than with the snapshot's parseAddress: it runs once for every
 * cell of a sheet, where a regex, trim and upper-casing each time would show in a big fill.
 */
function cellOfRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break;
  }
  const row = Number(ref.slice(i).replace('$', ''));
  return col > 0 && Number.isInteger(row) && row > 0 ? { row, col } : null;
}

/** ISO date text (t="d" cells) as the serial number Excel shows it as. */
function isoToSerial(iso: string, date1904: boolean): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`);
  if (Number.isNaN(ms)) return null;
  const serial = ms / 86400000 + 25569;
  return date1904 ? serial - 1462 : serial;
}

/**
 * Reads one worksheet's XML in a single streaming pass (never a tree of it): the engine's snapshot, plus where rows
 * sit and which cells share formulas, for the writer.
 */
export function scanSheet(name: string, xml: string, ctx: ScanContext & { date1904?: boolean }): SheetScan {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const flags: (CellFlag | null)[][] = [];
  const merges: MergedArea[] = [];
  const rows: RowPos[] = [];
  const cells = new CellOffsets();
  const masters = new Map<string, SharedMaster>();
  const clones: CloneCell[] = [];
  const colStyles: [number, number, number][] = [];
  let prefix = '';
  let sheetData: SheetScan['sheetData'] = null;
  let anyFlag = false;

  let rowNo = 0;
  let row: RowPos | null = null;
  let colNo = 0;
  // The cell being read.
  let cStart = 0;
  let cRow = 0;
  let cCol = 0;
  let cType = '';
  let cStyle = 0;
  let vText: string | null = null;
  let fText: string | null = null;
  let fShared: { si: string; master: boolean } | null = null;
  let isText: string | null = null;
  let inV = false;
  let inF = false;
  let inIsT = false;
  let phonetic = 0;

  const events: XmlEvents = {
    open(name, tag, start, end, selfClosing) {
      const n = localName(name);
      if (n === 'c') {
        if (!row) return;
        const ref = attr(tag, 'r');
        const t = attr(tag, 't');
        const st = attr(tag, 's');
        cType = t ?? 'n';
        cStyle = st ? Number(st) : 0;
        const at = ref ? cellOfRef(ref) : null;
        cStart = start;
        cRow = rowNo;
        cCol = at ? at.col : colNo + 1;
        colNo = cCol;
        vText = null;
        fText = null;
        fShared = null;
        isText = null;
        return;
      }
      switch (n) {
        case 'v':
          inV = true;
          vText = '';
          return;
        case 'f': {
          fText = '';
          inF = !selfClosing;
          const si = attr(tag, 'si');
          if (si !== undefined && attr(tag, 't') === 'shared') fShared = { si, master: attr(tag, 'ref') !== undefined };
          return;
        }
        case 'is':
          isText = '';
          return;
        case 'rPh':
          phonetic++;
          return;
        case 't':
          if (isText !== null && phonetic === 0) inIsT = !selfClosing;
          return;
        case 'row': {
          const r = attr(tag, 'r');
          rowNo = r ? Number(r) : rowNo + 1;
          colNo = 0;
          row = { r: rowNo, start, openEnd: end, closeStart: end, end, selfClosing, firstCell: cells.length, cellCount: 0 };
          rows.push(row);
          return;
        }
        case 'sheetData':
          prefix = prefixOf(name);
          sheetData = { start, openEnd: end, closeStart: end, selfClosing };
          return;
        case 'mergeCell': {
          const [x, y = x] = (attr(tag, 'ref') ?? '').split(':');
          const tl = cellOfRef(x);
          const br = cellOfRef(y);
          if (tl && br)
            merges.push({ top: Math.min(tl.row, br.row), left: Math.min(tl.col, br.col), bottom: Math.max(tl.row, br.row), right: Math.max(tl.col, br.col) });
          return;
        }
        case 'col': {
          const style = attr(tag, 'style');
          if (style !== undefined) colStyles.push([Number(attr(tag, 'min')), Number(attr(tag, 'max')), Number(style)]);
          return;
        }
        case 'worksheet':
          prefix = prefixOf(name);
          return;
      }
    },
    close(name, start, end) {
      switch (localName(name)) {
        case 'v':
          inV = false;
          return;
        case 'f':
          inF = false;
          return;
        case 't':
          inIsT = false;
          return;
        case 'rPh':
          phonetic--;
          return;
        case 'c':
          if (row) {
            cells.push(cCol, cStart, end);
            row.cellCount++;
            endCell(end);
          }
          return;
        case 'row':
          if (row) {
            row.closeStart = start;
            row.end = end;
            row = null;
          }
          return;
        case 'sheetData':
          if (sheetData) sheetData.closeStart = start;
          return;
      }
    },
    text(xml, start, end) {
      if (inV) vText += decode(xml, start, end);
      else if (inF) fText += decode(xml, start, end);
      else if (inIsT) isText += decode(xml, start, end);
    },
    cdata(s) {
      if (inV) vText += s;
      else if (inF) fText += s;
      else if (inIsT) isText += s;
    },
  };

  function endCell(cEnd: number): void {
    let value: CellValue = null;
    let flag: CellFlag | null = null;
    let formula: string | null = null;
    if (fShared) {
      if (fShared.master && fText) masters.set(fShared.si, new SharedMaster(fText, cRow, cCol));
      else {
        const m = masters.get(fShared.si);
        if (m) formula = `=${m.at(cRow, cCol)}`;
        clones.push({ si: fShared.si, row: cRow, col: cCol, start: cStart, end: cEnd });
      }
      if (fShared.master && fText) formula = `=${fText}`;
    } else if (fText) formula = `=${fText}`;
    const v = vText;
    switch (cType) {
      case 's': {
        // An index the table does not hold is damage, never a blank cell.
        const i = v === null || v.trim() === '' ? -1 : Number(v);
        if (i >= 0 && Number.isInteger(i) && i < ctx.sharedStrings.length) value = ctx.sharedStrings[i];
        else if (v !== null && v.trim() !== '') flag = 'damaged';
        break;
      }
      case 'str':
        value = v === null ? null : decodeCellText(v);
        break;
      case 'inlineStr':
        value = isText === null ? (v === null ? null : decodeCellText(v)) : decodeCellText(isText);
        break;
      case 'b':
        value = v === null || v === '' ? null : v.trim() === '1' || v.trim() === 'true';
        break;
      case 'e':
        value = v === null || v === '' ? null : v;
        if (value !== null) flag = 'error';
        break;
      case 'd': {
        value = v === null || v === '' ? null : isoToSerial(v, ctx.date1904 ?? false);
        if (value !== null) flag = 'date';
        else if (v !== null && v !== '') flag = 'damaged';
        break;
      }
      default: {
        const n = v === null || v.trim() === '' ? null : Number(v);
        value = n !== null && Number.isFinite(n) ? n : null;
        // Text inside a number's <v> is damage, never a blank cell.
        if (n !== null && value === null) flag = 'damaged';
        if (value !== null && cStyle && ctx.styles.isDate(cStyle)) flag = 'date';
      }
    }
    if (value === '') value = null;
    if (formula !== null && (v === null || (v === '' && cType !== 'str'))) {
      value = null;
      flag = 'uncomputed';
    }
    if (value === null && formula === null && flag === null) return;
    const ri = cRow - 1;
    let vs = values[ri];
    if (!vs) {
      for (let i = values.length; i <= ri; i++) {
        values[i] = [];
        formulas[i] = [];
      }
      vs = values[ri];
    }
    while (vs.length < cCol - 1) vs.push(null);
    vs[cCol - 1] = value;
    if (formula !== null) formulas[ri][cCol - 1] = formula;
    if (flag !== null) {
      anyFlag = true;
      const fr = (flags[ri] ??= []);
      fr[cCol - 1] = flag;
    }
  }

  readXml(xml, events);
  for (let i = 0; i < formulas.length; i++) {
    const fr = formulas[i];
    for (let c = 0; c < fr.length; c++) if (fr[c] === undefined) fr[c] = null;
  }
  const snapshot: SheetSnapshot = { name, values, formulas, merges };
  if (anyFlag) {
    for (let i = 0; i < values.length; i++) {
      const fr = (flags[i] ??= []);
      for (let c = 0; c < fr.length; c++) if (fr[c] === undefined) fr[c] = null;
    }
    snapshot.flags = flags;
  }
  return { snapshot, prefix, sheetData, rows, cells, masters, clones, colStyles };
}

import { address, type CellValue } from '../engine/snapshot';
import type { PlannedCell } from '../engine/write-plan';
import type { RowPos, SheetScan } from './sheet-scan';
import { dimensionEdit, widenedSpans } from './dimension';
import { SharedFormulaRuns } from './shared-formulas';
import type { Styles } from './styles';
import { encodeCellText, escapeText, tagAttrs } from './xml-text';

interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface PatchResult {
  /** The sheet's new text in pieces, in order: joining them is left to whoever needs the whole text. */
  pieces: string[];
  /** Whether the set of cells holding formulas changed (then calcChain.xml no longer matches). */
  formulaCellsChanged: boolean;
}

const CUSTOM_FORMAT = /\scustomFormat\s*=\s*(["'])(?:1|true)\1/;

/** The index (into scan.cells) of the row's cell in this column, or -1. */
function cellIn(scan: SheetScan, row: RowPos, col: number): number {
  for (let k = row.firstCell; k < row.firstCell + row.cellCount; k++) if (scan.cells.col[k] === col) return k;
  return -1;
}

/** Where a new cell in this column goes: before the row's first cell right of it, else at the row's end. */
function insertionPoint(scan: SheetScan, row: RowPos, col: number): number {
  for (let k = row.firstCell; k < row.firstCell + row.cellCount; k++) if (scan.cells.col[k] > col) return scan.cells.start[k];
  return row.closeStart;
}

/** What the writer needs to know of a cell it replaces. */
function details(text: string): { style: string | null; hasFormula: boolean; masterOf: string | null } {
  const head = /^<[^>]*>/.exec(text)?.[0] ?? text;
  const f = /<(?:[\w.-]+:)?f(?=[\s/>])([^>]*)>/.exec(text);
  const fa = f ? tagAttrs(f[0]) : null;
  return {
    style: tagAttrs(head).get('s') ?? null,
    hasFormula: f !== null,
    masterOf: fa && fa.get('t') === 'shared' && fa.has('ref') ? (fa.get('si') ?? null) : null,
  };
}

function numberText(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

type Shared = { si: string; ref?: string };

function cellXml(P: string, ref: string, style: string | null, c: PlannedCell, shared: Shared | null): string {
  const s = style !== null ? ` s="${style}"` : '';
  const v: CellValue = typeof c.value === 'number' && !Number.isFinite(c.value) ? null : c.value;
  if (c.formula !== null) {
    // A clone carries no text of its own: the master's is escaped once, not the same formula tens of thousands of times.
    const formula = c.formula;
    const text = () => escapeText(formula.startsWith('=') ? formula.slice(1) : formula);
    const f = shared
      ? shared.ref
        ? `<${P}f t="shared" ref="${shared.ref}" si="${shared.si}">${text()}</${P}f>`
        : `<${P}f t="shared" si="${shared.si}"/>`
      : `<${P}f>${text()}</${P}f>`;
    if (v === null) return `<${P}c r="${ref}"${s}>${f}</${P}c>`;
    if (typeof v === 'number') return `<${P}c r="${ref}"${s}>${f}<${P}v>${numberText(v)}</${P}v></${P}c>`;
    if (typeof v === 'boolean') return `<${P}c r="${ref}"${s} t="b">${f}<${P}v>${v ? 1 : 0}</${P}v></${P}c>`;
    return `<${P}c r="${ref}"${s} t="str">${f}<${P}v>${encodeCellText(v)}</${P}v></${P}c>`;
  }
  if (v === null || v === '') return `<${P}c r="${ref}"${s}/>`;
  if (typeof v === 'number') return `<${P}c r="${ref}"${s}><${P}v>${numberText(v)}</${P}v></${P}c>`;
  if (typeof v === 'boolean') return `<${P}c r="${ref}"${s} t="b"><${P}v>${v ? 1 : 0}</${P}v></${P}c>`;
  return `<${P}c r="${ref}"${s} t="inlineStr"><${P}is><${P}t xml:space="preserve">${encodeCellText(v)}</${P}t></${P}is></${P}c>`;
}

/** A clone's <f t="shared" si="n"/> replaced by its own formula text, its cached value untouched. */
function ownFormula(cellText: string, formula: string): string {
  return cellText.replace(/<((?:[\w.-]+:)?)f(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/\1f\s*>)/, (_m, P: string) => `<${P}f>${escapeText(formula)}</${P}f>`);
}

/**
 * The sheet's text with exactly the planned cells rewritten: each <c> replaced in place (keeping its style), or
 * inserted in column order, in a row inserted in row order where there was none. Every other byte stays.
 */
export function patchSheet(xml: string, scan: SheetScan, cells: readonly PlannedCell[], styles: Styles): PatchResult {
  const P = scan.prefix;
  // The last plan entry for a cell wins, as if the plan were applied cell by cell.
  const byCell = new Map<string, PlannedCell>();
  for (const c of cells) byCell.set(`${c.row},${c.col}`, c);
  const planned = [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  if (planned.length === 0) return { pieces: [xml], formulaCellsChanged: false };

  const shared = sharedRuns(planned, scan, byCell);
  const rowIndex = new Map<number, RowPos>();
  for (const r of scan.rows) rowIndex.set(r.r, r);
  const edits: Edit[] = [];
  let formulaCellsChanged = false;
  const overwrittenMasters = new Set<string>();
  const emptySheetRows: string[] = [];

  const styleFor = (c: PlannedCell, existing: string | null, rowStyle: string | null): string | null => {
    let s = existing ?? rowStyle ?? colStyle(scan, c.col);
    if (c.numFmt !== undefined) {
      const n = styles.withNumFmt(s === null ? 0 : Number(s), c.numFmt);
      s = n === 0 && s === null ? null : String(n);
    }
    return s;
  };

  let i = 0;
  while (i < planned.length) {
    const r = planned[i].row;
    let j = i;
    while (j < planned.length && planned[j].row === r) j++;
    const inRow = planned.slice(i, j);
    i = j;
    const pos = rowIndex.get(r);
    if (!pos) {
      for (const c of inRow) if (c.formula !== null) formulaCellsChanged = true;
      const text = `<${P}row r="${r}">${inRow.map((c) => cellXml(P, address(r, c.col), styleFor(c, null, null), c, shared.get(c) ?? null)).join('')}</${P}row>`;
      if (scan.sheetData?.selfClosing) emptySheetRows.push(text);
      else edits.push(rowInsertion(scan, r, text));
      continue;
    }
    const oldTag = xml.slice(pos.start, pos.openEnd);
    const rowTag = widenedSpans(oldTag, inRow.map((c) => c.col));
    if (rowTag !== oldTag && !pos.selfClosing) edits.push({ start: pos.start, end: pos.openEnd, text: rowTag });
    // Only a row with customFormat lends its style; most rows have none, and their tags are not taken apart.
    const rowStyle = CUSTOM_FORMAT.test(rowTag) ? (tagAttrs(rowTag).get('s') ?? null) : null;
    const inserts: { at: number; text: string }[] = [];
    for (const c of inRow) {
      const k = cellIn(scan, pos, c.col);
      const found = k < 0 ? undefined : { start: scan.cells.start[k], end: scan.cells.end[k], ...details(xml.slice(scan.cells.start[k], scan.cells.end[k])) };
      if ((found?.hasFormula ?? false) !== (c.formula !== null)) formulaCellsChanged = true;
      const text = cellXml(P, address(r, c.col), styleFor(c, found?.style ?? null, rowStyle), c, shared.get(c) ?? null);
      if (found) {
        if (found.masterOf !== null) overwrittenMasters.add(found.masterOf);
        edits.push({ start: found.start, end: found.end, text });
      } else {
        inserts.push({ at: insertionPoint(scan, pos, c.col), text });
      }
    }
    if (pos.selfClosing) {
      const open = rowTag.replace(/\s*\/>$/, '>');
      edits.push({ start: pos.start, end: pos.end, text: `${open}${inserts.map((x) => x.text).join('')}</${P}row>` });
    } else for (const x of inserts) edits.push({ start: x.at, end: x.at, text: x.text });
  }

  // Clones of a master the plan overwrote would point at nothing: each gets its own formula text.
  for (const cl of scan.clones) {
    if (!overwrittenMasters.has(cl.si) || byCell.has(`${cl.row},${cl.col}`)) continue;
    const m = scan.masters.get(cl.si);
    if (!m) continue;
    edits.push({ start: cl.start, end: cl.end, text: ownFormula(xml.slice(cl.start, cl.end), m.at(cl.row, cl.col)) });
  }

  const sd = scan.sheetData;
  if (sd?.selfClosing && emptySheetRows.length) {
    edits.push({ start: sd.start, end: sd.openEnd, text: `<${P}sheetData>${emptySheetRows.join('')}</${P}sheetData>` });
  }

  const dim = dimensionEdit(xml, sd ? sd.start : xml.length, planned);
  if (dim) edits.push(dim);

  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  let at = 0;
  for (const e of edits) {
    out.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  out.push(xml.slice(at));
  return { pieces: out, formulaCellsChanged };
}

function colStyle(scan: SheetScan, col: number): string | null {
  for (const [min, max, style] of scan.colStyles) if (col >= min && col <= max && style) return String(style);
  return null;
}

/** Where a new row goes: before the first row below it, else at the end of sheetData (opening an empty one). */
function rowInsertion(scan: SheetScan, r: number, text: string): Edit {
  const rows = scan.rows;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].r > r) hi = mid;
    else lo = mid + 1;
  }
  if (lo < rows.length) return { start: rows[lo].start, end: rows[lo].start, text };
  const sd = scan.sheetData;
  if (!sd) throw new Error('worksheet without sheetData');
  return { start: sd.closeStart, end: sd.closeStart, text };
}

/**
 * Formula runs down a column (consecutive rows, each the one above filled down) stored as shared formulas with fresh
 * si numbers; a run of one is a plain formula.
 */
function sharedRuns(planned: readonly PlannedCell[], scan: SheetScan, byCell: ReadonlyMap<string, PlannedCell>): Map<PlannedCell, Shared> {
  const out = new Map<PlannedCell, Shared>();
  // An si stays taken while its master survives; a master the plan overwrites frees it (its clones get their own
  // formulas), so a refill numbers its runs as the first fill did and writes the same bytes.
  const used = new Set<string>();
  for (const [si, m] of scan.masters) if (!byCell.has(`${m.row},${m.col}`)) used.add(si);
  let free = 0;
  const nextSi = (): string => {
    while (used.has(String(free))) free++;
    return String(free++);
  };
  const byCol = new Map<number, PlannedCell[]>();
  for (const c of planned) if (c.formula !== null) (byCol.get(c.col) ?? byCol.set(c.col, []).get(c.col)!).push(c);
  for (const [col, list] of byCol) {
    const runs = new SharedFormulaRuns();
    let run: PlannedCell[] = [];
    const close = () => {
      if (run.length >= 2) {
        const si = nextSi();
        out.set(run[0], { si, ref: `${address(run[0].row, col)}:${address(run[run.length - 1].row, col)}` });
        for (const c of run.slice(1)) out.set(c, { si });
      }
      run = [];
    };
    for (const c of list) {
      if (runs.continues(c.row, col, c.formula as string) === null) close();
      run.push(c);
    }
    close();
  }
  return out;
}

import type { CellValue } from './snapshot';
import { address, parseAddress, sameValue } from './snapshot';
import type { WritePlan } from './write-plan';
import { escapeXmlAttr as esc, unescapeXml as unesc } from './xml-text';
import { colLetter, colNumber } from './snapshot';
import { ROLE_NAMES, type Role } from './roles';
import type { ColumnChoice } from './reading/layout-types';

/**
 * The workbook's memory of what the tool wrote: for each sheet, every cell a fill wrote (the formula or value it put
 * there) and what the cell held before (for 撤销). It lives inside the file as one custom XML part, so the .xlsx
 * adapter and the Excel add-in read and write the same record, and a later fill can tell its own cells (unchanged
 * since it wrote them, whatever they now compute) from cells the user has edited since.
 *
 * The XML is the whole contract between the two adapters; this module only turns it to and from plain data.
 *
 * A written formula is kept only as a hash of its canonical text: the record exists to recognise the formula, never
 * to write it again, and item formulas run to hundreds of characters, so a full copy of each would make the record of
 * a big sheet larger than one request Excel on the web accepts (5 MB), and undo would be lost. What a cell held
 * before is kept whole, since 撤销 writes it back.
 */
export const FILL_RECORD_NAMESPACE = 'urn:kaohe:fill-record:1';

export interface RecordedCell {
  row: number;
  col: number;
  /** With its leading '=', or null for a plain value (and for a written formula read back, see formulaHash). */
  formula: string | null;
  /** A written formula as read back from the record: the hash of its canonical text (formulaHashOf). */
  formulaHash?: string;
  value: CellValue;
  /** Number format, recorded only for the cells a plan reformatted (undo puts the old one back). */
  numFmt?: string;
}

export interface SheetFillRecord {
  sheet: string;
  /** What the last fill wrote, cell by cell. */
  written: RecordedCell[];
  /** What those cells held before the first fill that wrote them: the undo plan. */
  before: RecordedCell[];
  /** The user's choice of column roles (--columns, the pane's role picker): every later fill reads the sheet so. */
  columns?: ColumnChoice[];
}

export interface FillRecord {
  sheets: SheetFillRecord[];
}

export const EMPTY_FILL_RECORD: FillRecord = { sheets: [] };

export function sheetRecord(record: FillRecord, sheet: string): SheetFillRecord | undefined {
  return record.sheets.find((s) => s.sheet === sheet);
}

/** The written cells of one sheet keyed by A1 address, as a plan's ownership check wants them. */
export function writtenCells(record: FillRecord, sheet: string): Map<string, RecordedCell> {
  const m = new Map<string, RecordedCell>();
  for (const c of sheetRecord(record, sheet)?.written ?? []) m.set(address(c.row, c.col), c);
  return m;
}

/** What the record keeps of the cells a plan writes: each as the plan writes it, its number format where it sets one. */
export function writtenCellsOf(plan: WritePlan): RecordedCell[] {
  return plan.cells.map((c) => {
    const cell: RecordedCell = { row: c.row, col: c.col, formula: c.formula, value: c.value };
    if (c.numFmt !== undefined) cell.numFmt = c.numFmt;
    return cell;
  });
}

/**
 * The record after a fill of one sheet wrote `written`, given what those cells held just before. A cell already in
 * the record keeps its original `before`, so undo goes back to the state before the tool first touched it, not to
 * the tool's own earlier output.
 */
export function recordFill(
  record: FillRecord,
  sheet: string,
  written: readonly RecordedCell[],
  beforeNow: readonly RecordedCell[],
): FillRecord {
  const old = sheetRecord(record, sheet);
  // Cells keyed by number (Excel has 16,384 columns), not by address: a big sheet records tens of thousands.
  const key = (c: RecordedCell) => c.row * 16384 + c.col;
  const oldBefore = new Map((old?.before ?? []).map((c) => [key(c), c]));
  const oldWritten = new Set((old?.written ?? []).map(key));
  const now = new Set(written.map(key));
  const before: RecordedCell[] = [];
  for (const c of beforeNow) {
    const k = key(c);
    if (!now.has(k)) continue;
    before.push(oldWritten.has(k) && oldBefore.has(k) ? (oldBefore.get(k) as RecordedCell) : c);
  }
  const next: SheetFillRecord = { sheet, written: [...written], before, ...(old?.columns ? { columns: old.columns } : {}) };
  return { sheets: [...record.sheets.filter((s) => s.sheet !== sheet), next] };
}

/** The record without one sheet's written cells (after 撤销 restored it); the user's column choice stays. */
export function forgetSheet(record: FillRecord, sheet: string): FillRecord {
  const columns = sheetRecord(record, sheet)?.columns;
  const rest = record.sheets.filter((s) => s.sheet !== sheet);
  // First, not last: the record's last sheet is the one 撤销 undoes next.
  return { sheets: columns ? [{ sheet, written: [], before: [], columns }, ...rest] : rest };
}

/** The column roles the user chose for a sheet; empty when none. */
export function columnChoice(record: FillRecord, sheet: string): ColumnChoice[] {
  return sheetRecord(record, sheet)?.columns ?? [];
}

/** The record with the user's column choice for one sheet (an empty choice forgets it). */
export function chooseColumns(record: FillRecord, sheet: string, columns: readonly ColumnChoice[]): FillRecord {
  const old = sheetRecord(record, sheet);
  const { columns: _old, ...rest } = old ?? { sheet, written: [], before: [] };
  const next: SheetFillRecord = columns.length > 0 ? { ...rest, columns: [...columns] } : rest;
  // In its place: the record's last sheet is the one 撤销 undoes next, and choosing columns fills nothing.
  if (old) return { sheets: record.sheets.map((s) => (s === old ? next : s)) };
  return { sheets: [next, ...record.sheets] };
}


/** Excel may hand a formula back with other spacing or letter case outside its strings; that is the same formula. */
export function canonicalFormula(f: string): string {
  return f
    .replace(/^=/, '')
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, '').toUpperCase()))
    .join('"');
}

/**
 * 53 bits of cyrb53 over the canonical text, in base 36: enough to tell one cell's formula from another's. The text
 * is canonicalised as it is hashed, with no copy of it made, since a big sheet hashes tens of megabytes of formulas.
 */
export function formulaHashOf(formula: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const mix = (ch: number): void => {
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  };
  let quoted = false;
  for (let i = formula.startsWith('=') ? 1 : 0; i < formula.length; i++) {
    const ch = formula.charCodeAt(i);
    if (ch === 34) {
      quoted = !quoted;
      mix(ch);
    } else if (quoted) mix(ch);
    else if (ch >= 97 && ch <= 122) mix(ch - 32);
    else if (ch < 128) {
      if (ch !== 32 && (ch < 9 || ch > 13)) mix(ch);
    } else {
      const c = formula[i];
      if (/\s/.test(c)) continue;
      const up = c.toUpperCase();
      for (let k = 0; k < up.length; k++) mix(up.charCodeAt(k));
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Does a cell holding this formula (or, with none, this value) still hold what the record says? A recorded formula
 * matches whatever it now computes; a recorded plain value matches only that value.
 */
export function holdsRecorded(formula: string | null, value: CellValue, rec: RecordedCell): boolean {
  if (rec.formulaHash !== undefined) return formula !== null && formulaHashOf(formula) === rec.formulaHash;
  if (rec.formula !== null) return formula !== null && canonicalFormula(formula) === canonicalFormula(rec.formula);
  return formula === null && sameValue(value, rec.value);
}

function cellXml(tag: 'w' | 'b', c: RecordedCell): string {
  let a = `<${tag} r="${address(c.row, c.col)}"`;
  const hash = tag === 'w' ? (c.formula !== null ? formulaHashOf(c.formula) : c.formulaHash) : undefined;
  if (hash !== undefined) return `${a} fh="${hash}" t="z"/>`;
  if (c.formula !== null) a += ` f="${esc(c.formula)}"`;
  const v = c.value;
  if (v === null) a += ' t="z"';
  else if (typeof v === 'number') a += ` t="n" v="${String(v)}"`;
  else if (typeof v === 'boolean') a += ` t="b" v="${v ? 1 : 0}"`;
  else a += ` t="s" v="${esc(v)}"`;
  if (c.numFmt !== undefined) a += ` nf="${esc(c.numFmt)}"`;
  return `${a}/>`;
}

/** The record as the text of a custom XML part. */
export function encodeFillRecord(record: FillRecord): string {
  const parts = [`<?xml version="1.0" encoding="UTF-8"?>`, `<kaohe xmlns="${FILL_RECORD_NAMESPACE}">`];
  for (const s of record.sheets) {
    parts.push(`<sheet name="${esc(s.sheet)}">`);
    for (const c of s.written) parts.push(cellXml('w', c));
    for (const c of s.before) parts.push(cellXml('b', c));
    for (const c of s.columns ?? []) parts.push(`<c col="${colLetter(c.col)}" role="${c.role ?? ''}"/>`);
    parts.push('</sheet>');
  }
  parts.push('</kaohe>');
  return parts.join('');
}

function attrs(tag: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const a of tag.matchAll(/([A-Za-z]+)="([^"]*)"/g)) m.set(a[1], unesc(a[2]));
  return m;
}

function cellOf(a: Map<string, string>): RecordedCell | null {
  const at = parseAddress(a.get('r') ?? '');
  if (!at) return null;
  const t = a.get('t');
  const raw = a.get('v') ?? '';
  let value: CellValue;
  if (t === 'z') value = null;
  else if (t === 'n') {
    value = Number(raw);
    if (!Number.isFinite(value)) return null;
  } else if (t === 'b') value = raw === '1';
  else if (t === 's') value = raw;
  else return null;
  const c: RecordedCell = { row: at.row, col: at.col, formula: a.has('f') ? (a.get('f') as string) : null, value };
  if (a.has('fh')) c.formulaHash = a.get('fh') as string;
  if (a.has('nf')) c.numFmt = a.get('nf') as string;
  return c;
}

function choiceOf(a: Map<string, string>): ColumnChoice | null {
  const letters = a.get('col') ?? '';
  const role = a.get('role') ?? '';
  if (!/^[A-Z]{1,3}$/.test(letters) || (role !== '' && !(role in ROLE_NAMES))) return null;
  return { col: colNumber(letters), role: role === '' ? null : (role as Role) };
}

/**
 * The record back from a custom XML part's text: null when the text is not ours (another part, another namespace),
 * 'damaged' when it is ours but cannot be read whole, in which case a fill treats every cell as it would without a
 * record and undo says it cannot.
 */
export function decodeFillRecord(xml: string): FillRecord | null | 'damaged' {
  if (!xml.includes(FILL_RECORD_NAMESPACE)) return null;
  const body = /<kaohe\b[^>]*>([\s\S]*)<\/kaohe>/.exec(xml);
  if (!body) return 'damaged';
  const sheets: SheetFillRecord[] = [];
  const sheetRe = /<sheet\b([^>]*)>([\s\S]*?)<\/sheet>|<sheet\b([^>]*)\/>/g;
  for (const m of body[1].matchAll(sheetRe)) {
    const name = attrs(m[1] ?? m[3] ?? '').get('name');
    if (name === undefined) return 'damaged';
    const rec: SheetFillRecord = { sheet: name, written: [], before: [] };
    for (const c of (m[2] ?? '').matchAll(/<([wb])\b([^>]*?)\/>/g)) {
      const cell = cellOf(attrs(c[2]));
      if (!cell) return 'damaged';
      (c[1] === 'w' ? rec.written : rec.before).push(cell);
    }
    for (const c of (m[2] ?? '').matchAll(/<c\b([^>]*?)\/>/g)) {
      const choice = choiceOf(attrs(c[1]));
      if (!choice) return 'damaged';
      (rec.columns ??= []).push(choice);
    }
    sheets.push(rec);
  }
  return { sheets };
}

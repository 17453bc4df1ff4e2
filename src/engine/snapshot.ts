/**
 * The plain sheet an adapter hands the engine. Row and column numbers are 1-based worksheet numbers, and
 * values[r - 1][c - 1] is the cell at row r, column c (the grid always starts at A1 so that numbers in warnings and
 * write plans are the ones the user sees). Rows may be ragged or missing; a missing cell is empty.
 */
export type CellValue = string | number | boolean | null;

export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * What a cell's value does not say by itself, where an adapter knows it:
 * - 'error': the cell shows a spreadsheet error; its value is the error's text ('#DIV/0!', '#N/A', …);
 * - 'date': the value is a date or time serial number (the cell's number format is a date or time format);
 * - 'uncomputed': the cell holds a formula saved without a result (as scripts write them); its value is null;
 * - 'damaged': the file's record of the cell cannot be read (a shared-string index the table lacks, text where a
 *   number belongs); its value is null, and the sheet is never reported complete.
 */
export type CellFlag = 'error' | 'date' | 'uncomputed' | 'damaged';

export interface SheetSnapshot {
  name: string;
  values: CellValue[][];
  /** Formula text with its leading '=', where the cell holds one; null or missing elsewhere. */
  formulas: (string | null)[][];
  merges: MergedArea[];
  /** Flags beside values, same shape; missing rows or cells mean a plain value. */
  flags?: (CellFlag | null)[][];
}

export function valueAt(s: SheetSnapshot, row: number, col: number): CellValue {
  const r = s.values[row - 1];
  if (!r) return null;
  const v = r[col - 1];
  return v === undefined ? null : v;
}

export function formulaAt(s: SheetSnapshot, row: number, col: number): string | null {
  const r = s.formulas[row - 1];
  if (!r) return null;
  return r[col - 1] ?? null;
}

export function flagAt(s: SheetSnapshot, row: number, col: number): CellFlag | null {
  return s.flags?.[row - 1]?.[col - 1] ?? null;
}

export function textAt(s: SheetSnapshot, row: number, col: number): string {
  const v = valueAt(s, row, col);
  return v === null ? '' : String(v).trim();
}

export function rowCount(s: SheetSnapshot): number {
  return s.values.length;
}

/**
 * One past the last column the row holds a value in (0 for an empty or missing row). A pass across a row stops here
 * rather than at the sheet's widest row: one cell at XFD40 must not make every row 16,384 cells wide.
 */
export function rowEnd(s: SheetSnapshot, row: number): number {
  return s.values[row - 1]?.length ?? 0;
}

export function colCount(s: SheetSnapshot): number {
  let n = 0;
  for (const r of s.values) if (r && r.length > n) n = r.length;
  return n;
}

export function isEmpty(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** Two readings of a cell say the same: both empty, numbers equal but for float noise, or the same text/flag. */
export function sameValue(a: CellValue, b: CellValue): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

/** A → 1, Z → 26, AA → 27. */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1 → A, 27 → AA. */
export function colLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function address(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

/** Parses "B12" into {row: 12, col: 2}; null when it is not a plain A1 address. */
export function parseAddress(a: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a.trim());
  return m ? { row: Number(m[2]), col: colNumber(m[1]) } : null;
}

/** Every cell flagged 'damaged', in row order: a pass over the flags the sheet holds, not over its grid. */
export function damagedCells(s: SheetSnapshot): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  s.flags?.forEach((line, i) => line?.forEach((f, j) => f === 'damaged' && out.push({ row: i + 1, col: j + 1 })));
  return out;
}

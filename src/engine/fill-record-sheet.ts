import { decodeFillRecord, encodeFillRecord, type FillRecord } from './fill-record';

/**
 * Where the fill record lives: a very hidden worksheet, its text in column A. Chosen by saving real files
 * (docs/xlsx-patcher.md, "Where the record lives"): openpyxl and exceljs drop custom XML parts (the record's old
 * home) and docProps/custom.xml, exceljs drops a defined name holding text, and every one of them, LibreOffice and
 * Excel keep a very hidden sheet and the text of its cells (LibreOffice only makes it hidden). Both adapters read
 * and write the same sheet: the .xlsx patcher (src/xlsx/fill-record-sheet.ts) and the add-in
 * (src/excel/fill-record-store.ts).
 */
export const RECORD_SHEET = '考核评分助手填写记录';

/** Text per cell, below Excel's 32,767 characters a cell holds. */
export const RECORD_CELL_CHARS = 30000;

/**
 * The record's text cut into cells of at most RECORD_CELL_CHARS, each cut after a tag where there is one in reach,
 * and never inside a surrogate pair. Empty for an empty record: nothing to keep.
 */
export function recordCells(record: FillRecord): string[] {
  if (record.sheets.length === 0) return [];
  const text = encodeFillRecord(record);
  const cells: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + RECORD_CELL_CHARS);
    if (end < text.length) {
      const tag = text.lastIndexOf('>', end - 1);
      if (tag > at) end = tag + 1;
      else if (/[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    }
    cells.push(text.slice(at, end));
    at = end;
  }
  return cells;
}

/**
 * The record back from column A's texts in row order: null when there is nothing of ours, 'damaged' when the text is
 * ours but cannot be read whole (a cell edited or lost), as decodeFillRecord says.
 */
export function recordFromCells(texts: readonly string[]): FillRecord | null | 'damaged' {
  if (texts.length === 0) return null;
  return decodeFillRecord(texts.join(''));
}

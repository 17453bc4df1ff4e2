import type { FillRecord } from '../../src/engine/fill-record';
import { RECORD_SHEET, recordFromCells } from '../../src/engine/fill-record-sheet';
import type { FakeWorkbook, Sheet } from './fake-office';

/** The fake workbook's fill record sheet, if the add-in made one. */
export const recordSheetOf = (excel: FakeWorkbook): Sheet | undefined => excel.sheet(RECORD_SHEET);

/** The record as the add-in left it in its sheet (column A, read the fake's own way); null when there is none. */
export function storedRecord(excel: FakeWorkbook): FillRecord | 'damaged' | null {
  if (!recordSheetOf(excel)) return null;
  const texts: string[] = [];
  for (let row = 1; ; row++) {
    const v = excel.read(RECORD_SHEET, row, 1).value;
    if (typeof v !== 'string') break;
    texts.push(v);
  }
  return recordFromCells(texts);
}

/** The names of the sheets the record holds, or its state when it holds none. */
export function recordedSheets(excel: FakeWorkbook): string[] | 'damaged' | null {
  const r = storedRecord(excel);
  return r === null || r === 'damaged' ? r : r.sheets.map((s) => s.sheet);
}

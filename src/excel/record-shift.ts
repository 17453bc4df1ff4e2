import type { FillRecord, RecordedCell } from '../engine/fill-record';

/** The fill record after `n` whole columns were inserted before column `at` of one sheet: its cells move with them. */
export function shiftColumns(record: FillRecord, sheet: string, at: number, n: number): FillRecord {
  const move = (c: RecordedCell): RecordedCell => (c.col >= at ? { ...c, col: c.col + n } : c);
  return {
    sheets: record.sheets.map((s) => (s.sheet === sheet ? { ...s, written: s.written.map(move), before: s.before.map(move) } : s)),
  };
}

import { holdsRecorded, type RecordedCell, type SheetFillRecord } from '../engine/fill-record';
import { address, formulaAt, valueAt, type SheetSnapshot } from '../engine/snapshot';

/**
 * Which of a fill's cells 撤销 may put back. Only a cell that still holds exactly what the fill wrote there is the
 * tool's to restore; any other (edited since, or moved by inserting, deleting or sorting rows) is left as it is and
 * named. When no written cell holds what was written and every one holds what it held before, the fill has been
 * undone already — by Excel's own 撤消 (Ctrl+Z) — and there is nothing to do but forget the record.
 */
export interface UndoCheck {
  /** The before-state of the cells still holding what the fill wrote: the plan 撤销 writes. */
  restore: RecordedCell[];
  /** Written cells that now hold something else than either what was written or what was there before. */
  changed: RecordedCell[];
  alreadyUndone: boolean;
}

export function checkUndo(record: SheetFillRecord, now: SheetSnapshot): UndoCheck {
  const before = new Map(record.before.map((c) => [address(c.row, c.col), c]));
  const restore: RecordedCell[] = [];
  const changed: RecordedCell[] = [];
  let atBefore = 0;
  for (const w of record.written) {
    const b = before.get(address(w.row, w.col)) ?? { row: w.row, col: w.col, formula: null, value: null };
    if (holds(now, w)) restore.push(b);
    else if (holds(now, b)) atBefore++;
    else changed.push(w);
  }
  return { restore, changed, alreadyUndone: record.written.length > 0 && atBefore === record.written.length };
}

/** Whether the cell now holds the recorded formula (its result may have changed) or the recorded plain value. */
export function holds(now: SheetSnapshot, c: RecordedCell): boolean {
  return holdsRecorded(formulaAt(now, c.row, c.col), valueAt(now, c.row, c.col), c);
}

import type { RecordedCell } from '../engine/fill-record';
import type { SheetSnapshot } from '../engine/snapshot';
import { inversePlan, type WritePlan } from '../engine/write-plan';
import type { FormatReader } from './read-snapshot';

/**
 * What the fill record keeps of a plan about to be written: the cells as the plan writes them, and what they held
 * before — the engine's inverse (values and formulas from the snapshot) plus, for every cell whose format the plan
 * sets, the format the cell had (read with the cells, so it costs no request of its own).
 */
export function beforeCellsOf(plan: WritePlan, before: SheetSnapshot, numberFormat: FormatReader): RecordedCell[] {
  const inverse = inversePlan(plan, before);
  return inverse.cells.map((c, i) => (plan.cells[i].numFmt === undefined ? c : { ...c, numFmt: numberFormat(c.row, c.col) }));
}

import type { SheetSnapshot } from '../engine/snapshot';
import { inversePlan, type WritePlan } from '../engine/write-plan';

/**
 * What undo must put back for a plan: the engine's inverse (values and formulas from the snapshot) plus, for
 * every cell whose format the plan sets, the format the cell had — the snapshot does not carry formats.
 */
export function undoPlanFor(
  plan: WritePlan,
  before: SheetSnapshot,
  numberFormat: (row: number, col: number) => string,
): WritePlan {
  const inverse = inversePlan(plan, before);
  return {
    sheet: inverse.sheet,
    cells: inverse.cells.map((c, i) =>
      plan.cells[i].numFmt === undefined ? c : { ...c, numFmt: numberFormat(c.row, c.col) },
    ),
  };
}

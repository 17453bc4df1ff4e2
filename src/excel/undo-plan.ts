import type { SheetSnapshot } from '../engine/snapshot';
import { inversePlan, type WritePlan } from '../engine/write-plan';
import { parseRangeAddress, rangeAddress } from './addresses';

export type FormatReader = (row: number, col: number) => string;

/**
 * What undo must put back for a plan: the engine's inverse (values and formulas from the snapshot) plus, for
 * every cell whose format the plan sets, the format the cell had — the snapshot does not carry formats.
 */
export function undoPlanFor(plan: WritePlan, before: SheetSnapshot, numberFormat: FormatReader): WritePlan {
  const inverse = inversePlan(plan, before);
  return {
    sheet: inverse.sheet,
    cells: inverse.cells.map((c, i) =>
      plan.cells[i].numFmt === undefined ? c : { ...c, numFmt: numberFormat(c.row, c.col) },
    ),
  };
}

/**
 * Queues a read of the formats the plan is about to change — only the area of the cells it sets a format on — and
 * returns null when it sets none, as every fill plan does today: then no format is read and no round trip is spent.
 */
export function queueFormatsOf(context: Excel.RequestContext, plan: WritePlan): (() => FormatReader) | null {
  const formatted = plan.cells.filter((c) => c.numFmt !== undefined);
  if (formatted.length === 0) return null;
  const rows = formatted.map((c) => c.row);
  const cols = formatted.map((c) => c.col);
  const area = context.workbook.worksheets
    .getItem(plan.sheet)
    .getRange(rangeAddress(Math.min(...rows), Math.min(...cols), Math.max(...rows), Math.max(...cols)));
  area.load('address,numberFormat');
  return () => {
    const at = parseRangeAddress(area.address);
    return (row, col) => {
      const f = at ? area.numberFormat[row - at.top]?.[col - at.left] : undefined;
      return typeof f === 'string' ? f : 'General';
    };
  };
}

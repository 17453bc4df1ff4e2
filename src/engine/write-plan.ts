import { formulaAt, valueAt, type CellValue, type SheetSnapshot } from './snapshot';

/**
 * What an adapter writes back: each cell gets a formula (saved with its computed result, so the workbook shows the
 * numbers even before a spreadsheet program recalculates) or a plain value. Adapters apply a plan without deciding
 * anything; text values are always written as text, never turned into a formula, whatever they begin with.
 */
export interface PlannedCell {
  row: number;
  col: number;
  /** Formula with its leading '=', or null to write `value` as a plain value (null value clears the cell). */
  formula: string | null;
  /** The formula's computed result, or the value itself. */
  value: CellValue;
  /** Excel number format for the cell, where the plan sets one (0.## for scores). */
  numFmt?: string;
}

export interface WritePlan {
  sheet: string;
  cells: PlannedCell[];
}

/** The plan that puts back exactly what the given plan's cells held before, read from the snapshot taken then. */
export function inversePlan(plan: WritePlan, before: SheetSnapshot): WritePlan {
  return {
    sheet: plan.sheet,
    cells: plan.cells.map((c) => ({
      row: c.row,
      col: c.col,
      formula: formulaAt(before, c.row, c.col),
      value: valueAt(before, c.row, c.col),
    })),
  };
}

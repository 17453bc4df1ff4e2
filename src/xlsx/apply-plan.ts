import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { PlannedCell, WritePlan } from '../engine/write-plan';
import { SharedFormulaRuns } from './shared-formulas';

/**
 * Writes a plan into the worksheet without deciding anything: a formula goes in with its computed result cached
 * (so the file shows numbers before any program recalculates), a value goes in as that value — text stays text
 * whatever it begins with, because exceljs only makes formulas of { formula } objects.
 */
export function applyPlan(ws: Worksheet, plan: WritePlan): void {
  const runs = new SharedFormulaRuns();
  for (const p of plan.cells) writeCell(ws.getCell(p.row, p.col), p, runs);
}

function writeCell(cell: ExcelJS.Cell, p: PlannedCell, runs: SharedFormulaRuns): void {
  releaseSharedFormula(cell);
  if (p.formula !== null) {
    const formula = p.formula.startsWith('=') ? p.formula.slice(1) : p.formula;
    const result = p.value === null ? undefined : p.value;
    const master = runs.cloneOf(p.row, p.col, cell.address, formula);
    cell.value = master
      ? ({ sharedFormula: master, result } as ExcelJS.CellSharedFormulaValue)
      : ({ formula, result } as ExcelJS.CellFormulaValue);
  } else {
    cell.value = p.value;
  }
  if (p.numFmt !== undefined) cell.numFmt = p.numFmt;
}

/**
 * A cell that is the master of a shared formula carries the formula of every clone in its range; overwriting it
 * would leave the clones pointing at nothing (exceljs refuses to save that), so each clone gets its own formula first.
 */
function releaseSharedFormula(cell: ExcelJS.Cell): void {
  if (cell.type !== ExcelJS.ValueType.Formula) return;
  const v = cell.value as ExcelJS.CellSharedFormulaValue & { shareType?: string; ref?: string };
  if (v.shareType !== 'shared' || !v.ref) return;
  const ws = cell.worksheet;
  const [from, to = from] = v.ref.split(':');
  const a = ws.getCell(from);
  const b = ws.getCell(to);
  for (let r = Math.min(+a.row, +b.row); r <= Math.max(+a.row, +b.row); r++) {
    for (let c = Math.min(+a.col, +b.col); c <= Math.max(+a.col, +b.col); c++) {
      const clone = ws.getCell(r, c);
      if (clone === cell || clone.type !== ExcelJS.ValueType.Formula) continue;
      const cv = clone.value as { sharedFormula?: string };
      if (cv.sharedFormula !== cell.address) continue;
      clone.value = { formula: clone.formula, result: clone.result } as ExcelJS.CellFormulaValue;
    }
  }
  cell.value = { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
}

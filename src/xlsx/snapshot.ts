import type { Worksheet } from 'exceljs';
import type { CellValue, SheetSnapshot } from '../engine/snapshot';
import { readCell } from './cell-value';
import { mergesOf } from './merges';

/** The engine's view of an exceljs worksheet: values from A1 on, formulas beside them, merged areas. */
export function snapshotOf(ws: Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const vs: CellValue[] = [];
    const fs: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const { value, formula } = readCell(cell);
      if (value === null && formula === null) return;
      while (vs.length < c - 1) {
        vs.push(null);
        fs.push(null);
      }
      vs[c - 1] = value;
      fs[c - 1] = formula;
    });
    values[r - 1] = vs;
    formulas[r - 1] = fs;
  });
  // Rows exceljs never saw are holes in the arrays; the engine expects plain empty rows there.
  for (let i = 0; i < values.length; i++) {
    if (!values[i]) {
      values[i] = [];
      formulas[i] = [];
    }
  }
  return { name: ws.name, values, formulas, merges: mergesOf(ws) };
}

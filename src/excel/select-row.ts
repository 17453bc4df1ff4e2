import { colNumber } from '../engine/snapshot';
import { ok, type Result } from '../engine/result';
import { rangeAddress } from './addresses';
import { runExcel } from './run';

/** Shows the user the row a warning is about: activates its sheet and selects one cell of that row (1 sync). */
export async function selectRow(sheet: string, row: number, col: string | number = 1): Promise<Result<true>> {
  const c = typeof col === 'number' ? col : colNumber(col);
  return runExcel(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(rangeAddress(row, c, row, c)).select();
    await context.sync();
    return ok(true as const);
  });
}

import { message, type MessageCode } from '../engine/messages';
import { fail, ok, type EngineError } from '../engine/result';
import { applyPlan } from './apply-plan';
import { runExcel } from './run';
import { queueUndoClear, queueUndoLookup, queueUndoRead } from './undo-store';

export type UndoOutcome = { ok: true; message: string; cells: number; sheet: string } | { ok: false; message: string; error: EngineError };

/**
 * 撤销: two reads (does the store exist; its record and the workbook's sheet names), then one request that puts
 * the cells back and empties the store, so a second 撤销 finds nothing to undo.
 */
export async function undoLastFill(): Promise<UndoOutcome> {
  const r = await runExcel(async (context) => {
    const store = queueUndoLookup(context);
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    if (store.isNullObject) return refuse('NOTHING_TO_UNDO');
    const read = queueUndoRead(store);
    await context.sync();
    const inverse = read();
    if (inverse === null) return refuse('NOTHING_TO_UNDO');
    if (inverse === 'damaged') return refuse('UNDO_STORE_DAMAGED');
    if (!sheets.items.some((s) => s.name === inverse.sheet))
      return fail({ code: 'UNDO_SHEET_MISSING', message: message('UNDO_SHEET_MISSING', inverse.sheet) });
    // The store is emptied after the cells are back, in the same request: a failed write leaves it to retry.
    await applyPlan(context, inverse, { bytes: 200, after: queueUndoClear });
    return ok({ cells: inverse.cells.length, sheet: inverse.sheet });
  });
  if (!r.ok) return { ok: false, message: r.error.message, error: r.error };
  return { ok: true, ...r.value, message: message('UNDO_DONE', r.value.cells, r.value.sheet) };
}

function refuse(code: Extract<MessageCode, 'NOTHING_TO_UNDO' | 'UNDO_STORE_DAMAGED'>) {
  return fail({ code, message: message(code) });
}

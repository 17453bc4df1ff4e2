import { forgetSheet, sheetRecord } from '../engine/fill-record';
import { message, type MessageCode } from '../engine/messages';
import { fail, ok, type EngineError } from '../engine/result';
import { address } from '../engine/snapshot';
import { applyPlan } from './apply-plan';
import { queueRecordLookup } from './fill-record-store';
import { readCells } from './read-snapshot';
import { runExcel } from './run';
import { checkUndo } from './undo-check';

export type UndoOutcome =
  | { ok: true; message: string; cells: number; sheet: string; changed: string[]; alreadyUndone: boolean; syncs: number }
  | { ok: false; message: string; error: EngineError };

/** At most this many changed cells are named in the message; the rest are counted. */
const NAMED = 12;

/**
 * 撤销 the last fill, from the fill record: the record's lookup and the sheet names (1 request), the record's XML
 * (1), the written cells as they are now, in bands (read-snapshot.ts), then one request that puts back the cells
 * still holding what the fill wrote and forgets the sheet's record. Cells changed since are named, not touched.
 */
export async function undoLastFill(): Promise<UndoOutcome> {
  const r = await runExcel(async (context) => {
    const store = queueRecordLookup(context);
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    store.rider(context);
    await context.sync();
    let syncs = 2;
    const record = store.record();
    if (record === 'damaged') return refuse('UNDO_STORE_DAMAGED');
    // The sheet filled last is the record's last (recordFill appends it).
    const last = record.sheets[record.sheets.length - 1];
    if (!last || last.written.length === 0) return refuse('NOTHING_TO_UNDO');
    if (!sheets.items.some((s) => s.name === last.sheet))
      return fail({ code: 'UNDO_SHEET_MISSING', message: message('UNDO_SHEET_MISSING', last.sheet) });

    const rows = last.written.map((c) => c.row);
    const cols = last.written.map((c) => c.col);
    const box = { top: Math.min(...rows), left: Math.min(...cols), bottom: Math.max(...rows), right: Math.max(...cols) };
    const sheet = sheets.getItem(last.sheet);
    const now = await readCells(context, sheet, { name: last.sheet, used: box, merges: [] });
    syncs += now.stats.syncs;
    const check = checkUndo(sheetRecord(record, last.sheet) ?? last, now.snapshot);
    const next = forgetSheet(record, last.sheet);
    const plan = { sheet: last.sheet, cells: check.restore };
    syncs += plan.cells.length > 0 ? await applyPlan(context, plan, store.save(next)) : await saveOnly(context, store.save(next));
    return ok({
      cells: check.restore.length,
      sheet: last.sheet,
      changed: check.changed.map((c) => address(c.row, c.col)),
      alreadyUndone: check.alreadyUndone,
      syncs,
    });
  });
  if (!r.ok) return { ok: false, message: r.error.message, error: r.error };
  const v = r.value;
  const text = v.alreadyUndone
    ? message('UNDO_ALREADY_UNDONE', v.sheet)
    : v.changed.length > 0
      ? message('UNDO_PARTIAL', v.cells, v.sheet, named(v.changed))
      : message('UNDO_DONE', v.cells, v.sheet);
  return { ok: true, ...v, message: text };
}

async function saveOnly(context: Excel.RequestContext, save: { after?: (c: Excel.RequestContext) => void }): Promise<number> {
  save.after?.(context);
  await context.sync();
  return 1;
}

function named(cells: string[]): string {
  const shown = cells.slice(0, NAMED).join('、');
  return cells.length > NAMED ? `${shown}等${cells.length}个单元格` : shown;
}

function refuse(code: Extract<MessageCode, 'NOTHING_TO_UNDO' | 'UNDO_STORE_DAMAGED'>) {
  return fail({ code, message: message(code) });
}

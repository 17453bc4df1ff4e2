import { EMPTY_FILL_RECORD, forgetSheet, recordFill, writtenCells, writtenCellsOf } from '../engine/fill-record';
import { message } from '../engine/messages';
import { fail, ok, type EngineError } from '../engine/result';
import type { SheetReport } from '../engine/sheet-report';
import { applyPlan } from './apply-plan';
import { queueRecordLookup } from './fill-record-store';
import { readActiveSheet } from './read-active';
import { scoreSnapshot, type ScoreOptions } from './recognize';
import { runExcel } from './run';
import { beforeCellsOf } from './undo-plan';

export type FillOutcome =
  | { ok: true; message: string; report: SheetReport; cells: number; syncs: number }
  | { ok: false; message: string; error: EngineError };

/**
 * 填写得分: the active sheet is read (its outline with the fill record's lookup, then bands, the first carrying the
 * record's XML); the engine scores it, knowing from the record which cells the tool wrote before and may rewrite;
 * one request (or one a band, for a very large plan) writes the plan and the updated record together. Where the host
 * merges undo groups (ExcelApi 1.20) the whole fill is one Ctrl+Z step.
 */
export async function fillActiveSheet(opts: ScoreOptions = {}): Promise<FillOutcome> {
  const r = await runExcel(async (context) => {
    const store = queueRecordLookup(context);
    const read = await readActiveSheet(context, opts, store.rider);
    const stored = store.record();
    // A record that cannot be read is not trusted to say which cells are the tool's: the fill goes on as without one.
    const record = stored === 'damaged' ? EMPTY_FILL_RECORD : stored;
    const { snapshot, headerRow } = read;
    const written = writtenCells(record, snapshot.name);
    const scored = scoreSnapshot(snapshot, { ...opts, written }, headerRow);
    if (!scored.ok) return fail(scored.error);
    const { plan, report } = scored.value;
    // Nothing to write: keep the record as it is.
    if (plan.cells.length === 0) return ok({ report, cells: 0, syncs: read.stats.syncs, unrecorded: false });
    const next = recordFill(record, plan.sheet, writtenCellsOf(plan), beforeCellsOf(plan, snapshot, read.numberFormat));
    // A record past one request's limit cannot be saved; the sheet's old one would then lie, so it is dropped too.
    const unrecorded = !store.fits(next);
    const writes = await applyPlan(context, plan, store.save(unrecorded ? forgetSheet(record, plan.sheet) : next));
    return ok({ report, cells: plan.cells.length, syncs: read.stats.syncs + writes, unrecorded });
  }, { undoGroup: 'retry' });
  if (!r.ok) return { ok: false, message: r.error.message, error: r.error };
  const { report, cells, syncs, unrecorded } = r.value;
  const done = message('FILL_DONE', cells, report.total, report.tier, report.warnings.length);
  return { ok: true, report, cells, syncs, message: unrecorded ? `${done}；${message('FILL_UNRECORDED')}` : done };
}

import { message } from '../engine/messages';
import { fail, ok, type EngineError } from '../engine/result';
import type { SheetReport } from '../engine/sheet-report';
import { applyPlan } from './apply-plan';
import { readActiveSheet } from './read-active';
import { scoreSnapshot, type ScoreOptions } from './recognize';
import { runExcel } from './run';
import { queueFormatsOf, undoPlanFor } from './undo-plan';
import { queueUndoLookup, undoRecordWriter } from './undo-store';

export type FillOutcome =
  | { ok: true; message: string; report: SheetReport; cells: number }
  | { ok: false; message: string; error: EngineError };

/**
 * 填写得分: one request reads the active sheet (and whether an undo store exists), the engine scores it, one
 * request writes the plan together with the undo record of exactly what those cells held before. Formats are read
 * only for a plan that sets them, in a second read.
 */
export async function fillActiveSheet(opts: ScoreOptions = {}): Promise<FillOutcome> {
  const r = await runExcel(async (context) => {
    const store = queueUndoLookup(context);
    const { snapshot, headerRow } = await readActiveSheet(context, opts);
    const scored = scoreSnapshot(snapshot, opts, headerRow);
    if (!scored.ok) return fail(scored.error);
    const { plan, report } = scored.value;
    // Nothing to write: keep the previous undo record rather than replace it with an empty one.
    if (plan.cells.length === 0) return ok({ report, cells: 0 });
    const formats = queueFormatsOf(context, plan);
    if (formats) await context.sync(); // a second read, only for a plan that changes number formats
    const undo = undoPlanFor(plan, snapshot, formats ? formats() : () => 'General');
    await applyPlan(context, plan, undoRecordWriter(undo, !store.isNullObject));
    return ok({ report, cells: plan.cells.length });
  });
  if (!r.ok) return { ok: false, message: r.error.message, error: r.error };
  const { report, cells } = r.value;
  return {
    ok: true,
    report,
    cells,
    message: message('FILL_DONE', cells, report.total, report.tier, report.warnings.length),
  };
}

import { ok, type Result } from '../engine/result';
import type { SheetSnapshot } from '../engine/snapshot';
import type { WritePlan } from '../engine/write-plan';
import { applyPlan } from './apply-plan';
import { queueSnapshot } from './read-snapshot';
import { runExcel } from './run';

/**
 * The adapter's two plain verbs, for callers that bring their own plan (reports, the contract suite):
 * read a named or the active sheet (1 sync), apply a plan (1 sync, see applyPlan).
 */
export async function readSheet(name?: string): Promise<Result<SheetSnapshot>> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    const read = queueSnapshot(name === undefined ? sheets.getActiveWorksheet() : sheets.getItem(name));
    await context.sync();
    return ok(read());
  });
}

export async function writePlan(plan: WritePlan): Promise<Result<{ syncs: number }>> {
  return runExcel(async (context) => ok({ syncs: await applyPlan(context, plan) }));
}

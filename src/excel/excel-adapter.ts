import { ok, type Result } from '../engine/result';
import type { SheetSnapshot } from '../engine/snapshot';
import type { WritePlan } from '../engine/write-plan';
import { applyPlan } from './apply-plan';
import { queueOutline, readCells } from './read-snapshot';
import { runExcel } from './run';

/**
 * The adapter's two plain verbs, for callers that bring their own plan (reports, the contract suite): read a named
 * or the active sheet (the outline, then bands: see read-snapshot.ts), apply a plan (1 sync a band, see applyPlan).
 */
export async function readSheet(name?: string): Promise<Result<SheetSnapshot>> {
  const r = await readSheetCounted(name);
  return r.ok ? ok(r.value.snapshot) : r;
}

/** readSheet with the number of syncs it took, for the bench and the tests that hold it to a budget. */
export async function readSheetCounted(name?: string): Promise<Result<{ snapshot: SheetSnapshot; syncs: number }>> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    const sheet = name === undefined ? sheets.getActiveWorksheet() : sheets.getItem(name);
    const outline = queueOutline(sheet);
    await context.sync();
    const { snapshot, stats } = await readCells(context, sheet, outline());
    return ok({ snapshot, syncs: stats.syncs + 1 });
  });
}

export async function writePlan(plan: WritePlan): Promise<Result<{ syncs: number }>> {
  return runExcel(async (context) => ok({ syncs: await applyPlan(context, plan) }));
}

import type { WritePlan } from '../engine/write-plan';
import { SUSPEND_CALCULATION_API, supportsExcelApi } from './requirements';
import { planBatches, type WriteBlock } from './write-blocks';

/** Work that rides in the same request as a plan: queued before its first block or after its last. */
export interface Alongside {
  bytes: number;
  before?: (context: Excel.RequestContext) => void;
  after?: (context: Excel.RequestContext) => void;
}

/**
 * Writes a plan: every block queued, then one context.sync, whatever the number of rows. Only a plan whose request
 * would pass Excel on the web's 5 MB limit is sent in several requests, one per band of ≤ 5,000 rows (see
 * planBatches) — the single exception to one sync per write. Returns the number of syncs made.
 */
export async function applyPlan(context: Excel.RequestContext, plan: WritePlan, along?: Alongside): Promise<number> {
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const batches = planBatches(plan, along?.bytes ?? 0);
  const suspend = supportsExcelApi(SUSPEND_CALCULATION_API);
  for (let i = 0; i < batches.length; i++) {
    // Recalculating after each of thousands of formula writes is what makes bulk writes slow; once at the end is enough.
    if (suspend) context.workbook.application.suspendApiCalculationUntilNextSync();
    if (i === 0) along?.before?.(context);
    queueBlocks(sheet, batches[i]);
    if (i === batches.length - 1) along?.after?.(context);
    await context.sync();
  }
  return batches.length;
}

export function queueBlocks(sheet: Excel.Worksheet, blocks: readonly WriteBlock[]): void {
  for (const b of blocks) {
    const range = sheet.getRange(b.address);
    range.formulas = b.formulas;
    if (b.numberFormat) range.numberFormat = b.numberFormat;
  }
}

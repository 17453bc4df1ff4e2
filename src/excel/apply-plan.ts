import type { WritePlan } from '../engine/write-plan';
import { planBatches, type WriteBlock } from './write-blocks';

/** Work that rides in the same request as a plan: queued before its first block or after its last. */
export interface Alongside {
  bytes: number;
  before?: (context: Excel.RequestContext) => void;
  after?: (context: Excel.RequestContext) => void;
}

/** Work riding along that weighs more than this (a long fill record) goes in a request of its own, after the plan. */
const ALONGSIDE_INLINE_BYTES = 256 * 1024;

/**
 * Writes a plan: every block queued, then one context.sync, whatever the number of rows. Only a plan whose request
 * would pass Excel on the web's 5 MB limit is sent in several requests, one per band of ≤ 5,000 rows (see
 * planBatches), and work riding along that is itself large is sent after it on its own. Returns the syncs made.
 */
export async function applyPlan(context: Excel.RequestContext, plan: WritePlan, along?: Alongside): Promise<number> {
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const separate = !!along && along.bytes > ALONGSIDE_INLINE_BYTES;
  const inline = separate ? undefined : along;
  const batches = planBatches(plan, inline?.bytes ?? 0);
  for (let i = 0; i < batches.length; i++) {
    // Recalculating after each of thousands of formula writes is what makes bulk writes slow; once at the end is
    // enough (ExcelApi 1.6, within the manifest's minimum).
    context.workbook.application.suspendApiCalculationUntilNextSync();
    if (i === 0) inline?.before?.(context);
    queueBlocks(sheet, batches[i]);
    if (i === batches.length - 1) inline?.after?.(context);
    await context.sync();
  }
  if (!separate) return batches.length;
  along?.before?.(context);
  along?.after?.(context);
  await context.sync();
  return batches.length + 1;
}

function queueBlocks(sheet: Excel.Worksheet, blocks: readonly WriteBlock[]): void {
  for (const b of blocks) {
    const range = sheet.getRange(b.address);
    range.formulas = b.formulas;
    if (b.numberFormat) range.numberFormat = b.numberFormat;
  }
}

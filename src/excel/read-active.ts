import type { SheetSnapshot } from '../engine/snapshot';
import { parseRangeAddress } from './addresses';
import { queueSheetRead } from './read-snapshot';

export interface ReadOptions {
  /** 选择表格区域 mode: the header is the first row of the user's selection. */
  fromSelection?: boolean;
  headerRow?: number;
}

export interface ActiveSheet {
  snapshot: SheetSnapshot;
  headerRow: number | undefined;
  /** Number formats as read (General where the read did not ask for them). */
  numberFormat: (row: number, col: number) => string;
}

/**
 * Queues the active sheet's snapshot and, in select-a-range mode, the selection's address. Whatever the
 * caller queued before this call rides in the same request: one context.sync fetches everything.
 */
export async function readActiveSheet(
  context: Excel.RequestContext,
  opts: ReadOptions = {},
  withFormats = false,
): Promise<ActiveSheet> {
  const read = queueSheetRead(context.workbook.worksheets.getActiveWorksheet(), withFormats);
  const selection = opts.fromSelection ? context.workbook.getSelectedRange() : null;
  selection?.load('address');
  await context.sync();
  const headerRow = selection ? parseRangeAddress(selection.address)?.top : opts.headerRow;
  return { snapshot: read.snapshot(), headerRow, numberFormat: read.numberFormat };
}

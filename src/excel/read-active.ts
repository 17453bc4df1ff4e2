import type { SheetSnapshot } from '../engine/snapshot';
import { parseRangeAddress } from './addresses';
import { queueSnapshot } from './read-snapshot';

export interface ReadOptions {
  /** 选择表格区域 mode: the header is the first row of the user's selection. */
  fromSelection?: boolean;
  headerRow?: number;
}

export interface ActiveSheet {
  snapshot: SheetSnapshot;
  headerRow: number | undefined;
}

/**
 * Queues the active sheet's snapshot and, in select-a-range mode, the selection's address. Whatever the
 * caller queued before this call rides in the same request: one context.sync fetches everything.
 */
export async function readActiveSheet(context: Excel.RequestContext, opts: ReadOptions = {}): Promise<ActiveSheet> {
  const read = queueSnapshot(context.workbook.worksheets.getActiveWorksheet());
  const selection = opts.fromSelection ? context.workbook.getSelectedRange() : null;
  selection?.load('address');
  await context.sync();
  const headerRow = selection ? parseRangeAddress(selection.address)?.top : opts.headerRow;
  return { snapshot: read(), headerRow };
}

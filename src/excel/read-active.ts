import { parseRangeAddress } from './addresses';
import { queueOutline, readCells, type FirstBandRider, type SheetCells } from './read-snapshot';

export interface ReadOptions {
  /** 选择表格区域 mode: the header is the first row of the user's selection. */
  fromSelection?: boolean;
  headerRow?: number;
}

export interface ActiveSheet extends SheetCells {
  headerRow: number | undefined;
}

/**
 * Reads the active sheet: the outline (with, in select-a-range mode, the selection's address, and whatever the
 * caller queued before this call) in one request, then the cells in bands (see read-snapshot.ts). `rider` joins
 * the first band's request. The syncs spent are in stats, the outline's included.
 */
export async function readActiveSheet(
  context: Excel.RequestContext,
  opts: ReadOptions = {},
  rider?: FirstBandRider,
): Promise<ActiveSheet> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const outline = queueOutline(sheet);
  const selection = opts.fromSelection ? context.workbook.getSelectedRange() : null;
  selection?.load('address');
  await context.sync();
  const headerRow = selection ? parseRangeAddress(selection.address)?.top : opts.headerRow;
  const cells = await readCells(context, sheet, outline(), rider);
  return { ...cells, headerRow, stats: { ...cells.stats, syncs: cells.stats.syncs + 1 } };
}

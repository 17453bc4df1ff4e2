import type { WritePlan } from '../engine/write-plan';
import { UNDO_SHEET, decodeUndo, encodeUndo } from './undo-record';
import type { Alongside } from './apply-plan';
import { utf8Length } from './write-blocks';

/**
 * The very hidden sheet that holds the undo record. Whether it exists is learned in the read that precedes a fill,
 * so writing the record adds no round trip: it is queued into the fill's own request.
 */
export function queueUndoLookup(context: Excel.RequestContext): Excel.Worksheet {
  return context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
}

/** Queued before the plan's cells, so that a fill which fails half-way can still be undone. */
export function undoRecordWriter(inverse: WritePlan, storeExists: boolean): Alongside {
  const chunks = encodeUndo(inverse);
  return {
    bytes: chunks.reduce((n, c) => n + utf8Length(c) + 8, 200),
    before(context: Excel.RequestContext): void {
      const sheets = context.workbook.worksheets;
      const store = storeExists ? sheets.getItem(UNDO_SHEET) : sheets.add(UNDO_SHEET);
      if (storeExists) store.getRange().clear('Contents');
      // Very hidden: not listed under 取消隐藏, so users do not stumble on it; it still saves with the workbook.
      store.visibility = 'VeryHidden';
      store.getRange(`A1:A${chunks.length}`).values = chunks.map((c) => [c]);
    },
  };
}

export function queueUndoClear(context: Excel.RequestContext): void {
  context.workbook.worksheets.getItem(UNDO_SHEET).getRange().clear('Contents');
}

/** Second read of an undo: column A of the store (the first read learned that the store exists). */
export function queueUndoRead(store: Excel.Worksheet): () => WritePlan | null | 'damaged' {
  const used = store.getUsedRange(true);
  used.load('values');
  return () => decodeUndo(used.values.map((row) => row[0]));
}

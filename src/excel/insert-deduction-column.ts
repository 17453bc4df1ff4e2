import { isHeaderRow, mergeAt } from '../engine/header';
import { detectLayout } from '../engine/layout';
import { message } from '../engine/messages';
import { fail, ok, type EngineError } from '../engine/result';
import { colCount, colLetter, rowCount, textAt, type SheetSnapshot } from '../engine/snapshot';
import { rangeAddress } from './addresses';
import { textInput } from './cell-input';
import { readActiveSheet, type ReadOptions } from './read-active';
import { runExcel } from './run';
import { queueRecordLookup } from './fill-record-store';
import { shiftColumns } from './record-shift';

export type InsertOutcome =
  | { ok: true; message: string; column: string }
  | { ok: false; message: string; error: EngineError };

/**
 * 插入扣分列 (SCORING.md §1: a sheet without 扣分 is not guessed at, the add-in offers the column): one request reads
 * the active sheet (outline, then bands) and the engine says where 得分 is; one request inserts a whole column before it and names it 扣分.
 * Anything else — a 扣分 column already there, no 得分 column, no score sheet — changes nothing. Where the host merges
 * undo groups (ExcelApi 1.20) the insertion, its header and the record's shift are one Ctrl+Z step; the batch is never
 * run twice, since a second run would insert a second column.
 */
export async function insertDeductionColumn(opts: ReadOptions = {}): Promise<InsertOutcome> {
  const r = await runExcel(async (context) => {
    const store = queueRecordLookup(context);
    const { snapshot, headerRow } = await readActiveSheet(context, opts, store.rider);
    const found = detectLayout(snapshot, { headerRow });
    // Typed scores make the sheet direct: a 扣分 column inserted beside them would only hide them behind full marks.
    if (found.ok && found.value.kind === 'direct')
      return fail({ code: 'DEDUCTION_COLUMN_DIRECT', message: message('DEDUCTION_COLUMN_DIRECT') });
    // NO_ITEMS comes after the column checks in detectLayout: the sheet has its 扣分 column.
    if (found.ok || found.error.code === 'NO_ITEMS')
      return fail({ code: 'DEDUCTION_COLUMN_EXISTS', message: message('DEDUCTION_COLUMN_EXISTS') });
    if (found.error.code === 'MISSING_SCORE')
      return fail({ code: 'DEDUCTION_COLUMN_NO_SCORE', message: message('DEDUCTION_COLUMN_NO_SCORE') });
    const { code, row, col } = found.error;
    if (code !== 'MISSING_DEDUCTION') return fail(found.error);
    if (row === undefined || col === undefined)
      return fail({ code: 'DEDUCTION_COLUMN_NO_SCORE', message: message('DEDUCTION_COLUMN_NO_SCORE') });

    const letter = colLetter(col);
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    // A whole column, so every row of the table (and anything below it) shifts together, as Excel's own 插入 does.
    sheet.getRange(`${letter}:${letter}`).insert('Right');
    for (const { top, bottom } of headerCells(snapshot, row, col)) {
      sheet.getRange(rangeAddress(top, col, top, col)).formulas = [[textInput('扣分')]];
      if (bottom > top) sheet.getRange(rangeAddress(top, col, bottom, col)).merge();
    }
    // The fill record names cells by address: its cells right of the new column move with their columns.
    const record = store.record();
    if (record !== 'damaged' && record.sheets.some((s) => s.sheet === snapshot.name))
      store.save(shiftColumns(record, snapshot.name, col, 1)).after?.(context);
    await context.sync();
    return ok(letter);
  }, { undoGroup: 'once' });
  if (!r.ok) return { ok: false, message: r.error.message, error: r.error };
  return { ok: true, column: r.value, message: message('DEDUCTION_COLUMN_INSERTED', r.value) };
}

/**
 * The 得分 header cell, and the same header repeated where a printed page broke (seed 002 repeats it on every page;
 * in 选择表格区域 mode the chosen one may be such a repeat), each as the rows its cell spans: a 得分 merged down two rows gets a 扣分 merged the same way beside it.
 */
function headerCells(s: SheetSnapshot, row: number, col: number): { top: number; bottom: number }[] {
  const span = (r: number) => {
    const m = mergeAt(s.merges, r, col);
    return m && m.left === col && m.right === col ? { top: m.top, bottom: m.bottom } : { top: r, bottom: r };
  };
  const first = span(row);
  const label = textAt(s, first.top, col);
  const width = colCount(s);
  const repeats: { top: number; bottom: number }[] = [];
  for (let r = 1; r <= rowCount(s); r++) {
    if (r >= first.top && r <= first.bottom) continue;
    if (textAt(s, r, col) === label && isHeaderRow(s, r, width)) repeats.push(span(r));
  }
  return [first, ...repeats];
}

import { message } from '../engine/messages';
import { fail, type EngineError, type Result } from '../engine/result';
import { excelError } from './excel-error';
import { UNDO_GROUP_API, excelAvailable, supportsExcelApi } from './requirements';

/** Workbook.protection (ExcelApi 1.7) says whether the workbook's structure is protected. */
const WORKBOOK_PROTECTION_API = '1.7';

export interface RunOptions {
  /**
   * The batch's writes are one Ctrl+Z step (Excel.run's mergeUndoGroup, ExcelApi 1.20). Where the host lacks it, each
   * request that writes is its own step, as before. `retry` says the batch may run again from the start: a fill is
   * (filling twice equals filling once), so a host that refuses the group (UndoNotSupported) still gets the fill.
   */
  undoGroup?: 'once' | 'retry';
}

type Batch<T> = (context: Excel.RequestContext) => Promise<Result<T>>;

/**
 * The one way this add-in talks to Excel: the batch is awaited, and whatever it throws comes back as a Result with
 * a Chinese message, so no click handler ever sees a rejected promise. Excel's AccessDenied does not say what is
 * protected; one more small request asks, so the message names the sheet's protection or the workbook's.
 */
export async function runExcel<T>(batch: Batch<T>, opts: RunOptions = {}): Promise<Result<T>> {
  if (!excelAvailable()) return fail({ code: 'EXCEL_UNAVAILABLE', message: message('EXCEL_UNAVAILABLE') });
  const grouped = opts.undoGroup !== undefined && supportsExcelApi(UNDO_GROUP_API);
  try {
    return await (grouped ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch));
  } catch (e) {
    if (grouped && errorCode(e) === 'UndoNotSupported' && opts.undoGroup === 'retry') return runExcel(batch);
    const error = excelError(e);
    if (error.code !== 'EXCEL_SHEET_PROTECTED' && error.code !== 'EXCEL_WORKBOOK_PROTECTED') return fail(error);
    return fail((await protectionCause()) ?? error);
  }
}

function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

async function protectionCause(): Promise<EngineError | null> {
  try {
    return await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().protection;
      sheet.load('protected');
      const book = supportsExcelApi(WORKBOOK_PROTECTION_API) ? context.workbook.protection : null;
      book?.load('protected');
      await context.sync();
      if (sheet.protected) return { code: 'EXCEL_SHEET_PROTECTED', message: message('EXCEL_SHEET_PROTECTED') } as EngineError;
      if (book?.protected) return { code: 'EXCEL_WORKBOOK_PROTECTED', message: message('EXCEL_WORKBOOK_PROTECTED') } as EngineError;
      return null;
    });
  } catch {
    return null;
  }
}

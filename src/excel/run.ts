import { message } from '../engine/messages';
import { fail, type EngineError, type Result } from '../engine/result';
import { excelError } from './excel-error';
import { excelAvailable, supportsExcelApi } from './requirements';

/** Workbook.protection (ExcelApi 1.7) says whether the workbook's structure is protected. */
const WORKBOOK_PROTECTION_API = '1.7';

/**
 * The one way this add-in talks to Excel: the batch is awaited, and whatever it throws comes back as a Result with
 * a Chinese message, so no click handler ever sees a rejected promise. Excel's AccessDenied does not say what is
 * protected; one more small request asks, so the message names the sheet's protection or the workbook's.
 */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<Result<T>>): Promise<Result<T>> {
  if (!excelAvailable()) return fail({ code: 'EXCEL_UNAVAILABLE', message: message('EXCEL_UNAVAILABLE') });
  try {
    return await Excel.run(batch);
  } catch (e) {
    const error = excelError(e);
    if (error.code !== 'EXCEL_SHEET_PROTECTED' && error.code !== 'EXCEL_WORKBOOK_PROTECTED') return fail(error);
    return fail((await protectionCause()) ?? error);
  }
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

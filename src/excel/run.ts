import { message } from '../engine/messages';
import { fail, type Result } from '../engine/result';
import { excelError } from './excel-error';
import { excelAvailable } from './requirements';

/**
 * The one way this add-in talks to Excel: the batch is awaited, and whatever it throws comes back as a Result with
 * a Chinese message, so no click handler ever sees a rejected promise.
 */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<Result<T>>): Promise<Result<T>> {
  if (!excelAvailable()) return fail({ code: 'EXCEL_UNAVAILABLE', message: message('EXCEL_UNAVAILABLE') });
  try {
    return await Excel.run(batch);
  } catch (e) {
    return fail(excelError(e));
  }
}

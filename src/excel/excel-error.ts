import { message } from '../engine/messages';
import type { EngineError } from '../engine/result';

/**
 * A failed Excel.run as an engine error with a Chinese sentence. OfficeExtension.Error carries a stable `code`;
 * the common ones a user can act on get their own sentence, the rest keep Excel's own text as the reason.
 */
export function excelError(e: unknown): EngineError {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  const text = e instanceof Error ? e.message : typeof e === 'string' ? e : code || String(e);
  if (code === 'ApiNotFound') return err('EXCEL_API_MISSING', message('EXCEL_API_MISSING'));
  if (code === 'InvalidOperationInCellEditMode') return err('EXCEL_CELL_EDITING', message('EXCEL_CELL_EDITING'));
  if (/PayloadSizeLimitExceeded/.test(code)) return err('EXCEL_TOO_LARGE', message('EXCEL_TOO_LARGE'));
  // The fill record is a custom XML part and no sheet is added or hidden, so structure protection should stop
  // nothing; should a host still refuse for it, the sentence names the workbook's protection, not a sheet's.
  if ((code === 'AccessDenied' || /protect/i.test(text) || text.includes('保护')) && /workbook|structure|工作簿|结构/i.test(text))
    return err('EXCEL_WORKBOOK_PROTECTED', message('EXCEL_WORKBOOK_PROTECTED'));
  if (code === 'AccessDenied' || /protect/i.test(text) || text.includes('保护'))
    return err('EXCEL_SHEET_PROTECTED', message('EXCEL_SHEET_PROTECTED'));
  // Excel's own text is shown only when it is in Chinese (a Chinese Office says why in the user's words); an English
  // reason or a script error such as 「x is not a function」 means nothing to the clerk and stays in the console.
  if (typeof console !== 'undefined') console.warn('Excel.run failed', code, text);
  return err('EXCEL_FAILED', message('EXCEL_FAILED', /[\u4e00-\u9fff]/.test(text) ? text : ''));
}

function err(code: EngineError['code'], text: string): EngineError {
  return { code, message: text };
}

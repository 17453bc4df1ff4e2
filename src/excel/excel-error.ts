import { message } from '../engine/messages';
import type { EngineError } from '../engine/result';

/**
 * A failed Excel.run as an engine error with a Chinese sentence. OfficeExtension.Error carries a stable `code`;
 * the common ones a user can act on get their own sentence, the rest keep Excel's own text as the reason.
 */
export function excelError(e: unknown): EngineError {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  const text = e instanceof Error ? e.message : typeof e === 'string' ? e : code || String(e);
  // Older Excel (2016 without updates) lacks a method this add-in calls; getItemOrNullObject needs ExcelApi 1.4.
  if (code === 'ApiNotFound') return err('EXCEL_API_MISSING', message('EXCEL_API_MISSING', '1.4'));
  if (code === 'InvalidOperationInCellEditMode') return err('EXCEL_CELL_EDITING', message('EXCEL_CELL_EDITING'));
  if (code === 'AccessDenied' || /protect/i.test(text) || text.includes('保护'))
    return err('EXCEL_SHEET_PROTECTED', message('EXCEL_SHEET_PROTECTED'));
  return err('EXCEL_FAILED', message('EXCEL_FAILED', text || code));
}

function err(code: EngineError['code'], text: string): EngineError {
  return { code, message: text };
}

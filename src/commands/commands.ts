import { fillActiveSheet as fillSheet, generateReport as writeReport } from '../excel';
import { message } from '../engine/messages';
import { announceReport, localDate } from '../report/report-event';
import { notify } from './notify';

/**
 * Ribbon handlers. They run the same use cases as the task pane's buttons (src/excel) and never touch Excel.run
 * themselves. Every handler calls event.completed(), success or not, or Excel keeps the button spinning.
 */
export async function fillActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const outcome = await fillSheet();
    await notify({ ok: outcome.ok, message: outcome.ok ? outcome.message : message('FILL_NOTICE_FAILED', outcome.message) });
  } catch (e) {
    // fillActiveSheet reports Excel's failures as values; this is for the unexpected rest.
    const reason = e instanceof Error ? e.message : String(e);
    await notify({ ok: false, message: message('FILL_NOTICE_FAILED', reason) });
  } finally {
    event.completed();
  }
}

/** 生成报告 in one click: the report sheet with its native chart; the open task pane then offers the documents. */
export async function generateReport(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const outcome = await writeReport({ date: localDate() });
    await notify({ ok: outcome.ok, message: outcome.ok ? outcome.message : message('REPORT_NOTICE_FAILED', outcome.message) });
    if (outcome.ok) announceReport({ model: outcome.model, sheet: outcome.sheet });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    await notify({ ok: false, message: message('REPORT_NOTICE_FAILED', reason) });
  } finally {
    event.completed();
  }
}

// Outside Office (the task pane in a plain browser) there is no Office.actions; the ribbon does not exist there either.
if (typeof Office !== 'undefined' && Office.actions) {
  Office.actions.associate('fillActiveSheet', fillActiveSheet);
  Office.actions.associate('generateReport', generateReport);
}

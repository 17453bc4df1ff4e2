import { fillActiveSheet as fillSheet, generateReport as writeReport } from '../excel';
import { message, type MessageCode } from '../engine/messages';
import type { SheetReport } from '../engine/sheet-report';
import { statusOf } from '../engine/status';
import { announceReport, localDate } from '../report/report-event';
import { notify, type CommandNotice } from './notify';

/**
 * Ribbon handlers. They run the same use cases as the task pane's buttons (src/excel) and never touch Excel.run
 * themselves. Every handler calls event.completed(), success or not, or Excel keeps the button spinning.
 */
export function fillActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  return runCommand(event, 'FILL_NOTICE_FAILED', () => fillSheet());
}

/** 生成报告 in one click: the report sheet with its native chart; the open task pane then offers the documents. */
export function generateReport(event: Office.AddinCommands.Event): Promise<void> {
  return runCommand(event, 'REPORT_NOTICE_FAILED', () => writeReport({ date: localDate() }), (outcome) =>
    announceReport({ model: outcome.model, sheet: outcome.sheet }),
  );
}

/** One command's run: the use case's outcome told to the user (a failure in `failed`'s words), then `done` on success. */
async function runCommand<T extends { ok: boolean; message: string }>(
  event: Office.AddinCommands.Event,
  failed: Extract<MessageCode, 'FILL_NOTICE_FAILED' | 'REPORT_NOTICE_FAILED'>,
  work: () => Promise<T>,
  done?: (outcome: Extract<T, { ok: true }>) => void,
): Promise<void> {
  try {
    const outcome = await work();
    if (!outcome.ok) await notify({ ok: false, status: 'failed', message: message(failed, outcome.message) });
    else await notify(doneNotice(outcome));
    if (outcome.ok) done?.(outcome as Extract<T, { ok: true }>);
  } catch (e) {
    // The use cases report Excel's failures as values; this is for the unexpected rest (its text is for the console).
    console.error(e);
    await notify({ ok: false, status: 'failed', message: message(failed, message('UNEXPECTED')) });
  } finally {
    event.completed();
  }
}

/** A fill that finished with warnings or incomplete says so in words of its own, and the notice is not a quiet one. */
function doneNotice(outcome: { message: string; report?: SheetReport }): CommandNotice {
  const status = outcome.report ? statusOf(outcome.report) : 'complete';
  if (status === 'warnings') return { ok: true, status, message: message('FILL_NOTICE_WARNINGS', outcome.message) };
  if (status === 'incomplete') return { ok: true, status, message: message('FILL_NOTICE_INCOMPLETE', outcome.message) };
  return { ok: true, status, message: outcome.message };
}

// Outside Office (the task pane in a plain browser) there is no Office.actions; the ribbon does not exist there either.
if (typeof Office !== 'undefined' && Office.actions) {
  Office.actions.associate('fillActiveSheet', fillActiveSheet);
  Office.actions.associate('generateReport', generateReport);
}

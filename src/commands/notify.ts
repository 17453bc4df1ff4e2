/**
 * How a ribbon command tells the user what happened. Excel has no toast API for add-ins. The message goes, as a
 * `kaohe:command` DOM event, to the task pane, which shares this page in the shared runtime and shows it; a failure
 * (and a fill that finished with warnings or incomplete) must be seen even with the pane closed, so the pane is then opened (Office.addin.showAsTaskpane, SharedRuntime
 * 1.1). Should that be refused, a small dialog (notice.html, DialogApi 1.1) shows the message instead.
 */
export interface CommandNotice {
  ok: boolean;
  /** complete / warnings / incomplete for a command that ran; failed when it did not. */
  status: ScoreStatus | 'failed';
  message: string;
}

import type { ScoreStatus } from '../engine/status';

export const COMMAND_EVENT = 'kaohe:command';

export async function notify(notice: CommandNotice): Promise<void> {
  if (notice.ok) console.info(notice.message);
  else console.error(notice.message);
  if (typeof window !== 'undefined' && typeof CustomEvent === 'function') {
    window.dispatchEvent(new CustomEvent<CommandNotice>(COMMAND_EVENT, { detail: notice }));
  }
  // Only a clean run may pass quietly: warnings, an unfinished score and failures must be seen with the pane closed.
  if (notice.status === 'complete' || typeof Office === 'undefined') return;
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    showDialog(notice.message);
  }
}

function showDialog(text: string): void {
  const ui = Office.context?.ui;
  if (!ui || typeof ui.displayDialogAsync !== 'function' || typeof location === 'undefined') return;
  const url = new URL('notice.html', location.href);
  url.searchParams.set('m', text);
  ui.displayDialogAsync(url.href, { height: 25, width: 30, displayInIframe: true });
}

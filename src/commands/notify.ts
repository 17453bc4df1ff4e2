/**
 * How a ribbon command tells the user what happened. Excel has no toast API for add-ins, so the message goes to the
 * console and, as a `kaohe:command` DOM event, to the task pane, which shares this page in the shared runtime and can
 * show it when it is open.
 */
export interface CommandNotice {
  ok: boolean;
  message: string;
}

export const COMMAND_EVENT = 'kaohe:command';

export function notify(notice: CommandNotice): void {
  if (notice.ok) console.info(notice.message);
  else console.error(notice.message);
  if (typeof window !== 'undefined' && typeof CustomEvent === 'function') {
    window.dispatchEvent(new CustomEvent<CommandNotice>(COMMAND_EVENT, { detail: notice }));
  }
}

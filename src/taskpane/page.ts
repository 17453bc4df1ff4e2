import { message } from '../engine/messages';
import { renderError } from './view';

/**
 * The page's shared areas, the same for the pane in Excel (taskpane.ts) and the file mode (file-mode.ts): the inline
 * error, the status line, and download links.
 */
export const el = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

export function showError(error: { code?: string; message: string } | null): void {
  el('kh-error').innerHTML = renderError(error);
}

export function showStatus(text: string): void {
  el('kh-status').textContent = text;
}

/**
 * A failure no use case reported as a value (a bug, a chunk that did not load): said in Chinese with what to do,
 * status cleared; the script's own (English) text goes to the console for whoever diagnoses it.
 */
export function showUnexpected(e: unknown): void {
  console.error(e);
  showStatus('');
  showError({ message: message('UNEXPECTED') });
}

/**
 * Runs an action and gives the keyboard focus back to where it was: buttons are disabled while work runs, which
 * drops the focus to the page body, and a keyboard user would have to find their place again.
 */
export async function keepFocus(work: () => Promise<void>): Promise<void> {
  const before = document.activeElement as HTMLElement | null;
  try {
    await work();
  } finally {
    if (before && before !== document.body && document.contains(before)) before.focus();
  }
}

/** A file made in the page, offered under `name` by a link reading `label`. */
export interface Download {
  blob: Blob;
  name: string;
  label: string;
}

/** The link, styled as a button; its object URL holds the blob until the page revokes it. */
export function downloadLink({ blob, name, label }: Download): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.className = 'kh-btn';
  a.textContent = label;
  return a;
}

/**
 * How the pane in Excel hands over the report's .docx and .html. Office on Mac and iPad run the pane in WKWebView,
 * which does not download from a task pane (OfficeDev/office-js#2700, closed "by design"); Microsoft's workaround
 * is Office.context.ui.openBrowserWindow with a page of the add-in's own, where the browser can download. Ours is the
 * file mode: the same page in the system browser opens the saved workbook and offers every download. Elsewhere
 * (Windows' WebView2, Excel on the web) a blob link downloads; WebView2's known gap is PDF blobs, which we never make.
 * The 考核报告 sheet itself is in the workbook on every host.
 */
export type Delivery = 'download' | 'browser' | 'sheet-only';

/** OpenBrowserWindowApi 1.1: Office.context.ui.openBrowserWindow. */
const BROWSER_WINDOW_SET = 'OpenBrowserWindowApi';

export function reportDelivery(): Delivery {
  if (typeof Office === 'undefined') return 'download';
  const platform = String(Office.context?.platform ?? '');
  if (platform !== 'Mac' && platform !== 'iOS') return 'download';
  const req = Office.context?.requirements;
  const canOpen = !!req && typeof req.isSetSupported === 'function' && req.isSetSupported(BROWSER_WINDOW_SET, '1.1');
  return canOpen ? 'browser' : 'sheet-only';
}

/** The file mode's address: this same page, without the query Office added. */
export function fileModeUrl(): string {
  return `${location.origin}${location.pathname}`;
}

export function openFileModeInBrowser(): void {
  Office.context.ui.openBrowserWindow(fileModeUrl());
}

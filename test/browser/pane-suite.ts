import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { harness, type FakeWorkbook } from './harness';
import { tempDir } from '../helpers/temp-dir';

/**
 * A browser suite's lifetime, the same for every suite over the task pane: Chromium launched first (without it the
 * suite fails at once with how to install it, before a 20 s build), the add-in built into a scratch folder (dist/ is
 * left to others) and served on 127.0.0.1; the pages a test opened are closed after it, and all of it after the suite.
 */
export interface PaneSuite {
  context(): BrowserContext;
  origin(): string;
  /** The pane over `workbook` in the fake Excel, or with no Office at all (null); closed after the test. */
  open(workbook: FakeWorkbook | null, query?: string): Promise<{ page: Page; problems: string[] }>;
  /** A blank page of the suite's browser, closed after the test. */
  newPage(): Promise<Page>;
}

export function paneSuite(opts: {
  mode: 'production' | 'development';
  /** Names the scratch folder (kaohe-<scratch>-XXXXXX under the system's temporary folder). */
  scratch: string;
  viewport?: { width: number; height: number };
}): PaneSuite {
  let out = '';
  let server: { origin: string; close(): Promise<void> } | null = null;
  let browser: { context: BrowserContext; close(): Promise<void> } | null = null;
  const pages: Page[] = [];

  beforeAll(async () => {
    browser = await harness.launchChromium(opts.viewport ? { viewport: opts.viewport } : undefined);
    out = tempDir(opts.scratch);
    await harness.buildAddin({ mode: opts.mode, outputPath: out });
    server = await harness.serve(out);
  }, 300000);

  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  const started = () => {
    if (!browser || !server) throw new Error('浏览器或静态服务器未启动');
    return { browser, server };
  };
  return {
    context: () => started().browser.context,
    origin: () => started().server.origin,
    async open(workbook, query) {
      const { browser: b, server: s } = started();
      const opened = await harness.openTaskpane(b.context, s.origin, workbook, query);
      pages.push(opened.page);
      return opened;
    },
    async newPage() {
      const page = await started().browser.context.newPage();
      pages.push(page);
      return page;
    },
  };
}

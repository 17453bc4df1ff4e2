import type { BrowserContext, Page } from 'playwright-core';

/** scripts/taskpane-harness.js (plain JS, shared with the screenshot script) as TypeScript sees it; the fake Excel
 * in the page is test/excel/fake-office.js, the unit tests' own. */
export interface FakeCell {
  value: string | number | boolean | null;
  formula: string | null;
  numFmt: string;
}

/** window.__khFake: what the fake Excel holds, for the test to look at from outside the pane. */
export interface FakeInspect {
  readonly syncs: number;
  readonly active: string;
  readonly taskpaneShown: number;
  readonly browserWindows: string[];
  readonly undoSteps: number;
  readonly runOptions: object[];
  readonly requests: { sent: number; received: number }[];
  parts(): { namespaceUri: string; xml: string }[];
  selections: string[];
  sheetNames(): string[];
  visibility(sheet: string): string;
  cell(sheet: string, address: string): FakeCell | null;
  context(): Excel.RequestContext;
}

declare global {
  interface Window {
    __khFake: FakeInspect;
  }
}

export interface FakeWorkbook {
  active: string;
  /** Office.context.platform in the fake ('OfficeOnline' when absent). */
  platform?: string;
  /** The ExcelApi 1.x the fake reports (13 when absent). */
  apiMinor?: number;
  sheets: { name: string; rows: (string | number)[][]; merges?: string[] }[];
}

interface Harness {
  ROOT: string;
  CHROMIUM: string;
  DEMO_SHEET: string;
  DEMO_WORKBOOK: FakeWorkbook;
  buildAddin(opts: { mode?: 'production' | 'development'; outputPath: string }): Promise<string>;
  serve(dir: string): Promise<{ origin: string; close(): Promise<void> }>;
  launchChromium(opts?: {
    viewport?: { width: number; height: number };
    deviceScaleFactor?: number;
  }): Promise<{ context: BrowserContext; close(): Promise<void> }>;
  openTaskpane(context: BrowserContext, origin: string, workbook: FakeWorkbook | null, query?: string): Promise<{ page: Page; problems: string[] }>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const harness = require('../../scripts/taskpane-harness.js') as Harness;

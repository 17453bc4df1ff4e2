/** Types for fake-office.js: the one fake Excel, shared by the unit tests and the Chromium test. */
import type { CellValue, MergedArea } from '../../src/engine/snapshot';

export interface FakeCell {
  value: CellValue;
  formula: string | null;
  numFmt?: string;
  error?: boolean;
}

export class Sheet {
  name: string;
  readonly cells: Map<string, FakeCell>;
  merges: MergedArea[];
  visibility: string;
  protected: boolean;
  constructor(name: string);
  get(row: number, col: number): FakeCell | undefined;
  put(row: number, col: number, patch: Partial<FakeCell>): void;
  insertColumns(at: number, n: number): void;
  insertRows(at: number, n: number): void;
  used(valuesOnly: boolean): MergedArea;
}

export class OfficeError extends Error {
  code: string;
  constructor(code: string, message: string);
}

export type WorkbookCell = CellValue | { formula: string; value: CellValue };

export interface WorkbookDef {
  active?: string;
  sheets: { name: string; rows: WorkbookCell[][]; merges?: string[] }[];
}

export type Evaluate = (formula: string, lookup: (row: number, col: number) => CellValue) => CellValue;

export interface Reading {
  value: CellValue;
  formula: string | null;
  numFmt: string;
}

export class FakeWorkbook {
  sheets: Sheet[];
  active: string;
  selection: { sheet: string; area: MergedArea } | null;
  selections: string[];
  syncs: number;
  calculationSuspensions: number;
  apiMinor: number;
  failNextSync: Error | null;
  payloadLimit: number;
  structureProtected: boolean;
  parts: { id: string; xml: string; namespaceUri: string }[];
  requests: { sent: number; received: number }[];
  taskpaneShown: number;
  dialogs: string[];
  /** Ctrl+Z steps the writes made: one per writing sync, or one per Excel.run that merged its undo group. */
  undoSteps: number;
  /** The RunOptions each Excel.run was given ({} when none). */
  runOptions: object[];
  /** Office.context.platform ('OfficeOnline' unless a test says 'Mac', 'PC', …). */
  platform: string;
  /** Addresses Office.context.ui.openBrowserWindow was asked to open. */
  browserWindows: string[];
  /** Whether OpenBrowserWindowApi 1.1 is reported as supported. */
  openBrowserWindowApi: boolean;
  constructor(workbook?: WorkbookDef, evaluate?: Evaluate | null);
  sheet(name: string): Sheet | undefined;
  addSheet(name: string, rows?: WorkbookCell[][], merges?: string[]): Sheet;
  read(sheet: string, row: number, col: number): Reading;
  type(s: Sheet, row: number, col: number, input: unknown): void;
  context(): Excel.RequestContext;
  globals(): { Excel: typeof Excel; Office: typeof Office };
}

export function typedInput(x: unknown, numFmt?: string): { value: CellValue; formula: string | null; error?: boolean; numFmt?: string };
export function parseArea(address: string): MergedArea;
export const PAYLOAD_LIMIT: number;
export const CELL_LIMIT: number;

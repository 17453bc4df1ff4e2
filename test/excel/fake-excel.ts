import type { CellReading, FixtureCell } from '../contract/adapter-contract';
import { evaluate } from './fake-formula';
import { FakeWorkbook, OfficeError } from './fake-office';

export { OfficeError };
export type { Sheet as FakeSheet } from './fake-office';

/**
 * The fake Excel of fake-office.js (the same one the Chromium test injects into the task pane) with formulas
 * recalculated by fake-formula.ts, installed as the Excel and Office globals the add-in's code sees.
 */
export class FakeExcel extends FakeWorkbook {
  constructor() {
    super({ sheets: [] }, evaluate);
  }

  override addSheet(name: string, cells: FixtureCell[][] = [], merges: string[] = []) {
    return super.addSheet(name, cells, merges);
  }

  override read(sheet: string, row: number, col: number): CellReading & { numFmt: string } {
    return super.read(sheet, row, col);
  }

  install(): this {
    const g = globalThis as Record<string, unknown>;
    const { Excel, Office } = this.globals();
    g.Excel = Excel;
    g.Office = Office;
    return this;
  }

  static uninstall(): void {
    const g = globalThis as Record<string, unknown>;
    delete g.Excel;
    delete g.Office;
  }
}

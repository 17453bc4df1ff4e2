import type ExcelJS from 'exceljs';
import type { AdapterHarness } from '../contract/adapter-contract';
import { applyPlan, snapshotOf } from '../../src/xlsx';
import { plain } from '../../src/xlsx/cell-value';
import { reopened, workbookOf } from '../helpers/workbook';

/** The .xlsx adapter under the shared contract: an exceljs workbook in memory, saved and reopened on reload. */
export function makeXlsxHarness(): AdapterHarness {
  let wb: ExcelJS.Workbook | null = null;
  let name = '';
  const sheet = () => {
    const ws = wb?.getWorksheet(name);
    if (!ws) throw new Error('nothing loaded');
    return ws;
  };
  return {
    async load(fixture) {
      wb = workbookOf(fixture);
      name = fixture.name;
    },
    async snapshot() {
      return snapshotOf(sheet());
    },
    async apply(plan) {
      applyPlan(sheet(), plan);
    },
    async cell(row, col) {
      const c = sheet().getCell(row, col);
      const f = c.formula;
      // Read exceljs directly (not through the adapter's readCell) so the contract checks the adapter, not itself.
      const value = f ? plain(c.result) : plain(c.value);
      return { value, formula: f ? `=${f}` : null, numFmt: c.numFmt };
    },
    async reload() {
      wb = await reopened(wb!);
    },
  };
}

import type { AdapterHarness } from '../contract/adapter-contract';
import type { CellValue } from '../../src/engine/snapshot';
import type { XlsxPackage } from '../../src/xlsx';
import { exceljsOf, opened, packageOf, snapshotOf } from '../helpers/xlsx';
import { workbookOf } from '../helpers/workbook';

/** exceljs's reading of a cell value, narrowed to a plain value. */
function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'object' && Array.isArray((v as { richText?: unknown }).richText))
    return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  return null;
}

/**
 * The .xlsx patcher under the shared contract: the fixture is built by exceljs and saved, the patcher opens the
 * bytes, and each cell is checked by exceljs reading the patcher's output (an independent reader).
 */
export function makeXlsxHarness(): AdapterHarness {
  let pkg: XlsxPackage | null = null;
  let name = '';
  const current = () => {
    if (!pkg) throw new Error('nothing loaded');
    return pkg;
  };
  return {
    async load(fixture) {
      pkg = await packageOf(workbookOf(fixture));
      name = fixture.name;
    },
    async snapshot() {
      return snapshotOf(current(), name);
    },
    async apply(plan) {
      const r = current().applyPlan(plan);
      if (!r.ok) throw new Error(r.error.message);
    },
    async cell(row, col) {
      const wb = await exceljsOf(current().toBytes());
      const c = wb.getWorksheet(name)!.getCell(row, col);
      const f = c.formula;
      const value = f ? plain(c.result) : plain(c.value);
      return { value, formula: f ? `=${f}` : null, numFmt: c.numFmt };
    },
    async reload() {
      pkg = opened(current().toBytes());
    },
  };
}

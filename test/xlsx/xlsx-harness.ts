import type { AdapterHarness } from '../contract/adapter-contract';
import type { CellValue } from '../../src/engine/snapshot';
import type { XlsxPackage } from '../../src/xlsx';
import { exceljsOf, opened, packageOf, snapshotOf } from '../helpers/xlsx';
import { workbookOf } from '../helpers/workbook';
import { RECORD_SHEET } from '../../src/engine/fill-record-sheet';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';

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
    async fill({ mode }) {
      const r = scoreWorkbook(current(), { mode });
      const report = r.sheets.find((x) => x.sheet === name);
      if (!report) throw new Error(r.failures.map((f) => f.error.message).join('；'));
      pkg = opened(current().toBytes());
      return report;
    },
    async recordSheet() {
      // exceljs reads the record sheet the patcher wrote: an independent reader of its state and its cells.
      const ws = (await exceljsOf(current().toBytes())).getWorksheet(RECORD_SHEET);
      if (!ws) return null;
      const texts: string[] = [];
      ws.getColumn(1).eachCell((c) => {
        if (typeof c.value === 'string') texts.push(c.value);
      });
      return { state: ws.state as 'visible' | 'hidden' | 'veryHidden', texts };
    },
    async dropRecordSheet() {
      const wb = await exceljsOf(current().toBytes());
      wb.removeWorksheet(wb.getWorksheet(RECORD_SHEET)!.id);
      pkg = opened(new Uint8Array(await wb.xlsx.writeBuffer()));
    },
  };
}

import type { Result } from '../../src/engine/result';
import { fillActiveSheet, readSheet, writePlan } from '../../src/excel';
import { RECORD_SHEET } from '../../src/engine/fill-record-sheet';
import type { AdapterHarness } from '../contract/adapter-contract';
import { FakeExcel } from './fake-excel';

/** The Office.js adapter under the shared contract, over the fake workbook of fake-office.js (via fake-excel.ts). */
export function makeExcelHarness(): AdapterHarness & { excel: () => FakeExcel } {
  let excel = new FakeExcel();
  let name = '';
  return {
    excel: () => excel,
    async load(fixture) {
      excel = new FakeExcel();
      excel.addSheet(fixture.name, fixture.cells, fixture.merges ?? []);
      excel.install();
      name = fixture.name;
    },
    async snapshot() {
      return unwrap(await readSheet(name));
    },
    async apply(plan) {
      unwrap(await writePlan(plan));
    },
    async cell(row, col) {
      return excel.read(name, row, col);
    },
    async fill({ mode }) {
      const out = await fillActiveSheet({ mode });
      if (!out.ok) throw new Error(out.message);
      return out.report;
    },
    async recordSheet() {
      const sheet = excel.sheet(RECORD_SHEET);
      if (!sheet) return null;
      const texts: string[] = [];
      for (let row = 1; typeof excel.read(RECORD_SHEET, row, 1).value === 'string'; row++) texts.push(excel.read(RECORD_SHEET, row, 1).value as string);
      const state = sheet.visibility === 'VeryHidden' ? 'veryHidden' : sheet.visibility === 'Hidden' ? 'hidden' : 'visible';
      return { state, texts };
    },
    async dropRecordSheet() {
      excel.sheets = excel.sheets.filter((s) => s.name !== RECORD_SHEET);
    },
  };
}

export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

import type { Result } from '../../src/engine/result';
import { readSheet, writePlan } from '../../src/excel';
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
  };
}

export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

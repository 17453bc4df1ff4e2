import { describeAdapterContract } from './adapter-contract';
import { makeXlsxHarness } from '../xlsx/xlsx-harness';

describeAdapterContract('xlsx（exceljs，保存后重新打开）', makeXlsxHarness);

describeAdapterContract('xlsx（exceljs，内存中）', () => {
  const h = makeXlsxHarness();
  return { load: h.load, snapshot: h.snapshot, apply: h.apply, cell: h.cell };
});

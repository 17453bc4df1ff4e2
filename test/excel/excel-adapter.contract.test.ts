import { describeAdapterContract } from '../contract/adapter-contract';
import { makeExcelHarness } from './excel-harness';
import { FakeExcel } from './fake-excel';

afterAll(() => FakeExcel.uninstall());

describeAdapterContract('Excel（Office.js，假 Excel）', makeExcelHarness);

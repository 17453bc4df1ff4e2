import { describeAdapterContract } from './adapter-contract';
import { makeXlsxHarness } from '../xlsx/xlsx-harness';

describeAdapterContract('xlsx（包修补器，保存后重新打开）', makeXlsxHarness);

describeAdapterContract('xlsx（包修补器，同一个包中）', () => {
  const h = makeXlsxHarness();
  const { reload: _reload, ...rest } = h;
  return rest;
});

/**
 * What the running Excel offers beyond the manifest's minimum. The manifest requires SharedRuntime 1.1 (so Excel
 * 2016/2019 never load the add-in) and ExcelApi 1.6, which every host with a shared runtime has; the one API used
 * above that is Range.getMergedAreasOrNullObject (ExcelApi 1.13), missing on Excel 2021 and older Mac builds, so it
 * is asked for at run time. docs/excel-addin.md keeps the table of requirement sets and where each is checked.
 */
export const MERGED_AREAS_API = '1.13';

/** Excel.run's mergeUndoGroup: a fill written in several requests is still one Ctrl+Z step (run.ts). */
export const UNDO_GROUP_API = '1.20';

export function supportsExcelApi(version: string): boolean {
  if (typeof Office === 'undefined') return false;
  const req = Office.context?.requirements;
  return !!req && typeof req.isSetSupported === 'function' && req.isSetSupported('ExcelApi', version);
}

/** True inside an Excel host: Excel.run exists. False in a plain browser or in Node without a fake. */
export function excelAvailable(): boolean {
  return typeof Excel !== 'undefined' && typeof Excel.run === 'function';
}

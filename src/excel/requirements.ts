/**
 * Which ExcelApi sets the running Excel offers. Asked of Office.context.requirements rather than assumed, because
 * the same add-in runs in Excel 2016 (1.2–1.4), Excel 2019 and Microsoft 365 / Excel on the web (1.13+).
 */
export const MERGED_AREAS_API = '1.13';
export const SUSPEND_CALCULATION_API = '1.6';

export function supportsExcelApi(version: string): boolean {
  if (typeof Office === 'undefined') return false;
  const req = Office.context?.requirements;
  return !!req && typeof req.isSetSupported === 'function' && req.isSetSupported('ExcelApi', version);
}

/** True inside an Excel host: Excel.run exists. False in a plain browser or in Node without a mock. */
export function excelAvailable(): boolean {
  return typeof Excel !== 'undefined' && typeof Excel.run === 'function';
}

// Browser-safe: the file-system edge (node:fs) is imported from './workbook-file' by Node entry points only.
export { openXlsx, XlsxPackage, type XlsxSheet } from './package';
export type { SheetState } from './workbook-part';

export { readCell, plain, type PlainCell } from './cell-value';
export { mergesOf } from './merges';
export { snapshotOf } from './snapshot';
export { applyPlan } from './apply-plan';
export { readWorkbook, writeWorkbookAtomic, type WorkbookWriter } from './workbook-file';

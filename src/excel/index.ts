export { recognizeActiveSheet, type Recognition, type ScoreOptions } from './recognize';
export { fillActiveSheet, type FillOutcome } from './fill';
export { undoLastFill, type UndoOutcome } from './undo';
export { selectRow } from './select-row';
export { readSheet, writePlan } from './excel-adapter';
export { excelAvailable } from './requirements';
export { insertDeductionColumn, type InsertOutcome } from './insert-deduction-column';
export { generateReport, type ReportOutcome, type ReportRequest } from './report';

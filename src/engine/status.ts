import { message } from './messages';
import type { SheetReport } from './sheet-report';

/**
 * One honest status for a scored sheet, the same in the pane, the file mode, the ribbon and the reports:
 * complete (nothing to check), complete with warnings (scored, but some things deserve a look), or incomplete
 * (an entry could not be read: the total and tier are provisional until it is fixed).
 */
export type ScoreStatus = 'complete' | 'warnings' | 'incomplete';

export function statusOf(report: Pick<SheetReport, 'complete' | 'warnings'>): ScoreStatus {
  if (!report.complete) return 'incomplete';
  return report.warnings.length > 0 ? 'warnings' : 'complete';
}

/** The status as one sentence: what state the sheet is in and what to do next. */
export function statusLine(report: Pick<SheetReport, 'complete' | 'warnings' | 'kind'>): string {
  const s = statusOf(report);
  if (s === 'complete') return message('STATUS_COMPLETE');
  if (s === 'warnings') return message('STATUS_WARNINGS', report.warnings.length);
  return message('STATUS_INCOMPLETE', report.kind === 'direct' ? '有得分未填写或无法读取' : '有扣分无法读取');
}

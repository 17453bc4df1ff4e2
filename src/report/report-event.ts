import type { ReportModel } from './model';

/**
 * The ribbon's 生成报告 writes the report sheet and hands the report to the task pane (same page, shared runtime),
 * which offers the .docx and .html when it is open.
 */
export const REPORT_EVENT = 'kaohe:report';

export interface ReportNotice {
  model: ReportModel;
  sheet: string;
}

export function announceReport(notice: ReportNotice): void {
  if (typeof window !== 'undefined' && typeof CustomEvent === 'function')
    window.dispatchEvent(new CustomEvent<ReportNotice>(REPORT_EVENT, { detail: notice }));
}

/** Today as YYYY-MM-DD in the user's own time zone, the date a report carries. */
export function localDate(d: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

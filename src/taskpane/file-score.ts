import type { FillOptions } from '../engine/fill';
import { message } from '../engine/messages';
import { fail, ok, type EngineError, type Result } from '../engine/result';
import type { SheetReport } from '../engine/sheet-report';
import { isReportSheet } from '../report/sheet-plan';
import { unitOf, type ReportUnit } from '../report/unit';
import { openXlsx } from '../xlsx/package';
import { failureText, isScoreSheetFailure, mostSpecific, scoredName, scoreWorkbook } from '../xlsx/score-workbook';

/**
 * The file mode's use case (the task pane in a plain browser, over an .xlsx the user opened): the same steps as
 * `kaohe fill` — openXlsx, scoreWorkbook, toBytes — with the bytes kept in memory for a download instead of a file
 * beside the input. No DOM here, so jest runs it as the page does.
 */
export interface FileSheet {
  report: SheetReport;
  /** FILL_DONE's sentence for the sheet, as the add-in says it after 填写得分. */
  message: string;
}

export interface ScoredFile {
  /** The download's name: in.xlsx → in.scored.xlsx, as the CLI names its output. */
  name: string;
  bytes: Uint8Array;
  sheets: FileSheet[];
  /** One line per sheet that looks like a score sheet but could not be scored (the CLI's 警告 lines). */
  notScored: string[];
  /** The scored sheets as report units, for the .docx and .html the add-in's 生成报告 offers. */
  units: ReportUnit[];
}

export type FileOptions = Pick<FillOptions, 'mode' | 'overwrite'>;

/** Scores every score sheet of the workbook `file` holds; a file that cannot be scored gives the CLI's one line. */
export function scoreFile(bytes: Uint8Array, file: string, opts: FileOptions): Result<ScoredFile> {
  const opened = openXlsx(bytes, file);
  if (!opened.ok) return opened;
  const pkg = opened.value;
  const units: ReportUnit[] = [];
  const cells = new Map<string, number>();
  const scored = scoreWorkbook(pkg, opts, {
    onFilled: ({ snapshot, layout, report, plan }) => {
      cells.set(report.sheet, plan.cells.length);
      // A report sheet the add-in wrote into this workbook is not a unit of its own report.
      if (isReportSheet(snapshot)) return;
      units.push(unitOf(report.sheet, file, snapshot, layout, report, plan));
    },
  });
  if (scored.sheets.length === 0) return fail(noScoreSheet(file, scored.failures));
  return ok({
    name: scoredName(file, pkg.extension),
    bytes: pkg.toBytes(),
    sheets: scored.sheets.map((report) => ({
      report,
      message: message('FILL_DONE', cells.get(report.sheet) ?? 0, report.total, report.tier, report.warnings.length),
    })),
    notScored: scored.failures.filter(isScoreSheetFailure).map((f) => message('SHEET_NOT_SCORED', f.sheet, f.error.message)),
    units,
  });
}

/** The reason `kaohe fill` gives for the same workbook: the most telling sheet's error, or 没有找到评分表. */
function noScoreSheet(file: string, failures: Parameters<typeof mostSpecific>[0]): EngineError {
  const worst = mostSpecific(failures);
  // Code and message only: the pane's ways out (插入扣分列 …) act on Excel, not on a file.
  if (worst && isScoreSheetFailure(worst)) return { code: worst.error.code, message: failureText(worst.error, file, worst.sheet) };
  const why = worst ? `：${worst.error.message}` : '';
  return { code: 'NO_SCORE_SHEET', message: message('NO_SCORE_SHEET', file) + why };
}

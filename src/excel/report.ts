import { RECORD_SHEET } from '../engine/fill-record-sheet';
import { fillSheet } from '../engine/fill';
import { message } from '../engine/messages';
import { fail, ok, type EngineError } from '../engine/result';
import { formulaAt, type SheetSnapshot } from '../engine/snapshot';
import type { WritePlan } from '../engine/write-plan';
import { buildReport, type ReportModel } from '../report/model';
import { isReportSheet, planReportSheet, reportSheetName, type ReportSheetPlan } from '../report/sheet-plan';
import { unitOf, type ReportUnit } from '../report/unit';
import { applyPlan } from './apply-plan';
import { queueOutline, readCells } from './read-snapshot';
import { queueReportLayout, REPORT_CHART, REPORT_LAYOUT_API } from './report-sheet';
import { supportsExcelApi } from './requirements';
import { runExcel } from './run';

export type ReportOutcome =
  | { ok: true; message: string; model: ReportModel; sheet: string }
  | { ok: false; message: string; error: EngineError };

export interface ReportRequest {
  date: string;
  dense?: boolean;
  top?: number;
}

/**
 * 生成报告 in the open workbook: one request outlines every sheet and one per sheet reads its cells, the engine scores each score sheet as it stands, and
 * one request writes 「考核报告」 (ours refreshed, a user's own sheet of that name left alone for 「考核报告(2)」).
 * A unit's total, tier or section score is a formula over its sheet only where that cell already holds the formula
 * a fill writes; a sheet not yet filled comes in as values, so the report never shows a blank cell as a zero.
 */
export async function generateReport(req: ReportRequest): Promise<ReportOutcome> {
  const r = await runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    // The fill record's sheet is the tool's own memory, not a unit.
    const outlines = sheets.items
      .filter(({ name }) => name !== RECORD_SHEET)
      .map(({ name }) => ({ name, sheet: sheets.getItem(name), outline: queueOutline(sheets.getItem(name)) }));
    await context.sync();
    const existing: { name: string; ours: boolean }[] = [];
    const units: ReportUnit[] = [];
    // One request for every sheet's outline, then each sheet's cells in as few bands as Excel's limits allow.
    for (const { name, sheet, outline } of outlines) {
      const snap = (await readCells(context, sheet, outline())).snapshot;
      const ours = isReportSheet(snap);
      existing.push({ name, ours });
      if (ours) continue;
      const f = fillSheet(snap, { mode: 'formulas' });
      if (!f.ok) continue;
      units.push(unitOf(name, '', snap, f.value.layout, f.value.report, alreadyWritten(f.value.plan, snap)));
    }
    if (units.length === 0) return fail({ code: 'NO_SCORE_SHEET', message: message('NO_SCORE_SHEET', '当前工作簿') });
    const model = buildReport(units, { date: req.date, dense: req.dense, ...(req.top ? { top: req.top } : {}) });
    const name = reportSheetName(existing);
    const plan = planReportSheet(model, (u) => u.sheet, name);
    await writeReportSheet(context, plan, existing.some((s) => s.name === name));
    return ok({ model, sheet: name });
  });
  if (!r.ok) return { ok: false, message: r.error.message, error: r.error };
  const { model, sheet } = r.value;
  return { ok: true, model, sheet, message: `已生成工作表“${sheet}”：${model.units.length}个单位的排名、分项得分与扣分明细` };
}

/** The plan's cells that the sheet already holds as the fill would write them: those a report may point at. */
function alreadyWritten(plan: WritePlan, s: SheetSnapshot): WritePlan {
  return { sheet: plan.sheet, cells: plan.cells.filter((c) => c.formula !== null && formulaAt(s, c.row, c.col) === c.formula) };
}

async function writeReportSheet(context: Excel.RequestContext, plan: ReportSheetPlan, exists: boolean): Promise<void> {
  const sheets = context.workbook.worksheets;
  const sheet = exists ? sheets.getItem(plan.sheet) : sheets.add(plan.sheet);
  if (exists) {
    // A refresh starts from an empty sheet: last time's rows, merges and chart go.
    sheet.getRange().clear('All');
    if (supportsExcelApi(REPORT_LAYOUT_API)) {
      sheet.getRange().unmerge();
      const charts = sheet.charts;
      charts.load('items/name');
      await context.sync();
      for (const c of charts.items) if (c.name === REPORT_CHART) c.delete();
    }
  }
  await applyPlan(context, { sheet: plan.sheet, cells: plan.cells }, { bytes: 0, after: () => queueReportLayout(sheet, plan) });
  sheet.activate();
  await context.sync();
}


import type { NewSheetPlan, SheetCell } from '../engine/new-sheet';
import { planUnitSheet, readAsPlanned, type PlannedUnitSheet } from '../engine/new-sheet';
import { fail, ok, type Result } from '../engine/result';
import { itemCount, type Rubric } from '../engine/rubric';
import type { MergedArea } from '../engine/snapshot';
import { parseAddress } from '../engine/snapshot';
import { buildReport } from './model';
import { planReportSheet, REPORT_SHEET, type ReportSheetPlan } from './sheet-plan';
import { unitOf } from './unit';

/**
 * `kaohe new`'s workbook, for every edge (CLI, file mode): one planned score sheet per unit and, with two or more
 * units, the live 考核报告 sheet ranking them, planned by the report's own sheet plan over each unit's fill.
 */
export interface RubricWorkbook {
  sheets: NewSheetPlan[];
  /** What `--json` lists per unit sheet. */
  summary: { sheet: string; items: number; fullMarks: number; sections: { name: string; cap: number }[] }[];
  warnings: string[];
}

/** A sheet the engine's own fill refuses (a rubric whose form it does not score) is that refusal, in one line. */
export function planRubricWorkbook(rubric: Rubric, units: readonly string[], file: string, date: string): Result<RubricWorkbook> {
  const planned: PlannedUnitSheet[] = [];
  for (const u of units) {
    const p = planUnitSheet(rubric, u);
    if (!p.ok) return fail({ ...p.error, message: `“${file}”中的细则无法生成评分表：${p.error.message}` });
    planned.push(p.value);
  }
  const warnings = [...rubric.warnings];
  if (planned[0] && !readAsPlanned(rubric, planned[0].fill))
    warnings.push('生成的评分表经计分程序读取后，项目数或满分与细则不一致，请打开评分表核对各部分与分值');
  const sheets = planned.map((p) => p.plan);
  if (planned.length >= 2) {
    const reportUnits = planned.map((p) => unitOf(p.plan.name, file, p.snapshot, p.fill.layout, p.fill.report, p.fill.plan));
    const model = buildReport(reportUnits, { date });
    model.title = `${rubric.title.trim() || '考核'}结果汇总`;
    sheets.unshift(reportSheet(planReportSheet(model, (u) => u.sheet)));
  }
  const summary = planned.map((p) => ({
    sheet: p.plan.name,
    items: itemCount(rubric),
    fullMarks: p.fill.report.fullMarks,
    sections: p.fill.report.sections.map((s) => ({ name: s.name, cap: s.cap })),
  }));
  return ok({ sheets, summary, warnings });
}

function area(a1: string): MergedArea {
  const [a, b] = a1.split(':');
  const tl = parseAddress(a) as { row: number; col: number };
  const br = parseAddress(b ?? a) as { row: number; col: number };
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}

/** The report sheet plan in the new-sheet form: its tables bordered, their header rows bold, the title large. */
function reportSheet(p: ReportSheetPlan): NewSheetPlan {
  const tables = p.tables.map((t) => ({ ...area(t.range), head: t.headerRow }));
  const cells: SheetCell[] = p.cells.map((c) => {
    const t = tables.find((x) => c.row >= x.top && c.row <= x.bottom && c.col >= x.left && c.col <= x.right);
    const style = c.row === 1 && c.col === 1 ? 'title' : !t ? 'subtitle' : c.row === t.head ? 'header' : c.formula ? 'formula' : 'center';
    return { row: c.row, col: c.col, value: c.value, formula: c.formula, ...(c.numFmt ? { numFmt: c.numFmt } : {}), style };
  });
  const taken = new Set(cells.map((c) => `${c.row}:${c.col}`));
  for (const t of tables)
    for (let r = t.top; r <= t.bottom; r++)
      for (let c = t.left; c <= t.right; c++)
        if (!taken.has(`${r}:${c}`)) cells.push({ row: r, col: c, value: null, formula: null, style: r === t.head ? 'header' : 'center' });
  return {
    name: p.sheet || REPORT_SHEET,
    cells,
    merges: p.merges.map(area),
    widths: p.widths,
    heights: { 1: 28, ...p.heights },
    validations: [],
    printRows: [p.headerRow, p.headerRow],
    landscape: true,
  };
}

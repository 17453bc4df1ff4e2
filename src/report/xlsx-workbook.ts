import ExcelJS from 'exceljs';
import type { PlannedCell } from '../engine/write-plan';
import type { SourcedUnit } from './read-units';
import type { ReportSheetPlan } from './sheet-plan';

/**
 * The workbook `kaohe report -o x.xlsx` writes: a new workbook with the report sheet first and a copy of each unit's
 * filled sheet after it, so the report's formulas point at sheets inside the same file and stay live.
 */
const MAX_SHEET_NAME = 31;

/** Sheet names for the copies: the unit's name, made legal and unique (Excel allows 31 chars, no []:*?/\). */
export function copyNames(units: readonly SourcedUnit[], reserved: readonly string[]): Map<SourcedUnit, string> {
  const used = new Set(reserved.map((n) => n.toLowerCase()));
  const out = new Map<SourcedUnit, string>();
  for (const u of units) {
    const base = u.unit.unit.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').slice(0, MAX_SHEET_NAME) || '单位';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, MAX_SHEET_NAME - String(n).length - 2)}(${n})`;
    used.add(name.toLowerCase());
    out.set(u, name);
  }
  return out;
}

/**
 * When every unit is a sheet of one workbook under its own name (the usual 一个工作簿每镇一张表), that workbook as read
 * into memory becomes the new file: its other sheets go and the report sheet goes in front, which spares copying every
 * cell. Units from several files are copied into a workbook made from nothing.
 */
export async function buildReportWorkbook(
  plan: ReportSheetPlan,
  units: readonly SourcedUnit[],
  names: ReadonlyMap<SourcedUnit, string>,
  chartPng: Uint8Array | null,
): Promise<ExcelJS.Workbook> {
  const sources = await Promise.all(units.map((u) => u.source()));
  const one = sources[0]?.workbook;
  const inPlace = !!one && sources.every((s, i) => s.workbook === one && s.name === names.get(units[i]));
  const wb = inPlace ? one : new ExcelJS.Workbook();
  if (inPlace) for (const other of wb.worksheets.filter((w) => !sources.includes(w))) wb.removeWorksheet(other.id);
  wb.creator = '考核评分助手';
  const ws = wb.addWorksheet(plan.sheet);
  // exceljs orders sheets by orderNo: the report first.
  const order = (w: ExcelJS.Worksheet) => w as unknown as { orderNo: number };
  order(ws).orderNo = Math.min(0, ...wb.worksheets.map((w) => order(w).orderNo)) - 1;
  writeReportSheet(ws, plan);
  if (chartPng) {
    const id = wb.addImage({ buffer: Buffer.from(chartPng) as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(id, { tl: { col: plan.chart.col - 1, row: plan.chart.row - 1 }, ext: { width: plan.chart.width, height: plan.chart.height } });
  }
  if (!inPlace) units.forEach((u, i) => copySheet(sources[i], wb.addWorksheet(names.get(u) as string)));
  return wb;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const FONT = '宋体';

export function writeReportSheet(ws: ExcelJS.Worksheet, plan: ReportSheetPlan): void {
  for (const c of plan.cells) writeCell(ws.getCell(c.row, c.col), c);
  plan.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [row, h] of Object.entries(plan.heights)) ws.getRow(Number(row)).height = h;
  for (const m of plan.merges) ws.mergeCells(m);
  ws.getCell('A1').font = { name: '黑体', size: 16, bold: true };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.getRow(1).height = 28;
  for (const t of plan.tables) {
    const [a, b] = t.range.split(':');
    const tl = ws.getCell(a);
    const br = ws.getCell(b);
    for (let r = Number(tl.row); r <= Number(br.row); r++)
      for (let c = Number(tl.col); c <= Number(br.col); c++) {
        const cell = ws.getCell(r, c);
        cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
        cell.font = { name: FONT, size: 11, bold: r === t.headerRow };
        cell.alignment = { vertical: 'middle', wrapText: true, horizontal: r === t.headerRow ? 'center' : undefined };
      }
  }
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${plan.headerRow}:${plan.headerRow}`,
    horizontalCentered: true,
  };
}

/** Text is assigned as a string, which exceljs always saves as text, never as a formula, whatever it begins with. */
function writeCell(cell: ExcelJS.Cell, p: PlannedCell): void {
  if (p.formula !== null) {
    cell.value = { formula: p.formula.replace(/^=/, ''), result: p.value ?? undefined } as ExcelJS.CellFormulaValue;
  } else cell.value = p.value;
  if (p.numFmt) cell.numFmt = p.numFmt;
}

/** Values, formulas (shared ones written out per cell), styles, merges, widths, heights and print setup. */
function copySheet(from: ExcelJS.Worksheet, to: ExcelJS.Worksheet): void {
  from.eachRow({ includeEmpty: true }, (row, r) => {
    const target = to.getRow(r);
    if (row.height) target.height = row.height;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const t = target.getCell(c);
      if (cell.type === ExcelJS.ValueType.Formula) {
        t.value = { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
      } else t.value = cell.value;
      // Shared, not cloned: exceljs writes styles by value into its own style table, and the source is thrown away.
      t.style = cell.style;
    });
  });
  (from.columns ?? []).forEach((col, i) => {
    if (col.width) to.getColumn(i + 1).width = col.width;
  });
  for (const m of (from.model as { merges?: string[] }).merges ?? []) to.mergeCells(m);
  to.pageSetup = { ...from.pageSetup };
}

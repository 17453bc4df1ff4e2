import { colLetter } from '../engine/snapshot';
import type { ReportSheetPlan } from '../report/sheet-plan';
import { supportsExcelApi } from './requirements';

/**
 * What a report sheet needs beyond its cells, queued on the same request: merges, column widths, borders and bold
 * headers, A4 landscape with the ranking header repeated on every page, and a native column chart over the ranking
 * table's own cells (so it moves with the formulas). Needs ExcelApi 1.9 (page layout); older Excel gets the cells.
 */
export const REPORT_CHART = '考核报告图表';
export const REPORT_LAYOUT_API = '1.9';

export function queueReportLayout(sheet: Excel.Worksheet, plan: ReportSheetPlan): void {
  if (!supportsExcelApi(REPORT_LAYOUT_API)) return;
  for (const m of plan.merges) sheet.getRange(m).merge(false);
  plan.widths.forEach((w, i) => {
    // Excel's columnWidth is in points; a character of 11-pt text is about 6 points wide. A whole-column address
    // (ExcelApi 1.1) rather than getRangeByIndexes (1.7), which not every host that passes the 1.9 check provides.
    sheet.getRange(`${colLetter(i + 1)}:${colLetter(i + 1)}`).format.columnWidth = w * 6;
  });
  for (const [row, h] of Object.entries(plan.heights)) sheet.getRange(`A${row}`).format.rowHeight = h;
  const title = sheet.getRange('A1');
  title.format.font.bold = true;
  title.format.font.size = 16;
  title.format.horizontalAlignment = 'Center';
  for (const t of plan.tables) {
    const range = sheet.getRange(t.range);
    range.format.wrapText = true;
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const)
      range.format.borders.getItem(edge).style = 'Continuous';
    const head = sheet.getRange(`${t.range.split(':')[0].replace(/\d+$/, '')}${t.headerRow}:${t.range.split(':')[1].replace(/\d+$/, '')}${t.headerRow}`);
    head.format.font.bold = true;
    head.format.horizontalAlignment = 'Center';
  }
  sheet.pageLayout.orientation = 'Landscape';
  sheet.pageLayout.paperSize = 'A4';
  sheet.pageLayout.setPrintTitleRows(`$${plan.headerRow}:$${plan.headerRow}`);
  sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };

  const chart = sheet.charts.add('ColumnClustered', sheet.getRange(plan.chartData.totals), 'Columns');
  chart.name = REPORT_CHART;
  chart.title.text = '各单位总分';
  chart.legend.visible = false;
  chart.series.getItemAt(0).setXAxisValues(sheet.getRange(plan.chartData.names));
  chart.setPosition(`A${plan.chart.row}`, `H${plan.chart.row + plan.chart.rows - 1}`);
}

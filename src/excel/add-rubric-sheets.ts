import { message } from '../engine/messages';
import type { NewSheetPlan } from '../engine/new-sheet';
import { fail, ok, type Result } from '../engine/result';
import { address } from '../engine/snapshot';
import { rangeAddress } from './addresses';
import { supportsExcelApi } from './requirements';
import { runExcel } from './run';
import { PAYLOAD_LIMIT_BYTES, planBlocks } from './write-blocks';

/**
 * 从 Word 细则新建 inside Excel: each unit's planned sheet added to the open workbook. One request reads the sheet
 * names (a unit whose name is taken is refused before anything is written); the sheets, their cells, merges,
 * widths, borders, validations and print setup are then queued and sent together — a further request only when
 * the cells of several sheets would pass Excel on the web's 5 MB request limit. Validation needs ExcelApi 1.8, the
 * layout (merges, widths, borders, page setup) 1.9 as the report sheet's does; an older Excel gets the cells and
 * formulas, which is all a fill reads.
 */
const VALIDATION_API = '1.8';
const LAYOUT_API = '1.9';

export async function addRubricSheets(sheets: readonly NewSheetPlan[]): Promise<Result<{ added: string[]; syncs: number }>> {
  return runExcel(async (context) => {
    const all = context.workbook.worksheets;
    all.load('items/name');
    await context.sync();
    let syncs = 1;
    const taken = new Set(all.items.map((s) => s.name.toLowerCase()));
    const clash = sheets.find((p) => taken.has(p.name.toLowerCase()));
    if (clash) return fail({ code: 'SHEET_EXISTS', message: message('SHEET_EXISTS', clash.name) });
    let pending = 0;
    for (const p of sheets) {
      const ws = all.add(p.name);
      const blocks = planBlocks({ sheet: p.name, cells: p.cells });
      context.workbook.application.suspendApiCalculationUntilNextSync();
      for (const b of blocks) {
        const range = ws.getRange(b.address);
        range.formulas = b.formulas;
        if (b.numberFormat) range.numberFormat = b.numberFormat;
      }
      queueLayout(ws, p);
      pending += JSON.stringify(blocks).length;
      if (pending > PAYLOAD_LIMIT_BYTES / 2) {
        await context.sync();
        syncs++;
        pending = 0;
      }
    }
    all.getItem(sheets[0].name).activate();
    await context.sync();
    return ok({ added: sheets.map((s) => s.name), syncs: syncs + 1 });
  });
}

/** The rectangle holding the table: the header row to the last bordered cell. */
function tableArea(p: NewSheetPlan): { top: number; bottom: number; right: number } {
  const inTable = p.cells.filter((c) => c.style !== 'title' && c.style !== 'subtitle' && c.style !== 'note');
  return {
    top: Math.min(...inTable.map((c) => c.row)),
    bottom: Math.max(...inTable.map((c) => c.row)),
    right: Math.max(...inTable.map((c) => c.col)),
  };
}

function queueLayout(ws: Excel.Worksheet, p: NewSheetPlan): void {
  // Merges are part of what a fill reads (the 等次 label's merge says where the tier goes): always written.
  for (const m of p.merges) ws.getRange(rangeAddress(m.top, m.left, m.bottom, m.right)).merge(false);
  if (supportsExcelApi(VALIDATION_API)) queueValidations(ws, p);
  if (!supportsExcelApi(LAYOUT_API)) return;
  const t = tableArea(p);
  const used = ws.getRange(rangeAddress(1, 1, Math.max(...p.cells.map((c) => c.row)), t.right));
  used.format.font.name = '宋体';
  used.format.font.size = 11;
  used.format.verticalAlignment = 'Center';
  used.format.wrapText = true;
  p.widths.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w * 6));
  for (const [row, h] of Object.entries(p.heights)) ws.getRange(`A${row}`).format.rowHeight = h;
  const table = ws.getRange(rangeAddress(t.top, 1, t.bottom, t.right));
  for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const)
    table.format.borders.getItem(edge).style = 'Continuous';
  const header = ws.getRange(rangeAddress(t.top, 1, t.top, t.right));
  header.format.font.bold = true;
  header.format.horizontalAlignment = 'Center';
  header.format.fill.color = '#D9E1F2';
  const title = ws.getRange('A1');
  title.format.font.bold = true;
  title.format.font.size = 16;
  title.format.horizontalAlignment = 'Center';
  for (const c of p.cells) {
    if (c.style === 'input' || c.style === 'inputText') ws.getRange(address(c.row, c.col)).format.fill.color = '#FFF2CC';
    else if (c.style === 'center' || c.style === 'formula' || c.style === 'label') ws.getRange(address(c.row, c.col)).format.horizontalAlignment = 'Center';
  }
  ws.pageLayout.orientation = p.landscape ? 'Landscape' : 'Portrait';
  ws.pageLayout.paperSize = 'A4';
  ws.pageLayout.setPrintTitleRows(`$${p.printRows[0]}:$${p.printRows[1]}`);
  ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
}

/** 扣分: a number from 0 to the item's points or 不得分 (a custom formula: a list and a range cannot combine). */
function queueValidations(ws: Excel.Worksheet, p: NewSheetPlan): void {
  for (const v of p.validations) {
    const dv = ws.getRange(address(v.row, v.col)).dataValidation;
    dv.rule = v.type === 'list' ? { list: { inCellDropDown: true, source: v.formula } } : { custom: { formula: `=${v.formula}` } };
    dv.prompt = { showPrompt: true, title: '', message: v.prompt };
    dv.errorAlert = { showAlert: true, style: 'Stop', title: '', message: v.error };
  }
}

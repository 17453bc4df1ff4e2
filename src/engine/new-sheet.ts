import { fillSheet, type FillOutcome } from './fill';
import { ok, type Result } from './result';
import { fmt } from './numbers';
import { fullMarks, sectionPoints, type Rubric, type RubricItem } from './rubric';
import { headingPoints } from './rubric-text';
import { address, type CellValue, type MergedArea, type SheetSnapshot } from './snapshot';

/**
 * One unit's new score sheet, planned from a rubric: title, the unit's line, the header, each section (its name
 * with its points, merged down) with its items and a 小计 row, the 加减分 block, 一票否决 rows, 合计 and 等次, the
 * notes (the tier note first) and the signature line. The 得分, 小计, 合计 and 等次 formulas are not composed here:
 * the sheet is handed to the engine's own fill as a snapshot, and its plan is what is written, so a later
 * `kaohe fill` of the workbook finds exactly the formulas it would write itself.
 */
export type CellStyle = 'title' | 'subtitle' | 'header' | 'text' | 'center' | 'input' | 'inputText' | 'formula' | 'label' | 'note';

export interface SheetCell {
  row: number;
  col: number;
  value: CellValue;
  formula: string | null;
  numFmt?: string;
  style: CellStyle;
}

/** A data validation on one cell: a custom formula (relative to the cell) or a list of choices. */
export interface CellValidation {
  row: number;
  col: number;
  type: 'custom' | 'list';
  /** The custom formula without '=', or the list's items joined by commas. */
  formula: string;
  prompt: string;
  error: string;
}

export interface NewSheetPlan {
  name: string;
  cells: SheetCell[];
  merges: MergedArea[];
  /** Character widths of columns A, B, … */
  widths: number[];
  heights: Record<number, number>;
  validations: CellValidation[];
  /** Rows repeated at the top of every printed page. */
  printRows: [number, number];
  landscape: boolean;
}

export interface PlannedUnitSheet {
  plan: NewSheetPlan;
  /** The sheet as the engine saw it before its fill (values only). */
  snapshot: SheetSnapshot;
  fill: FillOutcome;
}

type Key = 'section' | 'index' | 'content' | 'criteria' | 'method' | 'base' | 'basis' | 'deduction' | 'score';
const COLUMNS: { key: Key; header: string; width: number }[] = [
  { key: 'section', header: '项目', width: 14 },
  { key: 'index', header: '序号', width: 5 },
  { key: 'content', header: '考核内容', width: 34 },
  { key: 'criteria', header: '评分标准', width: 34 },
  { key: 'method', header: '考核方式', width: 12 },
  { key: 'base', header: '分值', width: 6 },
  { key: 'basis', header: '扣分依据', width: 18 },
  { key: 'deduction', header: '扣分', width: 7 },
  { key: 'score', header: '得分', width: 7 },
];

const SIGN_OFF = '考核组长(签字)：　　　　　　考核组成员(签字)：　　　　　　被考核单位负责人(签字)：　　　　　　日期：　　年　　月　　日';
const HEADER_ROW = 3;

/** 「1、严格落实…」 → 1 and 「严格落实…」: the number goes to 序号, as a sheet writes it. */
function splitIndex(text: string): { index: string; rest: string } {
  const m = /^\s*(\d+)\s*[、.．)）]\s*(?!\d)/.exec(text) ?? /^\s*[(（](\d+)[)）]\s*/.exec(text);
  return m ? { index: m[1], rest: text.slice(m[0].length) } : { index: '', rest: text };
}

/** A section's name as the sheet shows it: with its points in the text, which is where a fill reads its cap. */
function sectionLabel(name: string, cap: number | null, points: number): string {
  const stated = headingPoints(name);
  if (name === '') return cap === null ? '' : `（${fmt(points)}分）`;
  if (cap !== null && stated !== cap) return `${name}（${fmt(cap)}分）`;
  return name;
}

/** Display width of a text in a column of `width` characters: CJK characters count two. */
function linesOf(text: string, width: number): number {
  let lines = 0;
  for (const line of text.split('\n')) {
    let w = 0;
    for (const ch of line) w += /[\u0000-\u00ff]/.test(ch) ? 1 : 2;
    lines += Math.max(1, Math.ceil(w / Math.max(1, (width - 1) * 1.0)));
  }
  return lines;
}

export function planUnitSheet(rubric: Rubric, unit: string): Result<PlannedUnitSheet> {
  const hasCriteria = rubric.sections.some((s) => s.items.some((i) => i.criteria !== '')) || rubric.adjustments.some((a) => a.criteria !== '');
  const hasMethod = rubric.sections.some((s) => s.items.some((i) => i.method !== ''));
  const cols = COLUMNS.filter((c) => (c.key !== 'criteria' || hasCriteria) && (c.key !== 'method' || hasMethod));
  const col = (k: Key) => cols.findIndex((c) => c.key === k) + 1;
  const width = cols.length;

  const values: CellValue[][] = [];
  const styles = new Map<string, CellStyle>();
  const merges: MergedArea[] = [];
  const validations: CellValidation[] = [];
  const heights: Record<number, number> = {};
  const put = (row: number, c: number, value: CellValue, style: CellStyle) => {
    (values[row - 1] ??= [])[c - 1] = value;
    styles.set(address(row, c), style);
  };
  const across = (row: number, text: string, style: CellStyle, from = 1, to = width) => {
    put(row, from, text, style);
    for (let c = from + 1; c <= to; c++) put(row, c, null, style);
    if (to > from) merges.push({ top: row, left: from, bottom: row, right: to });
  };

  // A share in the title (（平时考核占30%）) belongs to the rubric's other rules; on the sheet it would read as weights.
  const title = rubric.title.replace(/[(（][^)）]*%[^)）]*[)）]/g, '').trim() || '考核评分表';
  across(1, /表$/.test(title) ? title : `${title}评分表`, 'title');
  heights[1] = 30;
  across(2, `被考核单位：${unit}　　　　考核时间：　　年　　月　　日`, 'subtitle');
  cols.forEach((c, i) => put(HEADER_ROW, i + 1, c.header, 'header'));
  heights[HEADER_ROW] = 22;

  const base = col('base');
  const deduction = col('deduction');
  const score = col('score');
  const basis = col('basis');
  const grow = (row: number, key: Key, text: string) => {
    const w = cols[col(key) - 1]?.width ?? 10;
    heights[row] = Math.max(heights[row] ?? 18, Math.min(409, 15 * linesOf(text, w) + 4));
  };
  const textRow = (row: number, item: Pick<RubricItem, 'index' | 'content' | 'criteria' | 'method'>, n: number) => {
    const split = splitIndex(item.content);
    const index = item.index || split.index || String(n);
    const content = item.index ? item.content : split.rest;
    const criteria = hasCriteria ? item.criteria : '';
    const merged = hasCriteria ? content : [content, item.criteria].filter(Boolean).join('\n');
    put(row, col('index'), index, 'center');
    put(row, col('content'), merged, 'text');
    grow(row, 'content', merged);
    if (hasCriteria) {
      put(row, col('criteria'), criteria, 'text');
      grow(row, 'criteria', criteria);
    }
    if (hasMethod) put(row, col('method'), item.method, 'center');
    put(row, basis, null, 'inputText');
  };
  const sectionCell = (top: number, bottom: number, name: string) => {
    put(top, 1, name, 'center');
    for (let r = top + 1; r <= bottom; r++) put(r, 1, null, 'center');
    if (bottom > top) merges.push({ top, left: 1, bottom, right: 1 });
  };

  let row = HEADER_ROW + 1;
  const itemRows: number[] = [];
  for (const s of rubric.sections) {
    const top = row;
    s.items.forEach((item, i) => {
      textRow(row, item, i + 1);
      put(row, base, item.points, 'center');
      put(row, deduction, null, 'input');
      put(row, score, null, 'formula');
      validations.push({
        row, col: deduction, type: 'custom',
        formula: `OR(${address(row, deduction)}="不得分",${address(row, deduction)}="全扣",AND(ISNUMBER(${address(row, deduction)}),${address(row, deduction)}>=0,${address(row, deduction)}<=${address(row, base)}))`,
        prompt: `填写扣分：0～${fmt(item.points)}分的数字，或“不得分”`,
        error: `扣分应为0到${fmt(item.points)}之间的数字，或“不得分”`,
      });
      itemRows.push(row);
      row++;
    });
    put(row, col('index'), null, 'center');
    put(row, col('content'), '小计', 'label');
    put(row, base, sectionPoints(s), 'center');
    put(row, score, null, 'formula');
    sectionCell(top, row, sectionLabel(s.name, s.cap, sectionPoints(s)));
    row++;
  }
  const special = (name: string, lines: { content: string; criteria: string; cap: number | null }[], veto: boolean) => {
    if (lines.length === 0) return;
    const top = row;
    lines.forEach((l, i) => {
      textRow(row, { index: '', content: l.content, criteria: l.criteria, method: '' }, i + 1);
      put(row, base, l.cap, 'center');
      put(row, deduction, null, 'input');
      put(row, score, null, 'center');
      const at = address(row, deduction);
      validations.push(
        veto
          ? { row, col: deduction, type: 'list', formula: '是,否', prompt: '发生该事项时填“是”', error: '请填“是”或“否”' }
          : {
            row, col: deduction, type: 'custom', formula: `ISNUMBER(${at})`,
            prompt: '填写本项加分或扣分的分值（正数），加还是扣按本行的标准', error: '请填写数字',
          },
      );
      row++;
    });
    sectionCell(top, row - 1, name);
  };
  special(rubric.blockName, rubric.adjustments, false);
  special('一票否决', rubric.vetoes.map((v) => ({ content: v, criteria: '', cap: null })), true);

  across(row, '合计', 'label', 1, base - 1);
  put(row, base, fullMarks(rubric), 'center');
  for (let c = base + 1; c < score; c++) put(row, c, null, 'center');
  put(row, score, null, 'formula');
  const totalRow = row++;
  // The label right beside the tier cell: a fill finds the tier cell to the right of 等次 with or without the merge
  // (Excel before ExcelApi 1.13 reads no merged areas).
  across(row, '', 'label', 1, score - 2);
  put(row, score - 1, '等次', 'label');
  put(row, score, null, 'formula');
  row++;
  const notes = [rubric.tierNote ?? defaultTierNote(fullMarks(rubric)), ...rubric.notes.map((n) => n.replace(/^\s*(注|说明)[:：]?\s*/, ''))];
  notes.forEach((n, i) => {
    const text = `${i === 0 ? '注：' : '　　'}${notes.length > 1 ? `${i + 1}、` : ''}${n.replace(/^\d+[、.．]\s*/, '')}`;
    across(row, text, 'note');
    heights[row] = Math.min(409, 15 * linesOf(text, cols.reduce((w, c) => w + c.width, 0)) + 4);
    row++;
  });
  across(row, SIGN_OFF, 'note');
  heights[row] = 30;

  const snapshot: SheetSnapshot = { name: unit, values: values.map((r) => r ?? []), formulas: [], merges };
  const filled = fillSheet(snapshot, { mode: 'formulas' });
  if (!filled.ok) return filled;
  const fill = filled.value;
  const cells: SheetCell[] = [];
  values.forEach((r, i) => r?.forEach((v, j) => cells.push({ row: i + 1, col: j + 1, value: v ?? null, formula: null, style: styles.get(address(i + 1, j + 1)) ?? 'text' })));
  const at = new Map(cells.map((c) => [address(c.row, c.col), c]));
  for (const p of fill.plan.cells) {
    const c = at.get(address(p.row, p.col));
    const style: CellStyle = p.row === totalRow || p.col !== score ? 'label' : 'formula';
    const planned: SheetCell = { row: p.row, col: p.col, value: p.value, formula: p.formula, ...(p.numFmt ? { numFmt: p.numFmt } : {}), style: c?.style === 'formula' ? 'formula' : style };
    if (c) Object.assign(c, planned);
    else cells.push(planned);
  }
  return ok({
    plan: { name: unit, cells, merges, widths: cols.map((c) => c.width), heights, validations, printRows: [HEADER_ROW, HEADER_ROW], landscape: true },
    snapshot,
    fill,
  });
}

/**
 * A rubric that sets no tiers gets the default bands written out as shares of its own full marks (SCORING.md §5:
 * 优秀 ≥ 90%, 良好 ≥ 80%, 合格 ≥ 60%), so the sheet's 等次 formula and every reader see the same bands, and the note
 * says they are the default.
 */
export function defaultTierNote(full: number): string {
  const at = (share: number) => fmt(Math.round(full * share * 100) / 100);
  return `细则未规定等次，按默认分档（满分的90%、80%、60%）：${at(0.9)}分以上为优秀，${at(0.8)}分以上为良好，${at(0.6)}分以上为合格，${at(0.6)}分以下为不合格`;
}

/** Whether the fill read the new sheet as it was planned: every item, section and adjustment in its place. */
export function readAsPlanned(rubric: Rubric, fill: FillOutcome): boolean {
  const items = rubric.sections.reduce((n, s) => n + s.items.length, 0);
  return (
    fill.layout.items.length === items &&
    fill.layout.sections.length === rubric.sections.length &&
    fill.layout.adjustments.length === rubric.adjustments.length &&
    fill.layout.vetoRows.length === rubric.vetoes.length &&
    Math.abs(fill.report.fullMarks - fullMarks(rubric)) < 1e-9
  );
}

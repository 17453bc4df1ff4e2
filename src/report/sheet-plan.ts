import { quotaOf } from '../engine/across-units';
import { fmt } from '../engine/numbers';
import { address, colLetter, type CellValue, type SheetSnapshot } from '../engine/snapshot';
import type { PlannedCell } from '../engine/write-plan';
import { BONUS_COLUMN, chineseDate, defaultTiersLine, partsOf, TOP_MARK, type ReportModel, type RankedUnit } from './model';
import { adjustmentLine } from './text';
import type { SectionCells } from './unit';

/**
 * The 「考核报告」 sheet as cells any adapter writes: totals, tiers, section scores and ranks are native formulas over
 * each unit's own sheet, so correcting a deduction there moves the report and the ranking in Excel, WPS and
 * LibreOffice alone; units whose sheet is not in the workbook come in as values. Every text is a plain value.
 */
export const REPORT_SHEET = '考核报告';
/** The last row of every report sheet says so; it is how a refresh knows the sheet is its own to rewrite. */
export const REPORT_MARK = '本表由考核评分助手生成，重新生成报告时整表刷新。';

/** Whether the sheet is a report this tool wrote (its mark anywhere in it): never a unit of a report, and ours to refresh. */
export function isReportSheet(s: SheetSnapshot): boolean {
  return s.values.some((row) => row?.some((v) => v === REPORT_MARK));
}
const SIGN_OFF = '考核组长(签字)：                    日期：        年    月    日';
export const YES = '是';
export const NO = '否';

export interface ReportSheetPlan {
  sheet: string;
  cells: PlannedCell[];
  merges: string[];
  /** Character widths of columns A, B, … */
  widths: number[];
  /** Row heights in points where wrapped text needs more than one line (no program sizes rows on its own here). */
  heights: Record<number, number>;
  /** Rows printed on top of every page (the ranking table's header). */
  headerRow: number;
  /** Bordered tables, as A1 ranges, with their header rows bold. */
  tables: { range: string; headerRow: number }[];
  /** Where the chart of totals goes: a rectangle of rows from `row` in column A, in pixels. */
  chart: { row: number; col: number; width: number; height: number; rows: number };
  /** The ranking table's unit names and totals, for a native chart over the sheet's own cells. */
  chartData: { names: string; totals: string };
}

/** Where, in the workbook being written, a unit's sheet is: its name there, or null when it lives in another file. */
export type LiveSheet = (u: RankedUnit) => string | null;

function sheetRef(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}

const CHART_ROWS = 20;
/** The deduction table: the unit and item, the clause of its 评分标准 that applied, the points and their evidence. */
const DETAIL_COLUMNS = ['单位', '项目', '扣分条款', '扣分', '扣分依据', '考核内容'];
const DETAIL_WIDTHS = [12, 16, 30, 8, 24, 36];

export function planReportSheet(model: ReportModel, live: LiveSheet, sheet = REPORT_SHEET): ReportSheetPlan {
  const cells: PlannedCell[] = [];
  const put = (row: number, col: number, value: CellValue, formula: string | null = null, numFmt?: string) =>
    cells.push({ row, col, value, formula, ...(numFmt ? { numFmt } : {}) });

  const grouped = model.groups.length > 1 || model.groups[0] !== '';
  const cols: string[] = ['名次', '单位'];
  if (grouped) cols.push('分组');
  const rankPoints = model.rules.rankPoints;
  if (rankPoints) cols.push(SHEET_TOTAL, RANK_POINTS);
  cols.push('总分', '等次');
  const quota = model.rules.quota;
  if (quota) cols.push(FINAL_TIER);
  cols.push('一票否决');
  if (model.topN !== null) cols.push(TOP_MARK);
  cols.push(...model.sections, BONUS_COLUMN, '备注');
  const at = (name: string) => cols.indexOf(name) + 1;
  const width = Math.max(cols.length, 6);

  put(1, 1, model.title);
  const s = model.summary;
  put(2, 1, `日期：${chineseDate(model.date)}　共${s.units}个单位，平均分${fmt(s.average)}分；${s.tiers.map(([t, n]) => `${t}${n}个`).join('，')}${s.defaultTiers.length ? `；${defaultTiersLine(model)}` : ''}${rulesText(model)}`);
  const head = 3;
  cols.forEach((c, i) => put(head, i + 1, c));
  const first = head + 1;
  const last = head + model.units.length;
  const col = (name: string) => colLetter(at(name));
  const range = (name: string) => `$${col(name)}$${first}:$${col(name)}$${last}`;

  model.units.forEach((u, i) => {
    const r = first + i;
    const sheetName = live(u);
    const ref = (a1: string | null) => (sheetName && a1 ? `=${sheetRef(sheetName, a1)}` : null);
    put(r, at('单位'), u.unit);
    if (grouped) put(r, at('分组'), u.groupName);
    if (rankPoints) {
      put(r, at(SHEET_TOTAL), u.report.total, ref(u.cells.total), '0.##');
      put(r, at(RANK_POINTS), u.rankPoints, rankPointsFormula(rankPoints, r, { range, col, grouped }), '0.##');
      put(r, at('总分'), u.total, `=ROUND(${col(SHEET_TOTAL)}${r}+${col(RANK_POINTS)}${r},2)`, '0.##');
    } else put(r, at('总分'), u.total, ref(u.cells.total), '0.##');
    const tierRef = ref(u.cells.tier);
    put(r, at('等次'), u.report.tier, tierRef);
    const tierCell = address(r, at('等次'));
    const ownVeto = `${tierCell}="一票否决"`;
    const vetoTest = model.rules.lastPlaceVeto ? `OR(${ownVeto},${lastPlaceTest(r, { range, col, grouped })})` : ownVeto;
    put(r, at('一票否决'), u.veto ? YES : NO, tierRef ? `=IF(${vetoTest},"${YES}","${NO}")` : null);
    if (quota) {
      const size = model.units.filter((x) => x.groupName === u.groupName).length;
      put(r, at(FINAL_TIER), u.tier, quotaFormula(quota.tier, quotaOf(quota.share, size), u.lowerTier ?? '', r, { range, col, grouped }));
    }
    put(r, at('名次'), u.rank, rankFormula(model, r, { range, col, grouped }));
    if (model.topN !== null)
      put(r, at(TOP_MARK), u.top ? TOP_MARK : '', `=IF(AND(${col('一票否决')}${r}="${NO}",${col('名次')}${r}<=${model.topN}${model.rules.topFromTier ? `,${tierCell}=${JSON.stringify(model.rules.topFromTier.tier)}` : ''}),"${TOP_MARK}","")`);
    put(r, at('备注'), u.note || null);
    const parts = model.sections.map((_, k) => `${colLetter(at('一票否决') + (model.topN !== null ? 2 : 1) + k)}${r}`);
    model.sections.forEach((_, k) => {
      const score = u.sectionScores[k];
      const section = partsOf(u.report)[k]?.section ?? null;
      const cells = section === null ? null : (u.cells.sections[section] ?? null);
      put(r, at('一票否决') + (model.topN !== null ? 2 : 1) + k, score, sheetName ? sectionFormula(sheetName, cells) : null, '0.##');
    });
    // 加减分 is what the total adds beyond its parts; live while the row adds up, the engine's value where a rule
    // in the notes set the total to 0 (the 备注 says so).
    const liveBonus = sheetName !== null && u.cells.total !== null && !u.note.includes('总分') && u.sectionScores.every((x) => x !== null);
    put(r, at(BONUS_COLUMN), u.bonus, liveBonus ? `=ROUND(${col('总分')}${r}-SUM(${parts.join(',')}),2)` : null, '+0.##;-0.##;0');
  });

  const chartRow = last + 2;
  let r = chartRow + CHART_ROWS + 1;
  put(r, 1, '扣分明细（每项扣分、所依据的评分标准条款与扣分依据，按评分表中的顺序；加减分列在各单位之后）');
  const detailHead = ++r;
  DETAIL_COLUMNS.forEach((c, i) => put(detailHead, i + 1, c));
  const heights: Record<number, number> = {};
  for (const u of model.units) {
    for (const d of [...u.deductions].sort((a, b) => a.row - b.row)) {
      r++;
      const texts = [u.unit, d.item, d.clause, d.points, d.basis, d.content] as const;
      texts.forEach((t, i) => put(r, i + 1, t, null, i === 3 ? '0.##' : undefined));
      const lines = Math.max(...[d.item, d.clause, '', d.basis, d.content].map((t, i) => linesOf(t, DETAIL_WIDTHS[1 + i])));
      if (lines > 1) heights[r] = 15 * lines;
    }
    for (const a of u.adjustments) {
      r++;
      put(r, 1, u.unit);
      put(r, 2, BONUS_COLUMN);
      put(r, 3, adjustmentLine(a).replace(/^加减分 · /, ''));
      put(r, 4, a.points, null, '+0.##;-0.##;0');
      const lines = linesOf(a.label, DETAIL_WIDTHS[2]);
      if (lines > 1) heights[r] = 15 * lines;
    }
  }
  const detailLast = r;
  r += 2;
  put(r, 1, SIGN_OFF);
  r += 2;
  put(r, 1, REPORT_MARK);

  // Both tables share the columns: each column is as wide as the wider of its two uses (texts wrap).
  const widths: number[] = cols.map((c) => (c === '单位' ? 16 : c === '名次' || c === '总分' ? 8 : c.length > 6 ? 14 : 10));
  DETAIL_WIDTHS.forEach((w, i) => (widths[i] = Math.max(widths[i] ?? 0, w)));
  return {
    sheet,
    cells,
    merges: [`A1:${colLetter(width)}1`, `A2:${colLetter(width)}2`, `A${detailHead - 1}:F${detailHead - 1}`],
    widths,
    heights,
    headerRow: head,
    tables: [
      { range: `A${head}:${colLetter(cols.length)}${last}`, headerRow: head },
      { range: `A${detailHead}:F${Math.max(detailLast, detailHead)}`, headerRow: detailHead },
    ],
    chart: { row: chartRow, col: 1, width: 900, height: 380, rows: CHART_ROWS },
    chartData: { names: `B${first}:B${last}`, totals: `${col('总分')}${first}:${col('总分')}${last}` },
  };
}

/** How many lines a text takes in a column `width` characters wide: a Chinese character is two characters wide. */
function linesOf(text: string, width: number): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return Math.max(1, Math.ceil(w / Math.max(1, width - 1)));
}

interface Cols {
  range: (name: string) => string;
  col: (name: string) => string;
  grouped: boolean;
}

/**
 * Ranks over the table's own cells. SUMPRODUCT compares the totals as numbers (COUNTIF's ">"&D4 turns a number into
 * text first, which can lose the hundredths in some programs). Vetoed units rank after every other unit of their
 * group; the 中国式 rank counts each higher total once by dividing by how often it occurs.
 */
function rankFormula(model: ReportModel, r: number, c: Cols): string {
  const total = `${c.col('总分')}${r}`;
  const veto = `${c.col('一票否决')}${r}`;
  // 1* makes a lone comparison a number: SUMPRODUCT of bare TRUE/FALSE is 0 in Excel.
  const inGroup = c.grouped ? `(${c.range('分组')}=${c.col('分组')}${r})*` : '1*';
  const status = (v: string) => `(${c.range('一票否决')}="${v}")`;
  const higher = `(${c.range('总分')}>${total})`;
  const times = `COUNTIFS(${c.grouped ? `${c.range('分组')},${c.range('分组')},` : ''}${c.range('一票否决')},${c.range('一票否决')},${c.range('总分')},${c.range('总分')})`;
  if (model.dense) {
    const distinctAbove = (v: string) => `SUMPRODUCT(${inGroup}${status(v)}*${higher}/${times})`;
    const distinctAll = `SUMPRODUCT(${inGroup}${status(NO)}/${times})`;
    return `=IF(${veto}="${YES}",${distinctAll}+1+${distinctAbove(YES)},1+${distinctAbove(NO)})`;
  }
  const countAbove = (v: string) => `SUMPRODUCT(${inGroup}${status(v)}*${higher})`;
  const countAll = `SUMPRODUCT(${inGroup}${status(NO)})`;
  return `=IF(${veto}="${YES}",${countAll}+1+${countAbove(YES)},1+${countAbove(NO)})`;
}

/** The tier after the quota on the top tier (seed 003's 优秀 within 20%). */
const FINAL_TIER = '核定等次';

/**
 * 核定等次: the sheet's tier, unless it is the quota's tier and at least `limit` units of the group not vetoed hold it
 * with a higher 总分 (ties keep it together), then the tier below. As applyAcrossRules.
 */
function quotaFormula(tier: string, limit: number, lower: string, r: number, c: Cols): string | null {
  const own = `${c.col('等次')}${r}`;
  const inGroup = c.grouped ? `(${c.range('分组')}=${c.col('分组')}${r})*` : '';
  const above = `SUMPRODUCT(${inGroup}(${c.range('等次')}=${JSON.stringify(tier)})*(${c.range('一票否决')}="${NO}")*(${c.range('总分')}>${c.col('总分')}${r}))`;
  if (lower === '') return `=${own}`;
  return `=IF(AND(${own}=${JSON.stringify(tier)},${c.col('一票否决')}${r}="${NO}",${above}>=${limit}),${JSON.stringify(lower)},${own})`;
}

/** The sheet's own total and the points its rank adds, where the rules give points by rank (seed 002). */
/** The sheet's own total before rank points; not 考核得分, which names a single-part sheet's part column. */
const SHEET_TOTAL = '评分表得分';
const RANK_POINTS = '名次加减分';

/** 「按考核办法：名次加减分；末位一票否决；先进从一类中产生」: the rules across units the report applied, named. */
function rulesText(model: ReportModel): string {
  const names: string[] = [];
  if (model.rules.rankPoints) names.push(`名次加减分（前${model.rules.rankPoints.top.length}名加分${model.rules.rankPoints.bottom.length ? `、后${model.rules.rankPoints.bottom.length}名扣分` : ''}）`);
  if (model.rules.lastPlaceVeto) names.push('末位一票否决');
  if (model.rules.topFromTier) names.push(`先进从${model.rules.topFromTier.tier}中产生`);
  if (model.rules.quota) names.push(`${model.rules.quota.tier}不超过${fmt(model.rules.quota.share * 100)}%`);
  return names.length ? `；按考核办法：${names.join('、')}` : '';
}

/** Not vetoed by its own sheet (its 等次 is not 一票否决), counted in the unit's group. */
function liveIn(c: Cols, r: number): string {
  // 1* makes a lone comparison a number: SUMPRODUCT of bare TRUE/FALSE is 0 in Excel.
  const inGroup = c.grouped ? `(${c.range('分组')}=${c.col('分组')}${r})*` : '1*';
  return `${inGroup}(${c.range('等次')}<>"一票否决")`;
}

/**
 * 名次加减分 over the sheets' own totals, as applyAcrossRules: a place is how many live units of the group score more
 * (ties share it), from the end how many score less; a unit among the first places gets no points from the end.
 */
function rankPointsFormula(rule: NonNullable<ReportModel['rules']['rankPoints']>, r: number, c: Cols): string {
  const own = `${c.col(SHEET_TOTAL)}${r}`;
  const above = `SUMPRODUCT(${liveIn(c, r)}*(${c.range(SHEET_TOTAL)}>${own}))`;
  const below = `SUMPRODUCT(${liveIn(c, r)}*(${c.range(SHEET_TOTAL)}<${own}))`;
  const up = `IF(${above}<${rule.top.length},CHOOSE(${above}+1,${rule.top.join(',')}),0)`;
  const down = rule.bottom.length ? `-IF(AND(${above}>=${rule.top.length},${below}<${rule.bottom.length}),CHOOSE(${below}+1,${rule.bottom.join(',')}),0)` : '';
  return `=IF(${c.col('等次')}${r}="一票否决",0,${up}${down})`;
}

/** The last of its group among the units its own sheet did not veto (seed 004), by 总分; alone in its group it is not. */
function lastPlaceTest(r: number, c: Cols): string {
  const live = liveIn(c, r);
  return `AND(${c.col('等次')}${r}<>"一票否决",SUMPRODUCT(${live})>1,SUMPRODUCT(${live}*(${c.range('总分')}<${c.col('总分')}${r}))=0)`;
}

function sectionFormula(sheet: string, cells: SectionCells): string | null {
  if (!cells) return null;
  if (cells.kind === 'cell') return `=${sheetRef(sheet, cells.ref)}`;
  return `=MIN(${fmt(cells.cap)},SUM(${cells.ranges.map((a) => sheetRef(sheet, a)).join(',')}))`;
}

/** The report's sheet name in a workbook: ours to refresh, or the first free 「考核报告(n)」 beside the user's own. */
export function reportSheetName(existing: readonly { name: string; ours: boolean }[]): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? REPORT_SHEET : `${REPORT_SHEET}(${n})`;
    const found = existing.find((s) => s.name === name);
    if (!found || found.ours) return name;
  }
}


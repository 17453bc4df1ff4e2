import type { Columns } from './header';
import { readEntry } from './entries';
import { compact, toHalfWidth } from './numbers';
import { formulaAt, isEmpty, valueAt, type SheetSnapshot } from './snapshot';

/**
 * Which kind of sheet this is (docs/scoring-decisions.md, 表的种类):
 * - 'deductions' (按扣分计算): the assessor enters 扣分; the tool writes each item's 得分 = base − deduction.
 * - 'direct' (汇总已填得分): the assessor types each item's 得分 (with the reason beside it) and no 扣分 is entered;
 *   the tool only sums, caps and grades, and never writes an item's score cell.
 * - 'composite' (综合评分): weights, several raters or stage shares (SCORING.md §8), read by composite/reading.ts.
 */
export type SheetKind = 'deductions' | 'direct' | 'composite';

interface ItemRow {
  row: number;
  base: number;
}

/** The item score cells hold something a person put there: a value, or a formula of their own. */
function typed(s: SheetSnapshot, scoreCol: number, it: ItemRow, withDeductions: boolean): boolean {
  if (formulaAt(s, it.row, scoreCol)) return !withDeductions;
  const v = valueAt(s, it.row, scoreCol);
  if (isEmpty(v)) return false;
  // With a 扣分 column, a score equal to the base is what a values-mode fill with no deductions leaves behind.
  return !(withDeductions && typeof v === 'number' && Math.abs(v - it.base) < 1e-9);
}

/**
 * Without a 扣分 column, typed scores make the sheet direct; with nothing typed it stays undecided (null), and the
 * edges may offer to insert the column. With a 扣分 column holding no entry at all while scores are typed, the
 * column is the assessor's notes (扣分情况: 台账不全), and the sheet is direct too.
 */
export function sheetKind(s: SheetSnapshot, columns: Columns, items: readonly ItemRow[]): SheetKind | null {
  const scoreCol = columns.score as number;
  if (columns.deduction === undefined) return items.some((it) => typed(s, scoreCol, it, false)) ? 'direct' : null;
  const entered = items.some((it) => {
    const d = readEntry(valueAt(s, it.row, columns.deduction as number));
    if (d.kind === 'number' || d.kind === 'whole') return true;
    if (columns.count === undefined) return false;
    const n = readEntry(valueAt(s, it.row, columns.count));
    return n.kind === 'number' && n.value > 0;
  });
  if (entered) return 'deductions';
  return items.some((it) => typed(s, scoreCol, it, true)) ? 'direct' : 'deductions';
}

/** 权重 columns or 自评×20%+考核组×80% formulas: a weighted appraisal, another kind of sheet altogether. */
const WEIGHT_HEADER = /权重|权数|比重|加权/;
const WEIGHT_NOTE = /权重|加权|[×xX*]\s*\d+(?:\.\d+)?\s*%|占\s*\d+(?:\.\d+)?\s*%.*占\s*\d+(?:\.\d+)?\s*%/;

/** 自评（20%）, 考核组评分(80%): a rater's share in a header cell. */
const RATER_SHARE = /(评|考核|测评|打分).*\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?\s*%.*(评|考核|测评|打分)/;

export function isWeighted(headerTexts: readonly string[], notes: readonly string[]): boolean {
  if (headerTexts.some((t) => t.length <= 24 && (WEIGHT_HEADER.test(t) || RATER_SHARE.test(toHalfWidth(t))))) return true;
  return notes.some((n) => WEIGHT_NOTE.test(compact(n)));
}

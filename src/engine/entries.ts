import { evaluateArithmetic } from './arithmetic';
import { flagAt, formulaAt, valueAt, type CellFlag, type CellValue, type SheetSnapshot } from './snapshot';

/**
 * How an input cell (扣分, 次数, 加分, a 加减分 entry, a 一票否决 mark) is read. The formulas a fill writes read the
 * same cells the same way (formulas.ts), so the numbers the engine reports are the numbers the workbook computes
 * after any recalculation, in Excel, WPS or LibreOffice. docs/scoring-decisions.md keeps the table of readings.
 *
 * - a number counts as itself; so does text made only of a sign, digits and one dot with an optional 分 after it
 *   ("2", " 1.5分 ", "-2"), spaces around it trimmed as Excel's TRIM trims them (ASCII spaces only);
 * - 不得分/全扣 is the whole base;
 * - empty (or only spaces) is blank;
 * - other text (「严重」, "1e3", "1,5", "２") and TRUE/FALSE are unreadable: they count as nothing, with a warning;
 * - an error value (#DIV/0!, #N/A …) counts as nothing, with a warning;
 * - a date or time counts as its serial number, because a formula cannot tell it from a number: with a warning;
 * - a formula saved without its result is worked out here when it is plain arithmetic over numbers and cells that
 *   hold numbers (=1+1, =F3*2); otherwise its value is unknown until a spreadsheet program recalculates it.
 */
export type Entry =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  | { kind: 'whole' }
  | { kind: 'unreadable'; raw: string }
  | { kind: 'error'; raw: string }
  | { kind: 'date'; value: number }
  | { kind: 'uncomputed'; formula: string; value: number | null };

export const WHOLE_WORDS = ['不得分', '全扣'] as const;
export const VETO_MARKS = ['是', '√', '✓', '有', '1', 'Y', '否决', '一票否决'] as const;

/** The characters and sign rule the written formula checks (formulas.ts `num`). */
const NUMERIC_TEXT = /^([+-]?(?:\d+\.?\d*|\.\d+))分?$/;

/** Excel's TRIM: leading and trailing ASCII spaces only (a tab, a newline or a full-width space stays). */
export function excelTrim(s: string): string {
  return s.replace(/^ +| +$/g, '').replace(/ {2,}/g, ' ');
}

export function readEntry(v: CellValue, flag: CellFlag | null = null): Entry {
  if (flag === 'error') return { kind: 'error', raw: v === null ? '#N/A' : String(v) };
  if (v === null) return { kind: 'blank' };
  if (typeof v === 'number') return flag === 'date' ? { kind: 'date', value: v } : { kind: 'number', value: v };
  if (typeof v === 'boolean') return { kind: 'unreadable', raw: v ? 'TRUE' : 'FALSE' };
  const t = excelTrim(v);
  if (t === '') return { kind: 'blank' };
  if ((WHOLE_WORDS as readonly string[]).includes(t)) return { kind: 'whole' };
  const m = NUMERIC_TEXT.exec(t);
  return m ? { kind: 'number', value: Number(m[1]) } : { kind: 'unreadable', raw: t };
}

/** A cell of a sheet, read with what the adapter knows about it (its flag, its formula). */
export function readCellEntry(s: SheetSnapshot, row: number, col: number): Entry {
  const flag = flagAt(s, row, col);
  if (flag === 'uncomputed') {
    const formula = formulaAt(s, row, col) ?? '';
    return { kind: 'uncomputed', formula, value: evaluateArithmetic(formula, (r, c) => plainNumber(s, r, c)) };
  }
  return readEntry(valueAt(s, row, col), flag);
}

/** A referenced cell's number, for evaluating an uncomputed formula: null when it is anything but a plain number. */
function plainNumber(s: SheetSnapshot, row: number, col: number): number | null {
  if (flagAt(s, row, col) !== null) return null;
  const v = valueAt(s, row, col);
  if (v === null) return 0;
  return typeof v === 'number' ? v : null;
}

/** The number an entry counts as in a sum: 0 for blank, unreadable, error and unknown entries. */
export function entryNumber(e: Entry): number {
  if (e.kind === 'number' || e.kind === 'date') return e.value;
  if (e.kind === 'uncomputed') return e.value ?? 0;
  return 0;
}

/** An uncomputed formula the engine could not work out: the workbook will compute something the report cannot know. */
export function isUnknown(e: Entry): boolean {
  return e.kind === 'uncomputed' && e.value === null;
}

export function isVetoMark(v: CellValue, flag: CellFlag | null = null): boolean {
  if (v === null || typeof v === 'boolean' || flag === 'error') return false;
  const t = excelTrim(String(v)).toUpperCase();
  return (VETO_MARKS as readonly string[]).includes(t);
}

import type { Entry } from './entries';
import { num } from './formulas';
import { fmt, round2 } from './numbers';

/**
 * An item's score on a direct sheet (汇总已填得分): what the assessor typed, read exactly as a 扣分 entry is read
 * (entries.ts: 「3分」 is 3, 「严重」 is nothing) and held to [0, base]. The engine's reading and the formula term totals
 * use (`num` in formulas.ts, the same one 扣分 cells go through) sit side by side, so the workbook computes exactly
 * what the report says:
 * - a number counts as typed (a date or a formula's result is a number too), rounded to the hundredth; so does
 *   numeric text ("8", "8分", " 7.5 "); above the base it counts as the base, below 0 as 0, each with a warning;
 * - empty counts 0: not scored yet, the sheet is incomplete;
 * - 不得分/全扣 count 0;
 * - any other text (「良」, "８", "8分5"), an error or TRUE/FALSE counts 0 with a warning and leaves the sheet
 *   incomplete: whatever a deduction entry may not be, a typed score may not be either.
 */
export type DirectReading =
  | { kind: 'typed'; score: number; raw: number }
  | { kind: 'empty'; score: 0 }
  | { kind: 'text'; score: 0; raw: string }
  | { kind: 'other'; score: 0 };

/** The entry as entries.ts reads the cell. */
export function readDirectScore(e: Entry, base: number): DirectReading {
  if (e.kind === 'blank') return { kind: 'empty', score: 0 };
  if (e.kind === 'whole') return { kind: 'typed', score: 0, raw: 0 };
  if (e.kind === 'unreadable') return { kind: 'text', score: 0, raw: e.raw };
  if (e.kind === 'error' || (e.kind === 'uncomputed' && e.value === null)) return { kind: 'other', score: 0 };
  const raw = round2(e.value as number);
  return { kind: 'typed', score: Math.max(0, Math.min(base, raw)), raw };
}

/** The formula term for a typed score: ROUND(MIN(base, MAX(0, the entry read as a 扣分 entry is)), 2). */
export function directItemExpr(scoreRef: string, base: string | number): string {
  const b = typeof base === 'number' ? fmt(base) : base;
  return `ROUND(MIN(${b},MAX(0,${num(scoreRef)})),2)`;
}

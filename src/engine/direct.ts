import type { Entry } from './entries';
import { fmt, round2 } from './numbers';
import type { CellValue } from './snapshot';

/**
 * An item's score on a direct sheet (汇总已填得分): what the assessor typed, held to [0, base]. The engine's reading
 * and the formula term totals use sit side by side, so the workbook computes exactly what the report says:
 * - a number counts as typed (a date or a formula's result is a number too), rounded to the hundredth; above the
 *   base it counts as the base, below 0 as 0, each with a warning;
 * - empty counts 0: not scored yet, the sheet is incomplete;
 * - 不得分/全扣 count 0;
 * - any other text, numeric text included ("8分"), an error or TRUE/FALSE counts 0 with a warning and leaves the sheet
 *   incomplete. A score cell must hold a number: that is what lets the term stay
 *   `ROUND(MIN(base,MAX(0,IF(ISNUMBER(ref),ref,0))),2)`, short enough for sheets of hundreds of items, where a reading
 *   of numeric text would take some 400 characters per item.
 */
export type DirectReading =
  | { kind: 'typed'; score: number; raw: number }
  | { kind: 'empty'; score: 0 }
  | { kind: 'text'; score: 0; raw: string }
  | { kind: 'other'; score: 0 };

/** The entry as entries.ts reads the cell, and the cell's value (numeric text is text here). */
export function readDirectScore(e: Entry, v: CellValue, base: number): DirectReading {
  if (e.kind === 'blank') return { kind: 'empty', score: 0 };
  if (e.kind === 'whole') return { kind: 'typed', score: 0, raw: 0 };
  if (e.kind === 'unreadable') return { kind: 'text', score: 0, raw: e.raw };
  if (e.kind === 'number' && typeof v === 'string') return { kind: 'text', score: 0, raw: v.trim() };
  if (e.kind === 'error' || (e.kind === 'uncomputed' && e.value === null)) return { kind: 'other', score: 0 };
  const raw = round2(e.value as number);
  return { kind: 'typed', score: Math.max(0, Math.min(base, raw)), raw };
}

/** The formula term for a typed score: ROUND(MIN(base, MAX(0, number or 0)), 2). */
export function directItemExpr(scoreRef: string, base: string | number): string {
  const b = typeof base === 'number' ? fmt(base) : base;
  return `ROUND(MIN(${b},MAX(0,IF(ISNUMBER(${scoreRef}),${scoreRef},0))),2)`;
}

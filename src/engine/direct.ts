import { readEntry } from './entries';
import { num } from './formulas';
import { fmt, round2 } from './numbers';
import type { CellValue } from './snapshot';

/**
 * An item's score on a direct sheet (汇总已填得分): what the assessor typed, held to [0, base]. The engine's reading
 * and the formula term that totals use sit side by side so the workbook computes exactly what the report says:
 * - a number or numeric text (8, "8", "7.5分") counts as typed, rounded to the hundredth;
 * - above the base counts as the base, below 0 as 0, each with a warning;
 * - empty counts 0 (not scored yet: the sheet is incomplete); 不得分/全扣 count 0; other text counts 0 and is
 *   unreadable (incomplete). The formula reads text through the same IFERROR(--…) as every entry, which gives 0.
 */
export type DirectReading =
  | { kind: 'typed'; score: number; raw: number }
  | { kind: 'empty'; score: 0 }
  | { kind: 'unreadable'; score: 0; raw: string };

export function readDirectScore(v: CellValue, base: number): DirectReading {
  const e = readEntry(v);
  if (e.kind === 'blank') return { kind: 'empty', score: 0 };
  if (e.kind === 'whole') return { kind: 'typed', score: 0, raw: 0 };
  if (e.kind === 'unreadable') return { kind: 'unreadable', score: 0, raw: e.raw };
  const raw = round2(e.value);
  return { kind: 'typed', score: Math.max(0, Math.min(base, raw)), raw };
}

/** The formula term for a typed score: ROUND(MIN(base, MAX(0, entry)), 2). */
export function directItemExpr(scoreRef: string, base: string | number): string {
  const b = typeof base === 'number' ? fmt(base) : base;
  return `ROUND(MIN(${b},MAX(0,${num(scoreRef)})),2)`;
}

import type { Columns } from '../header';
import type { Rule } from '../rule';
import { valueAt, type SheetSnapshot } from '../snapshot';

/** How a 加减分 or 一票否决 row is read: where its entry is and which way it counts (SCORING.md §2). */

/** The first non-empty of the row's 加分, 扣分 and 得分 cells; null when all are empty. */
export function entryColumn(s: SheetSnapshot, columns: Columns, r: number): number | null {
  for (const c of [columns.bonus, columns.deduction, columns.score]) {
    if (c === undefined) continue;
    const v = valueAt(s, r, c);
    if (v !== null && String(v).trim() !== '') return c;
  }
  return null;
}

/** Where an entry goes while none is made: 加分, else 扣分, else 得分. */
export function preferredEntry(columns: Columns): number {
  return (columns.bonus ?? columns.deduction ?? columns.score) as number;
}

export function adjustmentSign(rule: Rule, text: string): 'bonus' | 'penalty' | 'entry' {
  const kinds = new Set(rule.clauses.map((c) => c.kind));
  if (kinds.has('bonus') && !kinds.has('deduct')) return 'bonus';
  if (kinds.has('deduct') && !kinds.has('bonus')) return 'penalty';
  if (kinds.size === 0) {
    const plus = /[加奖]/.test(text);
    const minus = /[扣减]/.test(text);
    if (plus && !minus) return 'bonus';
    if (minus && !plus) return 'penalty';
  }
  return 'entry';
}

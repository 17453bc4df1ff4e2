import type { Clause, Rule } from './rule';
import { round2, sub2, sum2 } from './numbers';

/**
 * The two caps every score obeys, shared by the sheet scorer and the KH.* functions: a deduction never exceeds its
 * rule's cap nor its base (扣完为止), and bonus points never exceed their stated ceiling.
 */
export function appliedDeduction(raw: number, base: number, cap: number | null = null): number {
  return round2(Math.max(0, Math.min(raw, cap ?? Infinity, base)));
}

/** base − min(sum of deductions, cap, base): KH.CAPDEDUCT, and an item's score before any 加分. */
export function cappedScore(base: number, deductions: readonly number[], cap: number | null = null): number {
  return sub2(base, appliedDeduction(sum2(deductions), base, cap));
}

/** Σ points, at most cap: KH.BONUS, and the bonuses a 加减分 block title caps together. */
export function cappedSum(points: readonly number[], cap: number | null = null): number {
  return round2(Math.min(sum2(points), cap ?? Infinity));
}

const DEDUCTING: ReadonlySet<Clause['kind']> = new Set(['deduct', 'zero', 'manual']);

/**
 * The most a rule can take (side 'deduct') or give (side 'bonus') over all its clauses, for a sheet where one
 * number is entered per item: the rule's own cap, and, when each clause of that side has its own cap or a fixed
 * amount (「…最多扣3分；…最多扣2分」), the sum of those. A clause with no bound (每次扣1分 uncapped, 不得分, 酌情)
 * leaves only the rule's cap. The scorer and the written formulas both cap with this.
 */
export function ruleCap(rule: Rule, side: 'deduct' | 'bonus' = 'deduct'): number | null {
  const own = rule.clauses.filter((c) => (side === 'deduct' ? DEDUCTING.has(c.kind) : c.kind === 'bonus'));
  if (!own.some((c) => c.cap !== null)) return rule.cap;
  let sum = 0;
  for (const c of own) {
    const bound = clauseBound(c);
    if (bound === null) return rule.cap;
    sum += bound;
  }
  return round2(Math.min(rule.cap ?? Infinity, sum));
}

/** The most one clause can amount to, or null when only the base bounds it. */
function clauseBound(c: Clause): number | null {
  const fixed =
    c.kind === 'zero' ? null
      : c.range !== null ? (c.per === null ? c.range[1] : null)
      : Array.isArray(c.points) ? Math.max(...c.points)
      : typeof c.points === 'number' && c.per === null ? c.points
      : null;
  if (c.cap === null) return fixed;
  return fixed === null ? c.cap : Math.min(fixed, c.cap);
}

/**
 * What a deduction entered against this rule may be, when the rule writes a range (扣1-3分): the least any one
 * clause can take up to the most all can (caps and base are checked on their own). Null when the text gives no range or a clause leaves it open (酌情 with no
 * bounds), so nothing can be said. The sheet scorer warns of a deduction outside these bounds.
 */
export function deductionBounds(rule: Rule, base: number): [number, number] | null {
  const own = rule.clauses.filter((c) => DEDUCTING.has(c.kind));
  if (!own.some((c) => c.range !== null)) return null;
  let lo = Infinity;
  let hi = 0;
  for (const c of own) {
    if (c.kind === 'manual' && c.range === null) return null;
    const least =
      c.kind === 'zero' ? base : c.range !== null ? c.range[0]
        : Array.isArray(c.points) ? Math.min(...c.points) : (c.points ?? 0);
    lo = Math.min(lo, c.cap !== null ? Math.min(least, c.cap) : least);
    hi += clauseBound(c) ?? Infinity;
  }
  return [round2(Math.min(lo, base)), hi];
}

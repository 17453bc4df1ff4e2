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

import { VETO_MARKS, WHOLE_WORDS } from './entries';
import { fmt } from './numbers';
import type { Bands } from './tiers';
import { UNRATED_TIER, VETO_TIER } from './tiers';

/**
 * Native formula text, built only from functions Excel, WPS and LibreOffice all have (SUM, MIN, MAX, IF, OR, ROUND,
 * TRIM, SUBSTITUTE, IFERROR, ABS). Each reads entries exactly as entries.ts does, so the workbook recomputes the
 * engine's numbers wherever it is opened.
 */
export const MAX_FORMULA_LENGTH = 8192;

export function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** An entry cell as a number: 2, "2", "1.5分" → the number; blank or other text → 0. */
export function num(ref: string): string {
  return `IFERROR(--SUBSTITUTE(TRIM(${ref}),"分",""),0)`;
}

export function isWhole(ref: string): string {
  return `OR(${WHOLE_WORDS.map((w) => `TRIM(${ref})=${str(w)}`).join(',')})`;
}

function vetoTests(ref: string): string[] {
  return VETO_MARKS.map((w) => `TRIM(${ref})=${str(w)}`);
}

export interface ItemRefs {
  base: string;
  deduction: string;
  cap: number | null;
  count?: { ref: string; points: number };
  bonus?: string;
}

/** The deduction an item's cells give, before caps. */
export function deductionExpr(r: ItemRefs): string {
  const plain = `IF(${isWhole(r.deduction)},${r.base},MAX(0,${num(r.deduction)}))`;
  return r.count ? `IF(TRIM(${r.deduction})="",MAX(0,${num(r.count.ref)})*${fmt(r.count.points)},${plain})` : plain;
}

/** base − min(base, cap, deduction) (+ the 加分 cell), rounded to the hundredth. */
export function itemScoreExpr(r: ItemRefs): string {
  const limits = r.cap !== null ? `${r.base},${fmt(r.cap)}` : r.base;
  const bonus = r.bonus ? `+MAX(0,${num(r.bonus)})` : '';
  return `ROUND(${r.base}-MIN(${limits},${deductionExpr(r)})${bonus},2)`;
}

export function sectionExpr(cap: number, parts: string[]): string {
  return `MIN(${fmt(cap)},SUM(${parts.join(',')}))`;
}

/** 'bonus' adds |v|, 'penalty' subtracts |v|, 'entry' keeps v's own sign; a cap limits the size either way. */
export function adjustmentExpr(ref: string, sign: 'bonus' | 'penalty' | 'entry', cap: number | null): string {
  const v = num(ref);
  if (sign === 'entry') return cap === null ? v : `MAX(-${fmt(cap)},MIN(${fmt(cap)},${v}))`;
  const size = cap === null ? `ABS(${v})` : `MIN(${fmt(cap)},ABS(${v}))`;
  return sign === 'bonus' ? size : `-${size}`;
}

export function totalExpr(terms: string[]): string {
  return `ROUND(MAX(0,${terms.length ? terms.join('+').replace(/\+-/g, '-') : '0'}),2)`;
}

export function bandsExpr(total: string, bands: Bands): string {
  let expr = str(bands.floor ?? UNRATED_TIER);
  for (const b of [...bands.bands].reverse()) expr = `IF(${total}${b.inclusive ? '>=' : '>'}${fmt(b.min)},${str(b.label)},${expr})`;
  return expr;
}

/** `then` when any of the 一票否决/否优 entry cells is marked (是, √, 有, 1 …), else `otherwise`. */
export function ifMarked(refs: string[], then: string, otherwise: string): string {
  if (refs.length === 0) return otherwise;
  return `IF(OR(${refs.flatMap(vetoTests).join(',')}),${then},${otherwise})`;
}

/** A marked 一票否决 row overrides whatever tier the score gives. */
export function withVeto(tier: string, vetoRefs: string[]): string {
  return ifMarked(vetoRefs, str(VETO_TIER), tier);
}

/** Formulas compare equal when they differ only in case, spaces or the leading '='. */
export function sameFormula(a: string, b: string): boolean {
  const norm = (f: string) => f.replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
  return norm(a) === norm(b);
}

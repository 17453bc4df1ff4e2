import { compact, round2, toHalfWidth } from '../numbers';
import type { CellValue } from '../snapshot';

/**
 * Weights (权重, 占比, 比重, 权数) as the sheet writes them: 40%, 40％, 0.4, 40 in a column headed 权重(%), or inside a
 * label 「工作实绩（40%）」 / 「工作实绩 权重40%」. Every weight is kept as a fraction of the whole (0.4).
 */
export const WEIGHT_HEADER = /权重|占比|比重|权数/;

/** How a weight was written: its fraction, and whether a formula may read the cell as that number. */
export interface Weight {
  fraction: number;
  /** 'fraction': the cell's number is the fraction (0.4, or 40% typed as a percentage); 'percent': the number is 40. */
  cell: 'fraction' | 'percent' | 'text';
}

const PERCENT = /^(\d+(?:\.\d+)?)%$/;
const PLAIN = /^(\d+(?:\.\d+)?)$/;

/**
 * A weight cell. Numbers above 1 are percentages (40 → 0.4), at most 1 fractions (0.4), unless the column says which
 * (a header 权重(%) makes every number a percentage). Text 40% / 0.4 / 40 reads the same way.
 */
export function readWeight(v: CellValue, percentColumn: boolean): Weight | null {
  if (typeof v === 'number') {
    if (!(v > 0) || v > 100) return null;
    return percentColumn || v > 1 ? { fraction: v / 100, cell: 'percent' } : { fraction: v, cell: 'fraction' };
  }
  if (typeof v !== 'string') return null;
  const t = compact(toHalfWidth(v)).replace(/分$/, '');
  const p = PERCENT.exec(t);
  if (p) return Number(p[1]) > 0 && Number(p[1]) <= 100 ? { fraction: Number(p[1]) / 100, cell: 'text' } : null;
  const n = PLAIN.exec(t);
  if (!n) return null;
  const x = Number(n[1]);
  if (!(x > 0) || x > 100) return null;
  return { fraction: percentColumn || x > 1 ? x / 100 : x, cell: 'text' };
}

/** 「工作实绩（40%）」, 「德（权重15%）」, 「平时考核占20%」, 「日常工作评价 20%」: the weight a label states, as a fraction. */
const LABEL_WEIGHT = /(?:权重|占比|比重|占|按)?\s*(\d+(?:\.\d+)?)\s*%\s*[)）]?\s*$/;
const LABEL_WEIGHT_PAREN = /[(（]\s*(?:权重|占比|比重|占)?\s*(\d+(?:\.\d+)?)\s*%\s*[)）]/;

export function weightInLabel(text: string): number | null {
  const t = toHalfWidth(text).replace(/％/g, '%');
  const m = LABEL_WEIGHT_PAREN.exec(t) ?? LABEL_WEIGHT.exec(t);
  if (!m) return null;
  const x = Number(m[1]);
  return x > 0 && x <= 100 ? x / 100 : null;
}

/** The label without its weight: 「工作实绩（40%）」 → 工作实绩. */
export function withoutWeight(text: string): string {
  return toHalfWidth(text)
    .replace(/％/g, '%')
    .replace(LABEL_WEIGHT_PAREN, '')
    .replace(LABEL_WEIGHT, '')
    .trim();
}

/** A header such as 权重(%) or 权重（%） says its numbers are percentages, 0.5 included. */
export function percentHeader(text: string): boolean {
  return /[(（]\s*[%％]\s*[)）]|百分比/.test(text);
}

/**
 * Weights that add up to 100% within a rounding of the published shares (33.3% three times) are read with a warning;
 * further off (90%) the sheet is refused: docs/scoring-decisions.md, 权重合计.
 */
export const WEIGHT_SUM_TOLERANCE = 0.01;

export type WeightSum = { kind: 'full' } | { kind: 'near'; sum: number } | { kind: 'off'; sum: number };

export function weightSum(fractions: readonly number[]): WeightSum {
  const sum = round2(fractions.reduce((a, b) => a + b * 10000, 0) / 10000);
  const exact = Math.round(fractions.reduce((a, b) => a + b * 10000, 0)) / 10000;
  if (Math.abs(exact - 1) < 1e-9) return { kind: 'full' };
  if (Math.abs(exact - 1) <= WEIGHT_SUM_TOLERANCE + 1e-9) return { kind: 'near', sum: exact };
  return { kind: 'off', sum: round2(sum) };
}

/** 0.4 → 40%, 0.333 → 33.3%: how a share is shown in a message. */
export function percentText(fraction: number): string {
  return `${Math.round(fraction * 100000) / 1000}%`;
}

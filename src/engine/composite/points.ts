import { compact, round2, toHalfWidth } from '../numbers';
import type { CellValue } from '../snapshot';
import { isLevelMark, markExpr } from './levels';

/**
 * Additive points by level (seed 000, 昭通市政法综治宣传信息工作考核办法: 「中央党政选载一条得50分；…省党政选载一条得30分…
 * 被党政领导批示的得双倍分」): a row per level with its points per piece, how many pieces, and where the sheet has one, how
 * many of them a leader commented on (批示), which count twice — or a mark there doubling the row.
 */
export const COUNT_HEADER = /^(条数|篇数|件数|采用条数|采用篇数|刊发条数|刊播条数|刊载条数|选载条数|刊用条数|录用条数)$/;
export const DOUBLE_HEADER = /批示/;
export const PER_PIECE_HEADER = /^(每条分值|每篇分值|单条分值|每条得分|每篇得分|分值|计分|每条计分)$/;

export const headerWord = (t: string): string => compact(toHalfWidth(t)).replace(/[(（][^)）]*[)）]$/, '');

/** (count + commented) × points; a mark in the 批示 cell doubles the row instead. Counts are numbers or blank. */
export function pointsScore(points: number, count: CellValue, doubled: CellValue | undefined): number {
  const n = typeof count === 'number' ? count : 0;
  if (doubled === undefined) return round2(n * points);
  if (typeof doubled === 'number') return round2((n + doubled) * points);
  return round2(n * points * (isLevelMark(doubled) ? 2 : 1));
}

/** The same as a formula over the row's cells; `points` is the per-piece cell or a constant. */
export function pointsExpr(points: string, count: string, doubled: string | null, doubledIsCount: boolean): string {
  const n = `IF(ISNUMBER(${count}),${count},0)`;
  if (doubled === null) return `ROUND(${n}*${points},2)`;
  if (doubledIsCount) return `ROUND((${n}+IF(ISNUMBER(${doubled}),${doubled},0))*${points},2)`;
  return `ROUND(${n}*${points}*(1+${markExpr(doubled)}),2)`;
}

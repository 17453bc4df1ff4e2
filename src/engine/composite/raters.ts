import { compact, round2, sum2, toHalfWidth } from '../numbers';

/**
 * Several raters (评委1 … 评委n, 专家1 … 专家n, 考核人A/B, 评分人甲/乙): each marks the item, and its score is their
 * mean, or where the sheet says so (去掉一个最高分和一个最低分, 去掉最高最低) the trimmed mean
 * (sum − max − min) / (n − 2). Empty cells are not raters.
 */
const RATER_HEADER = /^(评委|专家|考核人|考评人|评分人|评审人|评审专家|评议人|打分人)(\d{1,2}|[A-Za-z]|[一二三四五六七八九十]{1,2}|[甲乙丙丁戊己庚辛])(评分|打分|得分)?$/;

export function isRaterHeader(text: string): boolean {
  return RATER_HEADER.test(compact(toHalfWidth(text)).replace(/[(（][^)）]*[)）]$/, ''));
}

const TRIM_RULE = /去掉(一个)?最高(分)?(和|与|、|及|，|,)?(去掉)?(一个)?最低(分)?|去掉最高最低|去除(一个)?最高(分)?(和|与|、)?(一个)?最低(分)?|去高去低|去掉最高分、最低分/;

/** The sheet's own words ask for the trimmed mean. */
export function asksTrimmedMean(texts: readonly string[]): boolean {
  return texts.some((t) => TRIM_RULE.test(compact(t)));
}

export interface RaterScore {
  score: number;
  /** How many raters marked the item. */
  raters: number;
  /** The trimmed mean was asked for but fewer than three raters marked the item: the plain mean, with a warning. */
  tooFew: boolean;
}

/** The item's score from its raters' marks (already numbers; empty cells left out). */
export function raterScore(marks: readonly number[], trimmed: boolean): RaterScore {
  const n = marks.length;
  if (n === 0) return { score: 0, raters: 0, tooFew: false };
  const total = sum2(marks);
  if (trimmed && n >= 3) {
    const kept = sum2([total, -Math.max(...marks), -Math.min(...marks)]);
    return { score: round2(kept / (n - 2)), raters: n, tooFew: false };
  }
  return { score: round2(total / n), raters: n, tooFew: trimmed };
}

/**
 * The native formula over a row's rater cells, as raterScore computes: COUNT leaves empty cells out, so does SUM;
 * no rater at all is 0. Text in a rater cell is refused before anything is written, so COUNT sees only numbers.
 */
export function raterExpr(range: string, trimmed: boolean): string {
  const mean = `IF(COUNT(${range})=0,0,ROUND(SUM(${range})/COUNT(${range}),2))`;
  if (!trimmed) return mean;
  return `IF(COUNT(${range})>2,ROUND((SUM(${range})-MAX(${range})-MIN(${range}))/(COUNT(${range})-2),2),${mean})`;
}

/** The KH function form of the same, for workbooks that never leave the add-in. */
export function raterFunction(range: string, trimmed: boolean): string {
  return trimmed ? `KH.TRIMMEAN(${range})` : `KH.TRIMMEAN(${range},FALSE)`;
}

import { compact, toHalfWidth } from './numbers';

/** How a rubric's own words say points, blocks and vetoes, shared by its table and paragraph forms. */

/** （5分）, (0.5分), （ 5 分 ）, and the points leading a parenthesis （5分，少一篇扣1分）. */
const PAREN_POINTS = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*(?:[)）]|[，,；;])/g;
/** The same at the very end of a text, with trailing punctuation allowed: 「…上报处理结果。(5分)」「…(5分)。」 */
const TRAILING_POINTS = /[(（]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]\s*[。；;，,.]?\s*$/;

/**
 * An item's points written in its text: the (N分) ending it, else the sum of the (N分…) groups inside it (「…学习
 * (1分)，扎实开展…(1分)」 is 2 points); null when it writes none. A parenthesis must start with the number, so
 * 「（得0.5分）」 (a bonus) is not points.
 */
export function textPoints(text: string): number | null {
  const t = toHalfWidth(text);
  const end = TRAILING_POINTS.exec(t);
  if (end && /分\s*[)）]/.test(end[0])) return Number(end[1]);
  const all = [...t.matchAll(PAREN_POINTS)].map((m) => Number(m[1]));
  if (all.length === 0) return null;
  return Math.round(all.reduce((a, b) => a + b, 0) * 100) / 100;
}

/** 「…，1分。」 after a clause, the way some rubrics state an item's points in running text. */
const CLAUSE_POINTS = /[,，]\s*(\d+(?:\.\d+)?)\s*分\s*(?:[。；;]|$)/;
/** 「…的，得1分」: the item's value stated as what a unit gets (得N分 is never a bonus, SCORING.md §3). */
const EARNED_POINTS = /得\s*(\d+(?:\.\d+)?)\s*分/;

/**
 * The points of a numbered line in the paragraph form: (N分) as in a table, else 「…，1分。」 or 「…的，得1分」 as
 * running text states them.
 */
export function linePoints(text: string): number | null {
  const t = toHalfWidth(text);
  const own = textPoints(t);
  if (own !== null) return own;
  const m = CLAUSE_POINTS.exec(t) ?? EARNED_POINTS.exec(t);
  return m ? Number(m[1]) : null;
}

/** 第六条 / 第二章 open a section in rubrics written as articles. */
export const ARTICLE = /^第[一二三四五六七八九十百零]+[条章节]/;

/** A heading's points: （20分） or (30) at its end, or 「…工作项目10分」. */
export function headingPoints(text: string): number | null {
  const t = compact(text).replace(/[。；;，,.:：]$/, '');
  const m = /[(（](\d+(?:\.\d+)?)分?[)）]$/.exec(t) ?? /[^\d.](\d+(?:\.\d+)?)分$/.exec(t);
  return m ? Number(m[1]) : null;
}

export const BLOCK_WORDS = /加减分|加扣分|奖扣分|奖惩|加分项|加分|奖分|扣分项|附加分/;
export const VETO_WORDS = /一票否决|一票否优|否决/;
/** A line that adds or takes points of its own (加2分, 此为加分项) rather than being scored out of points. */
export const ADJUST_WORDS = /[加奖扣减]\s*[\d一二三四五六七八九十两半.]+\s*分|加分项|奖分项|扣分项/;
/** A line that only adds (加N分, 奖N分) with no deduction: a bonus, never an item. */
export const BONUS_ONLY = (t: string) => /[加奖]\s*[\d一二三四五六七八九十两半.]+\s*分|加分项/.test(t) && !/扣\s*[\d一二三四五六七八九十两半.]+\s*分/.test(t);
export const NOTE_START = /^(注|备注|说明)\s*([:：、.．\d（(]|$)/;
export const SIGNATURE = /^(考核组长|考核组成员|考核人|考评人|检查人|评分人|被考核单位(负责人)?)\s*[(（:：]/;

/** A short excerpt for a warning. */
export function short(text: string, n = 24): string {
  const t = text.replace(/\s+/g, '');
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

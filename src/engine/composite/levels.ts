import { compact, fmt, round2, toHalfWidth } from '../numbers';
import type { CellValue } from '../snapshot';
import { str } from '../formulas';

/**
 * Rating levels: an item scored by choosing a level. Level columns (优秀/良好/一般/较差, A/B/C/D, 好/较好/一般/差) carry
 * their points in the header (优秀(5分)) or a share of the item's points (优秀(100%)), or hold each row's points in
 * their cells; the assessor marks one level (√ ✓ ○ 1 in its column), or writes the level's word in a 评定 cell.
 */
const LEVEL_WORDS = new Set([
  '优秀', '良好', '较好', '好', '一般', '较差', '差', '合格', '基本合格', '不合格', '需改进', '待改进', '称职', '基本称职', '不称职',
  '满意', '基本满意', '较满意', '不满意', '优', '良', '中', '可', '及格', '不及格', '中等', '卓越', '强', '较强', '较弱', '弱',
  '繁重', '较多', '较少', '高', '较高', '较低', 'A', 'B', 'C', 'D', 'E',
]);

export interface LevelHeader {
  word: string;
  /** Points the header states (优秀(5分)); null when it states none. */
  points: number | null;
  /** A share of the item's points (优秀(100%)); null when it states none. */
  share: number | null;
  /** The header counts votes (优秀票, 称职票数): the column holds how many votes the level got. */
  votes: boolean;
}

/** 优秀（5分）, 良好(80%), A档, 优 → the level it names, with the points or share its header states. */
export function levelHeader(text: string): LevelHeader | null {
  const t = compact(toHalfWidth(text)).replace(/％/g, '%');
  const m = /^([^()（）]+?)(?:档|级|等)?(票数|票|得票数|得票)?(?:[(（]([^()（）]*)[)）])?$/.exec(t);
  if (!m || !LEVEL_WORDS.has(m[1])) return null;
  const inside = m[3] ?? '';
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(inside);
  const pts = /^(\d+(?:\.\d+)?)分?$/.exec(inside);
  return { word: m[1], points: pts ? Number(pts[1]) : null, share: pct ? Number(pct[1]) / 100 : null, votes: m[2] !== undefined };
}

/** The marks an assessor ticks a level with. */
export const LEVEL_MARKS = ['√', '✓', '✔', '○', '●', '☑', '1', 'V', 'v', '是'] as const;

export function isLevelMark(v: CellValue): boolean {
  if (v === null || typeof v === 'boolean') return false;
  return (LEVEL_MARKS as readonly string[]).includes(String(v).trim());
}

/** A 评定 column: where the level's word is written. */
export const JUDGEMENT_HEADER = /^(评定|评定等次|评定等级|评价等次|评价等级|等次评定|等级评定|评价结果|评定结果|评定档次|考核等级|所评等次)$/;

/** The marked cells (or the written word) give one level's points; none or several give 0, with a warning. */
export function levelPoints(marked: readonly boolean[], points: readonly number[]): { score: number; marked: number } {
  const n = marked.filter(Boolean).length;
  if (n !== 1) return { score: 0, marked: n };
  return { score: round2(points[marked.indexOf(true)]), marked: 1 };
}

/** 1 when the cell holds a level mark, else 0; TRUE/FALSE are no mark (LibreOffice reads TRUE as "1"). */
export function markExpr(ref: string): string {
  return `ISNUMBER(MATCH(TRIM(${ref}),{${LEVEL_MARKS.map(str).join(',')}},0))*(1-ISLOGICAL(${ref}))`;
}

/** Level columns ticked: the one marked level's points, 0 when none or several are marked. */
export function marksExpr(refs: readonly string[], points: readonly string[]): string {
  const marks = refs.map(markExpr);
  const sum = marks.map((m, i) => `${m}*${points[i]}`).join('+');
  return `IF(${marks.join('+')}=1,ROUND(${sum},2),0)`;
}

/** A 评定 cell holding the level's word: that level's points, 0 when the word names no level. */
export function wordExpr(judge: string, words: readonly string[], points: readonly string[]): string {
  const terms = words.map((w, i) => `(TRIM(${judge})=${str(w)})*${points[i]}`).join('+');
  return `ROUND(${terms},2)`;
}

export const pointsText = (n: number): string => fmt(n);

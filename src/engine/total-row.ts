import { compact } from './numbers';

/**
 * The row that closes the table with the sheet's total, and the full marks the sheet declares elsewhere (title,
 * notes, the total row's own base), against which the sum of the section caps is checked.
 */

/** 合计, 总计, 总分 … at the start (合计（100分）) were always totals. */
const TOTAL_START = /^(合计|总计|总分|得分合计|总得分|合计得分)/;
/** Labels that end in the word: 考核得分合计, 各项合计, 考评总分, 最终总得分. 小计 closes a section, not the table. */
const TOTAL_END = /(合计|总计|总分|总得分|得分合计|总成绩)$/;
const TOTAL_CHAR = /[计分绩]/;

/**
 * 'start' when a row's label begins with a total word, 'end' when a short label ends in one (a long criterion that
 * happens to end in 合计 is not a label), null otherwise.
 */
export function totalLabel(text: string): 'start' | 'end' | null {
  // Every total word has 计, 分 or 绩 in it, and cleaning never makes one: most cells are ruled out without a copy.
  if (!TOTAL_CHAR.test(text)) return null;
  const t = compact(text).replace(/[(（][^)）]*[)）]$/, '').replace(/[:：]$/, '');
  if (t === '') return null;
  if (TOTAL_START.test(t)) return 'start';
  if (t.length <= 14 && !/小计$/.test(t) && TOTAL_END.test(t)) return 'end';
  return null;
}

const DECLARED = /(?:总分值?|满分值?|总计|合计|共计|满分为|总分为)(?:设为|设定为|定为|为|是|[:：])?\s*(\d+(?:\.\d+)?)\s*分(?!以上|以下|及以上|及以下|至|[-~—～]|\d)/;

/** The full marks a title or note states (考核总分值设为100分, （满分100分）, 总分：100分); null when none. */
export function declaredFullMarks(text: string): number | null {
  const m = DECLARED.exec(compact(text));
  // 总分为0分 is a condition (note-conditions.ts), never full marks.
  return m && Number(m[1]) > 0 ? Number(m[1]) : null;
}

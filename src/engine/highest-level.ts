import { compact, toHalfWidth } from './numbers';
import type { Layout } from './layout';

/**
 * Honours counted at their highest level only (不重复计算): 「同一事项获多级表彰的，按最高级别计分，不重复计算」,
 * 「同一赛事以最高分计入，不累计加分」, 「就高不就低」. Where a 加分 block's title, its rows or the sheet's notes say
 * so, the block's bonuses give the highest of them (MAX), not their sum. The wording must name the highest (最高/就高):
 * 「不重复计算」 alone is said of deductions too (同一问题不重复扣分).
 */
const HIGHEST_ONLY = /(按|以|取)最高(级别|级次|级|分值|分|档次|档|等级|奖项|一项|一次)?[^，,。；;]{0,6}(计分|计算|计入|加分|为准|计)|就高(不就低|计分|计算|加分)?/;

export function saysHighestOnly(text: string): boolean {
  return HIGHEST_ONLY.test(compact(toHalfWidth(text)));
}

/** For each 加分 block: are its bonuses counted at the highest only? One pass over the adjustments. */
export function highestOnlyBlocks(layout: Pick<Layout, 'blocks' | 'adjustments' | 'notes'>): boolean[] {
  const fromNotes = layout.notes.some(saysHighestOnly);
  const out = layout.blocks.map((b) => fromNotes || saysHighestOnly(b.name));
  for (const a of layout.adjustments) if (a.block !== null && !out[a.block] && saysHighestOnly(a.rule.text)) out[a.block] = true;
  return out;
}

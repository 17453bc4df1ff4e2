import { ordinalLevel } from './categories';
import type { DocBlock } from './doc-blocks';
import { compact } from './numbers';
import type { RubricDraft, RubricSection } from './rubric';
import { settleLoose } from './rubric-table';
import { ADJUST_WORDS, BLOCK_WORDS, headingPoints, NOTE_START, textPoints, VETO_WORDS } from './rubric-text';

/**
 * The paragraph form (seed 004): 「（一）组织领导…（20分）」 opens a section with its points, 「1、…（5分）」 lines under
 * it are its items. A heading at the same level without points ends the rubric (二、考核奖惩), except a 加减分 /
 * 加分项 heading, whose lines are the block. Unnumbered lines continue the line above (Word breaks long ones).
 */
const ITEM_START = /^(\d+[、.．)）]|[(（]\d+[)）]|[①-⑳])/;

export function rubricFromParagraphs(blocks: readonly DocBlock[]): RubricDraft | null {
  const draft: RubricDraft = {
    title: '', form: 'paragraphs', sections: [], blockName: '加减分', adjustments: [], vetoes: [], notes: [],
    statedTotal: null, warnings: [], own: [],
  };
  const loose = new Map<RubricSection, string[]>();
  let current: RubricSection | null = null;
  let headingLevel: number | null = null;
  let mode: 'before' | 'items' | 'block' | 'after' = 'before';
  let lastTitle = '';
  /** Where an unnumbered line continues: the last item, adjustment or loose line. */
  let extend: ((more: string) => void) | null = null;

  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const text = b.text.replace(/\s*\n\s*/g, '');
    if (text === '') continue;
    const level = ordinalLevel(text);
    const points = headingPoints(text);
    const isHeading = (level === 1 || level === 2) && (headingLevel === null || level === headingLevel);
    if (mode === 'after') {
      draft.own.push(text);
      continue;
    }
    if (isHeading && points !== null && text.length <= 100) {
      current = { name: text.replace(/\s+/g, ''), cap: points, items: [] };
      draft.sections.push(current);
      headingLevel = level;
      if (mode === 'before') draft.title = lastTitle;
      mode = 'items';
      extend = null;
      continue;
    }
    if (mode !== 'before' && level !== null && headingLevel !== null && level < headingLevel) {
      mode = 'after'; // 二、考核奖惩 after the （一）…（四） sections of 一、考核内容
      draft.own.push(text);
      continue;
    }
    if (mode === 'before') {
      if (level === null && text.length <= 40 && !/[，。；]/.test(text)) lastTitle = text;
      continue;
    }
    if (isHeading) {
      const name = compact(text);
      if (BLOCK_WORDS.test(name) && !VETO_WORDS.test(name) && name.length <= 30) {
        mode = 'block';
        draft.blockName = name.replace(/^[(（]?[一二三四五六七八九十]+[)）、.．]?/, '') || name;
        extend = null;
      } else {
        mode = 'after';
        draft.own.push(text);
      }
      continue;
    }
    if (NOTE_START.test(compact(text))) {
      mode = 'after';
      draft.own.push(text);
      continue;
    }
    if (!ITEM_START.test(compact(text))) {
      if (extend) extend(text);
      continue;
    }
    if (mode === 'block') {
      const adj = { content: text, criteria: '', cap: null };
      draft.adjustments.push(adj);
      extend = (more) => (adj.content += more);
      continue;
    }
    const s = current as RubricSection;
    const own = textPoints(text);
    if (own !== null) {
      const item = { index: '', content: text, criteria: '', method: '', points: own };
      s.items.push(item);
      extend = (more) => (item.content += more);
    } else if (VETO_WORDS.test(text) && s.items.length > 0) {
      draft.vetoes.push(text);
      extend = null;
    } else if (ADJUST_WORDS.test(text) && /[加奖]/.test(text) && s.items.length > 0) {
      const adj = { content: text, criteria: '', cap: null };
      draft.adjustments.push(adj);
      extend = (more) => (adj.content += more);
    } else {
      const lines = loose.get(s) ?? [];
      lines.push(text);
      loose.set(s, lines);
      if (VETO_WORDS.test(text)) draft.vetoes.push(text);
      extend = (more) => (lines[lines.length - 1] += more);
    }
  }
  if (draft.sections.length === 0) return null;
  settleLoose(draft, loose);
  return draft;
}

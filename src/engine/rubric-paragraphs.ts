import { ordinalLevel } from './categories';
import type { DocBlock } from './doc-blocks';
import { compact } from './numbers';
import type { RubricDraft, RubricSection } from './rubric';
import { settleLoose } from './rubric-table';
import { ADJUST_WORDS, ARTICLE, BLOCK_WORDS, headingPoints, linePoints, NOTE_START, textPoints, VETO_WORDS } from './rubric-text';

/**
 * The paragraph form (seed 004): 「（一）组织领导…（20分）」 opens a section with its points, 「1、…（5分）」 lines under
 * it are its items. A heading at the same level without points ends the rubric (二、考核奖惩), as does one a level
 * up; a 加减分 / 加分项 heading opens the block instead. Unnumbered lines continue the line above (Word users break
 * long ones), so a line is read only when the next numbered line or heading begins.
 */
const ITEM_START = /^(\d+[、.．)）]|[(（]\d+[)）]|[①-⑳])/;

interface Line {
  text: string;
  section: RubricSection | null;
  block: boolean;
}

export function rubricFromParagraphs(blocks: readonly DocBlock[]): RubricDraft | null {
  const draft: RubricDraft = {
    title: '', form: 'paragraphs', sections: [], blockName: '加减分', adjustments: [], vetoes: [], notes: [],
    statedTotal: null, warnings: [], own: [],
  };
  const lines: Line[] = [];
  let current: RubricSection | null = null;
  let headingLevel: number | null = null;
  let mode: 'before' | 'items' | 'block' | 'after' = 'before';
  let lastTitle = '';

  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const text = b.text.replace(/\s*\n\s*/g, '');
    if (text === '') continue;
    if (mode === 'after') {
      draft.own.push(text);
      continue;
    }
    // A paragraph Word numbers itself carries its level instead of 一、 or 1、 in its text.
    const level = ARTICLE.test(text) ? 0 : (ordinalLevel(text) ?? (b.listLevel !== undefined ? b.listLevel + 1 : null));
    const points = headingPoints(text);
    const isHeading = (level === 0 || level === 1 || level === 2) && (headingLevel === null || level === headingLevel);
    if (isHeading && points !== null && text.length <= 100) {
      current = { name: text.replace(/\s+/g, ''), cap: points, items: [] };
      draft.sections.push(current);
      headingLevel = level;
      if (mode === 'before') draft.title = lastTitle;
      mode = 'items';
      continue;
    }
    if (mode === 'before') {
      if (level === null && text.length <= 40 && !/[，。；]/.test(text)) lastTitle = text;
      continue;
    }
    if (level !== null && headingLevel !== null && level < headingLevel) {
      mode = 'after'; // 二、考核奖惩 after the （一）…（四） sections of 一、考核内容
      draft.own.push(text);
      continue;
    }
    if (isHeading) {
      const name = compact(text);
      if (BLOCK_WORDS.test(name) && !VETO_WORDS.test(name) && name.length <= 30) {
        mode = 'block';
        draft.blockName = name.replace(/^[(（]?[一二三四五六七八九十]+[)）、.．]?/, '') || name;
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
    // A line numbered below the headings' level ((一) under 一、), or one that states its own points after a line
    // that already has them (unnumbered items), starts a line; anything else continues the line above.
    const last = lines[lines.length - 1];
    const deeper = level !== null && headingLevel !== null && level > headingLevel;
    const own = last !== undefined && textPoints(last.text) !== null && textPoints(text) !== null;
    if (ITEM_START.test(compact(text)) || deeper || own || !last) lines.push({ text, section: current, block: mode === 'block' });
    else last.text += text;
  }
  if (draft.sections.length === 0) return null;
  const loose = new Map<RubricSection, string[]>();
  const pointed = new Set(lines.filter((l) => !l.block && linePoints(l.text) !== null).map((l) => l.section));
  for (const l of lines) classify(draft, l, loose, pointed.has(l.section));
  settleLoose(draft, loose);
  return draft;
}

/** A numbered line, whole: an item with its points, a 加减分 row, a 一票否决 event, or a line without points. */
function classify(draft: RubricDraft, l: Line, loose: Map<RubricSection, string[]>, pointed: boolean): void {
  if (l.block) {
    draft.adjustments.push({ content: l.text, criteria: '', cap: null });
    return;
  }
  const s = l.section as RubricSection;
  const own = linePoints(l.text);
  if (own !== null) {
    s.items.push({ index: '', content: l.text, criteria: '', method: '', points: own });
    return;
  }
  if (VETO_WORDS.test(l.text)) draft.vetoes.push(l.text);
  // 加5分 or 每人次减2.5分 with no points of its own beside items with theirs: a 加减分 row.
  if (pointed && !VETO_WORDS.test(l.text) && ADJUST_WORDS.test(l.text)) {
    draft.adjustments.push({ content: l.text, criteria: '', cap: null });
    return;
  }
  if (pointed && VETO_WORDS.test(l.text)) return;
  loose.set(s, [...(loose.get(s) ?? []), l.text]);
}

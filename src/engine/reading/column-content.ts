import { readEntry } from '../entries';
import { compact } from '../numbers';
import { flagAt, rowCount, rowEnd, textAt, valueAt, type SheetSnapshot } from '../snapshot';
import { totalLabel } from '../total-row';
import { NOTE_START, head, isSignature } from './row-text';

/**
 * What a column holds below the header, as evidence for its role beside the header word (SCORING.md §1): a score,
 * deduction or base column holds numbers (or blanks, 不得分, 「3分」); a content or criteria column holds sentences.
 */
export type ContentKind = 'numbers' | 'sentences' | 'names' | 'empty' | 'mixed';

export interface ColumnContent {
  kind: ContentKind;
  /** Cells read as numbers (numbers, numeric text, 不得分, formulas), and the number of each row where it is one. */
  numbers: Map<number, number>;
  texts: number;
  /** 1, 2, 3 … (restarting at 1): a 序号 column, whatever its header says. */
  sequence: boolean;
  /** Texts that read as a scoring rule (扣2分, 不得分, 酌情): a criteria column rather than a content one. */
  ruleLike: number;
}

const RULE_LIKE = /[扣减加奖]\s*[\d一二三四五六七八九十两半.]+\s*分|不得分|酌情|不计分/;
/** A sentence, not a name: long enough to say something, or a rule however short (扣1分). */
const SENTENCE_LENGTH = 8;

/** The content of every column from the header's end to the first total, note or signature row: one pass over the cells. */
export function columnContents(s: SheetSnapshot, headerEnd: number, width: number): ColumnContent[] {
  const acc = Array.from({ length: width + 1 }, () => ({ numbers: new Map<number, number>(), texts: 0, sentences: 0, ruleLike: 0 }));
  const last = rowCount(s);
  for (let r = headerEnd + 1; r <= last; r++) {
    if (closesTable(s, r, width)) break;
    const end = Math.min(width, rowEnd(s, r));
    for (let c = 1; c <= end; c++) {
      const v = valueAt(s, r, c);
      if (v === null || typeof v === 'boolean') continue;
      const flag = flagAt(s, r, c);
      if (flag === 'error') continue;
      const a = acc[c];
      if (typeof v === 'number' || flag === 'uncomputed') {
        a.numbers.set(r, typeof v === 'number' ? v : 0);
        continue;
      }
      const e = readEntry(v);
      if (e.kind === 'blank') continue;
      if (e.kind === 'number' || e.kind === 'whole') {
        a.numbers.set(r, e.kind === 'number' ? e.value : Number.NaN);
        continue;
      }
      a.texts++;
      const rule = RULE_LIKE.test(v);
      if (rule) a.ruleLike++;
      if (rule || compact(v).length >= SENTENCE_LENGTH) a.sentences++;
    }
  }
  return acc.map((a) => ({ kind: kindOf(a.numbers.size, a.texts, a.sentences), numbers: a.numbers, texts: a.texts, sequence: isSequence(a.numbers), ruleLike: a.ruleLike }));
}

function kindOf(numbers: number, texts: number, sentences: number): ContentKind {
  const total = numbers + texts;
  if (total === 0) return 'empty';
  if (numbers >= 0.8 * total) return 'numbers';
  if (texts >= 0.8 * total) return sentences * 2 >= texts ? 'sentences' : 'names';
  return 'mixed';
}

function isSequence(numbers: Map<number, number>): boolean {
  if (numbers.size < 3) return false;
  let prev = 0;
  for (const v of numbers.values()) {
    if (v !== prev + 1 && v !== 1) return false;
    prev = v;
  }
  return true;
}

function closesTable(s: SheetSnapshot, r: number, width: number): boolean {
  const end = Math.min(width, rowEnd(s, r));
  for (let c = 1; c <= end; c++) {
    const t = textAt(s, r, c);
    if (t === '') continue;
    return totalLabel(t) === 'start' || NOTE_START.test(head(t)) || isSignature(t);
  }
  return false;
}

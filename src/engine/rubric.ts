import type { DocBlock } from './doc-blocks';
import { message } from './messages';
import { compact, round2, sum2 } from './numbers';
import { fail, ok, type Result } from './result';
import { rubricFromParagraphs } from './rubric-paragraphs';
import { rubricFromTables } from './rubric-table';
import { findBands } from './tiers';
import { declaredFullMarks } from './total-row';

/**
 * A published 考核细则's scoring rubric, from whichever of its two forms the document uses (a table, or numbered
 * paragraphs with their points in parentheses): sections with the points they state, items with theirs, the
 * 加减分 block, 一票否决 events and the tier note. Points that do not add up are warnings (naming both sums), never
 * a refusal: the sheet written from it caps each section at what the rubric states, as a fill would.
 */
export interface RubricItem {
  index: string;
  content: string;
  criteria: string;
  /** 考核方式 / 考核方法, where the rubric has such a column. */
  method: string;
  points: number;
}

export interface RubricSection {
  name: string;
  /** The points the section's own text or row states; null when it states none (its cap is then its items' sum). */
  cap: number | null;
  items: RubricItem[];
}

export interface RubricAdjustment {
  content: string;
  criteria: string;
  /** A limit the rubric gives the row (a number in its 分值 cell). */
  cap: number | null;
}

export interface Rubric {
  title: string;
  form: 'table' | 'paragraphs';
  sections: RubricSection[];
  /** The 加减分 block's name as the rubric writes it (五、加减分, 加分项), or 加减分. */
  blockName: string;
  adjustments: RubricAdjustment[];
  vetoes: string[];
  /** The text declaring the tiers (90分以上为优秀…), or null (the sheet then uses the default bands). */
  tierNote: string | null;
  /** Other notes the rubric states under its table or sections. */
  notes: string[];
  /** The total the rubric states (合计 100, 考核总分值设为100分), or null. */
  statedTotal: number | null;
  warnings: string[];
}

/** What a form reader found; the common checks and the notes of the whole document are added after. */
export type RubricDraft = Omit<Rubric, 'tierNote' | 'statedTotal' | 'warnings'> & {
  statedTotal: number | null;
  warnings: string[];
  /** Texts that belong to the rubric's own table or sections (notes under it): read first for tiers and totals. */
  own: string[];
};

/** A section's points: what it states, else its items' sum. */
export const sectionPoints = (s: RubricSection): number => s.cap ?? sum2(s.items.map((i) => i.points));

export const fullMarks = (r: Pick<Rubric, 'sections'>): number => sum2(r.sections.map(sectionPoints));

export const itemCount = (r: Pick<Rubric, 'sections'>): number => r.sections.reduce((n, s) => n + s.items.length, 0);

/** The rubric of a document, or NO_RUBRIC naming the file. A table rubric wins over paragraphs that repeat it. */
export function readRubric(blocks: readonly DocBlock[], file: string): Result<Rubric> {
  const fromTable = rubricFromTables(blocks);
  const fromText = rubricFromParagraphs(blocks);
  const draft = [fromTable, fromText]
    .filter((d): d is RubricDraft => d !== null && itemCount(d) >= 2)
    .sort((a, b) => itemCount(b) - itemCount(a) || (a.form === 'table' ? -1 : 1))[0];
  if (!draft) return fail({ code: 'NO_RUBRIC', message: message('NO_RUBRIC', file) });
  const everywhere = blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''));
  const texts = [...draft.own, ...everywhere];
  const tierNote = tierNoteOf(texts);
  const statedTotal = draft.statedTotal ?? firstDeclared(draft.own);
  const { own: _own, ...rest } = draft;
  const rubric: Rubric = { ...rest, tierNote, statedTotal, warnings: [...draft.warnings] };
  rubric.warnings.push(...pointWarnings(rubric));
  return ok(rubric);
}

/** A sentence that declares tiers: bands whose names are tier words, not 返还本金 or the like. */
const TIER_WORD = /^(优秀|良好|较好|好|合格|基本合格|不合格|称职|基本称职|不称职|一般|较差|差|达标|基本达标|不达标|[一二三四五]类|[一二三四五]等|[ABCDE]档?|[ABCDE]级|先进|中等|及格|不及格)$/;

function tierNoteOf(texts: readonly string[]): string | null {
  for (const t of texts) {
    for (const sentence of t.split(/(?<=[。；;])/)) {
      const b = findBands([sentence]);
      if (b && b.bands.every((x) => TIER_WORD.test(compact(x.label))) && (b.floor === null || TIER_WORD.test(compact(b.floor))))
        return sentence.replace(/^\s*(注|说明)[:：]?\s*(\d+[、.．])?/, '').replace(/^[^：:\d]{1,8}[：:]/, '').trim();
    }
  }
  return null;
}

function firstDeclared(texts: readonly string[]): number | null {
  for (const t of texts) {
    const n = declaredFullMarks(t);
    if (n !== null) return n;
  }
  return null;
}

/** Items against each section's stated points, sections against the stated total: warnings naming both sums. */
export function pointWarnings(r: Pick<Rubric, 'sections' | 'statedTotal'>): string[] {
  const out: string[] = [];
  for (const s of r.sections) {
    if (s.cap === null || s.items.length === 0) continue;
    const sum = sum2(s.items.map((i) => i.points));
    if (Math.abs(sum - s.cap) > 1e-9) out.push(message('RUBRIC_SECTION_SUM', s.name, s.cap, sum));
  }
  const full = fullMarks(r);
  if (r.statedTotal !== null && Math.abs(round2(full) - r.statedTotal) > 1e-9) out.push(message('RUBRIC_TOTAL_SUM', r.statedTotal, full));
  return out;
}

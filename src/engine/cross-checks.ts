import { readCellEntry } from './entries';
import type { Layout } from './layout';
import { message } from './messages';
import { colLetter, isEmpty, valueAt, type SheetSnapshot } from './snapshot';
import type { WarningReport } from './sheet-report';

/**
 * Checks a reading must pass before its numbers are trusted (SCORING.md §2, 「Never silently wrong」). Points against
 * stated points are checked where sections and totals are scored (CAP_MISMATCH, TOTAL_ROW_BASE_MISMATCH,
 * FULL_MARKS_MISMATCH); these are the checks of what the reading left out. Each warning names both numbers.
 */
export function crossChecks(s: SheetSnapshot, layout: Layout): WarningReport[] {
  if (layout.kind !== 'direct') return [];
  return [...sentencesInScores(s, layout), ...mergedItemRows(s, layout)];
}

/** A text of this many characters or more in a score cell is a sentence, not a mark such as 良 or 合格. */
const SENTENCE = 6;

/** 得分 cells holding sentences on most scored rows: the score column is likely the wrong one. */
function sentencesInScores(s: SheetSnapshot, layout: Layout): WarningReport[] {
  const col = layout.columns.score as number;
  let numbers = 0;
  const sentences: string[] = [];
  for (const it of layout.items) {
    const e = readCellEntry(s, it.row, col);
    if (e.kind === 'number' || e.kind === 'whole' || e.kind === 'date') numbers++;
    else if (e.kind === 'unreadable' && e.raw.length >= SENTENCE) sentences.push(e.raw);
  }
  if (sentences.length < 2 || sentences.length < numbers) return [];
  const sample = sentences[0].length > 16 ? `${sentences[0].slice(0, 16)}…` : sentences[0];
  return [{ col: colLetter(col), code: 'SCORE_COLUMN_SENTENCES', message: message('SCORE_COLUMN_SENTENCES', colLetter(col), sentences.length, numbers, sample) }];
}

/**
 * One item over several rows (its 分值 merged down) where the rows below its first have scores typed of their own:
 * the sheet shows several items where the reading has one, and only the first row's score counts.
 */
function mergedItemRows(s: SheetSnapshot, layout: Layout): WarningReport[] {
  const col = layout.columns.score as number;
  const out: WarningReport[] = [];
  for (const it of layout.items) {
    const rows = it.rows ?? [it.row];
    if (rows.length < 2) continue;
    const scored = rows.filter((r) => !isEmpty(valueAt(s, r, col))).length;
    if (scored >= 2)
      out.push({ row: it.row, col: colLetter(col), code: 'ITEM_ROWS_MERGED', message: message('ITEM_ROWS_MERGED', it.row, rows.length, scored) });
  }
  return out;
}

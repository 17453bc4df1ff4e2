import ExcelJS from 'exceljs';
import type { CellValue } from '../engine/snapshot';

/**
 * exceljs's CellValue is a wide union (rich text, hyperlinks, shared formulas, dates, error objects). It is narrowed
 * here and nowhere else, to the plain value and formula text the engine's snapshot holds.
 */
export interface PlainCell {
  value: CellValue;
  /** With its leading '=', or null. */
  formula: string | null;
}

const T = ExcelJS.ValueType;

export function readCell(cell: ExcelJS.Cell): PlainCell {
  switch (cell.type) {
    case T.Merge:
      // Only the top-left cell of a merged area holds its value, as in Excel itself; the others read empty.
      return { value: null, formula: null };
    case T.Formula: {
      const text = cell.formula;
      return { value: plain(cell.result), formula: text ? `=${text}` : null };
    }
    default:
      return { value: plain(cell.value), formula: null };
  }
}

/** Any exceljs value (or formula result) as a plain value. */
export function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  // Excel cannot tell an empty string from an empty cell, and neither may the engine.
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return richText(o.richText);
    // A hyperlink cell reads as the text the user sees.
    if ('hyperlink' in o && 'text' in o) return plain(o.text);
    // #N/A, #DIV/0! and the like carry no number to score with.
    if ('error' in o) return null;
    if ('formula' in o || 'sharedFormula' in o) return plain(o.result);
  }
  return null;
}

function richText(runs: unknown[]): string {
  return runs.map((r) => (r && typeof r === 'object' ? String((r as { text?: unknown }).text ?? '') : '')).join('');
}

/** Excel stores dates as local wall-clock times that exceljs reads as UTC; a whole day reads as YYYY-MM-DD. */
function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

import type { CellValue } from '../engine/snapshot';
import type { WritePlan } from '../engine/write-plan';

/**
 * The undo record kept inside the workbook (so it travels with the file and survives closing the task pane): the
 * inverse plan as JSON, cut into cells of column A of a very hidden sheet. Each cell holds at most 30,000
 * characters (Excel's limit is 32,767) behind a "kh:" mark, which also keeps Excel from reading a piece that
 * happens to start with "=", "-" or a digit as a formula or a number.
 */
export const UNDO_SHEET = '_kaohe_undo';
export const CHUNK_CHARS = 30000;
const MARK = 'kh:';

interface Stored {
  v: 1;
  sheet: string;
  /** row, column, formula, value and, where the plan changed it, the number format. */
  cells: ([number, number, string | null, CellValue] | [number, number, string | null, CellValue, string])[];
}

export function encodeUndo(inverse: WritePlan): string[] {
  const stored: Stored = {
    v: 1,
    sheet: inverse.sheet,
    cells: inverse.cells.map((c) =>
      c.numFmt === undefined ? [c.row, c.col, c.formula, c.value] : [c.row, c.col, c.formula, c.value, c.numFmt],
    ),
  };
  const json = JSON.stringify(stored);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK_CHARS) chunks.push(MARK + json.slice(i, i + CHUNK_CHARS));
  return chunks;
}

/** The inverse plan back from column A's values; null when there is no record, 'damaged' when it cannot be read. */
export function decodeUndo(column: readonly unknown[]): WritePlan | null | 'damaged' {
  const pieces = column.filter((v) => typeof v === 'string' && v !== '') as string[];
  if (pieces.length === 0) return null;
  let json = '';
  for (const p of pieces) {
    const at = p.indexOf(MARK);
    // A leading apostrophe may survive on hosts that keep Excel's text prefix in the value.
    if (at < 0 || at > 1) return 'damaged';
    json += p.slice(at + MARK.length);
  }
  try {
    const s = JSON.parse(json) as Stored;
    if (s.v !== 1 || typeof s.sheet !== 'string' || !Array.isArray(s.cells)) return 'damaged';
    return {
      sheet: s.sheet,
      cells: s.cells.map(([row, col, formula, value, numFmt]) =>
        numFmt === undefined ? { row, col, formula, value } : { row, col, formula, value, numFmt },
      ),
    };
  } catch {
    return 'damaged';
  }
}

import type { CellValue, MergedArea, SheetSnapshot } from '../engine/snapshot';
import { parseAreasAddress, parseRangeAddress } from './addresses';
import { MERGED_AREAS_API, supportsExcelApi } from './requirements';

/**
 * Queues everything a snapshot needs — the used range's address, values and formulas, and (ExcelApi 1.13) its
 * merged areas — so that one context.sync fetches it all; the returned function builds the snapshot after that
 * sync. Callers may queue more loads before the same sync (undo store, selection), which is how reading a sheet
 * stays at one round trip.
 */
export function queueSnapshot(sheet: Excel.Worksheet): () => SheetSnapshot {
  sheet.load('name');
  // valuesOnly: borders or fills drawn far below a table must not turn a 30-row sheet into a 50,000-row read.
  const used = sheet.getUsedRange(true);
  used.load('address,values,formulas');
  const merged = supportsExcelApi(MERGED_AREAS_API) ? used.getMergedAreasOrNullObject() : null;
  merged?.load('address');
  return () =>
    snapshotFromRange(
      sheet.name,
      used.address,
      used.values as unknown[][],
      used.formulas as unknown[][],
      merged && !merged.isNullObject ? parseAreasAddress(merged.address) : [],
    );
}

/** Office.js arrays → the engine's snapshot, padded so that values[0][0] is A1 whatever the used range's corner. */
export function snapshotFromRange(
  name: string,
  address: string,
  values: unknown[][],
  formulas: unknown[][],
  merges: MergedArea[],
): SheetSnapshot {
  const at = parseRangeAddress(address) ?? { top: 1, left: 1, bottom: 1, right: 1 };
  const width = at.left - 1 + (values[0]?.length ?? 0);
  const outValues: CellValue[][] = [];
  const outFormulas: (string | null)[][] = [];
  for (let r = 0; r < at.top - 1; r++) {
    outValues.push(new Array<CellValue>(width).fill(null));
    outFormulas.push(new Array<string | null>(width).fill(null));
  }
  values.forEach((row, i) => {
    const vs = new Array<CellValue>(width).fill(null);
    const fs = new Array<string | null>(width).fill(null);
    row.forEach((raw, j) => {
      const v = cellValue(raw);
      vs[at.left - 1 + j] = v;
      fs[at.left - 1 + j] = formulaOf(formulas[i]?.[j], v);
    });
    outValues.push(vs);
    outFormulas.push(fs);
  });
  return { name, values: outValues, formulas: outFormulas, merges };
}

function cellValue(raw: unknown): CellValue {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string') return raw;
  return String(raw);
}

/**
 * Range.formulas repeats a constant for cells without a formula. A text cell that merely starts with "=" (written
 * as text) shows the same string as its value, which a formula returning its own source text cannot do.
 */
function formulaOf(raw: unknown, value: CellValue): string | null {
  if (typeof raw !== 'string' || !raw.startsWith('=')) return null;
  return raw === value ? null : raw;
}

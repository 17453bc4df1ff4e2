import type { CellFlag, CellValue, MergedArea, SheetSnapshot } from '../engine/snapshot';
import { parseAreasAddress, parseRangeAddress, rangeAddress } from './addresses';
import { isDateFormat } from '../engine/date-format';
import { MERGED_AREAS_API, supportsExcelApi } from './requirements';
import { utf8Length } from './write-blocks';

/**
 * A sheet is read in two steps, so no request passes Excel on the web's 5 MB limit on a response:
 *   1. the outline — the sheet's name, its used range's address and merged areas (one request, small whatever the
 *      sheet's size, and the place for callers to queue their own small reads);
 *   2. the cells, in bands of whole rows of the used range: values, formulas, valueTypes and number formats, one
 *      context.sync per band. A band is sized by an estimate of its bytes: the first from a generous guess per cell,
 *      each next from what the bands before it actually weighed.
 * valueTypes flag error cells, number formats date cells (SheetSnapshot.flags); 'uncomputed' cannot happen in Excel,
 * which calculates every formula it holds.
 */

/** A band's response is kept to this: half of Excel on the web's limit, for an estimate that may be off. */
export const BAND_BYTES = 2.5 * 1024 * 1024;
/** What the first band assumes a cell costs, before any band has been weighed (a rubric's long Chinese rule text). */
const FIRST_GUESS_CELL_BYTES = 320;
/** Excel returns no values past 5 million cells in one read; a band stays far below. */
const MAX_BAND_CELLS = 500_000;

export interface Outline {
  name: string;
  /** The used range (values only); null for an empty sheet. */
  used: MergedArea | null;
  merges: MergedArea[];
}

export function queueOutline(sheet: Excel.Worksheet): () => Outline {
  sheet.load('name');
  // valuesOnly: borders or fills drawn far below a table must not turn a 30-row sheet into a 50,000-row read.
  const used = sheet.getUsedRange(true);
  used.load('address');
  const merged = supportsExcelApi(MERGED_AREAS_API) ? used.getMergedAreasOrNullObject() : null;
  merged?.load('address');
  return () => ({
    name: sheet.name,
    used: parseRangeAddress(used.address),
    merges: merged && !merged.isNullObject ? parseAreasAddress(merged.address) : [],
  });
}

interface Band {
  values: unknown[][];
  formulas: unknown[][];
  types: unknown[][];
  formats: unknown[][];
}

/** Work that rides along with the first band's request (e.g. reading the fill record's XML). */
export type FirstBandRider = (context: Excel.RequestContext) => void;

export interface ReadStats {
  syncs: number;
  bands: number;
}

/** A cell's number format as read ('General' outside the used range). */
export type FormatReader = (row: number, col: number) => string;

export interface SheetCells {
  snapshot: SheetSnapshot;
  numberFormat: FormatReader;
  stats: ReadStats;
}

/**
 * Reads the outlined cells band by band and builds the snapshot. Returns it with the number of syncs spent.
 * A band that Excel still refuses as too large is read again in halves (never expected with the sizes above).
 */
export async function readCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  outline: Outline,
  rider?: FirstBandRider,
): Promise<SheetCells> {
  const stats: ReadStats = { syncs: 0, bands: 0 };
  const at = outline.used;
  const builder = new SnapshotBuilder(outline);
  if (!at) {
    if (rider) {
      rider(context);
      await context.sync();
      stats.syncs++;
    }
    return { snapshot: builder.done(), numberFormat: builder.numberFormat, stats };
  }
  const width = at.right - at.left + 1;
  let bytesPerRow = FIRST_GUESS_CELL_BYTES * width;
  let weighed = false;
  let row = at.top;
  let first = true;
  while (row <= at.bottom) {
    let rows = bandRows(bytesPerRow, width, at.bottom - row + 1);
    for (;;) {
      const range = sheet.getRange(rangeAddress(row, at.left, row + rows - 1, at.right));
      range.load('values,formulas,valueTypes,numberFormat');
      if (first) rider?.(context);
      try {
        stats.syncs++;
        await context.sync();
      } catch (e) {
        if (rows > 1 && isPayloadError(e)) {
          rows = Math.ceil(rows / 2);
          continue;
        }
        throw e;
      }
      first = false;
      const band: Band = { values: range.values, formulas: range.formulas, types: range.valueTypes, formats: range.numberFormat };
      builder.add(row, band);
      // The heaviest rows seen so far size the next band; the first guess only until a band has been weighed.
      bytesPerRow = Math.max(weighed ? bytesPerRow : 0, weigh(band) / rows);
      weighed = true;
      break;
    }
    stats.bands++;
    row += rows;
  }
  return { snapshot: builder.done(), numberFormat: builder.numberFormat, stats };
}

/** Rows for the next band: as many as fit the byte budget and the cell cap, at least one. */
function bandRows(bytesPerRow: number, width: number, left: number): number {
  const byBytes = Math.floor(BAND_BYTES / Math.max(1, bytesPerRow * 1.25));
  const byCells = Math.floor(MAX_BAND_CELLS / Math.max(1, width));
  return Math.max(1, Math.min(left, byBytes, byCells));
}

function isPayloadError(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  return /PayloadSizeLimitExceeded/i.test(code);
}

/** The band's size as JSON, as the response carried it. */
function weigh(b: Band): number {
  return utf8Length(JSON.stringify(b.values)) + utf8Length(JSON.stringify(b.formulas)) + utf8Length(JSON.stringify(b.types)) + utf8Length(JSON.stringify(b.formats));
}

/** Office.js arrays → the engine's snapshot, padded so that values[0][0] is A1 whatever the used range's corner. */
class SnapshotBuilder {
  private readonly values: CellValue[][] = [];
  private readonly formulas: (string | null)[][] = [];
  private readonly flags: (CellFlag | null)[][] = [];
  private readonly formats = new Map<number, unknown[]>();
  private flagged = false;
  private readonly width: number;

  constructor(private readonly outline: Outline) {
    const at = outline.used;
    this.width = at ? at.right : 0;
    for (let r = 1; at && r < at.top; r++) this.pushEmpty();
  }

  private pushEmpty(): void {
    this.values.push(new Array<CellValue>(this.width).fill(null));
    this.formulas.push(new Array<string | null>(this.width).fill(null));
    this.flags.push(new Array<CellFlag | null>(this.width).fill(null));
  }

  readonly numberFormat: FormatReader = (row, col) => {
    const left = this.outline.used?.left ?? 1;
    const f = this.formats.get(row)?.[col - left];
    return typeof f === 'string' ? f : 'General';
  };

  add(top: number, band: Band): void {
    const left = (this.outline.used as MergedArea).left;
    band.formats.forEach((line, i) => this.formats.set(top + i, line));
    band.values.forEach((line, i) => {
      const vs = new Array<CellValue>(this.width).fill(null);
      const fs = new Array<string | null>(this.width).fill(null);
      const flags = new Array<CellFlag | null>(this.width).fill(null);
      line.forEach((raw, j) => {
        const v = cellValue(raw);
        const at = left - 1 + j;
        vs[at] = v;
        fs[at] = formulaOf(band.formulas[i]?.[j], v);
        const flag = flagOf(band.types[i]?.[j], band.formats[i]?.[j], v);
        if (flag) {
          flags[at] = flag;
          this.flagged = true;
        }
      });
      this.values.push(vs);
      this.formulas.push(fs);
      this.flags.push(flags);
    });
  }

  done(): SheetSnapshot {
    const s: SheetSnapshot = { name: this.outline.name, values: this.values, formulas: this.formulas, merges: this.outline.merges };
    if (this.flagged) s.flags = this.flags;
    return s;
  }
}

/** Office.js arrays of one range → a snapshot (used by callers that read a small range in one request). */
export function snapshotFromRange(
  name: string,
  address: string,
  values: unknown[][],
  formulas: unknown[][],
  merges: MergedArea[],
  types?: unknown[][],
  formats?: unknown[][],
): SheetSnapshot {
  const used = parseRangeAddress(address) ?? { top: 1, left: 1, bottom: 1, right: 1 };
  const b = new SnapshotBuilder({ name, used: { ...used, right: used.left - 1 + (values[0]?.length ?? 0) }, merges });
  b.add(used.top, { values, formulas, types: types ?? [], formats: formats ?? [] });
  return b.done();
}

function cellValue(raw: unknown): CellValue {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string') return raw;
  return String(raw);
}

function flagOf(type: unknown, format: unknown, v: CellValue): CellFlag | null {
  if (type === 'Error') return 'error';
  if (typeof v === 'number' && typeof format === 'string' && isDateFormat(format)) return 'date';
  return null;
}

/**
 * Range.formulas repeats a constant for cells without a formula. A text cell that merely starts with "=" (written
 * as text) shows the same string as its value, which a formula returning its own source text cannot do.
 */
function formulaOf(raw: unknown, value: CellValue): string | null {
  if (typeof raw !== 'string' || !raw.startsWith('=')) return null;
  return raw === value ? null : raw;
}

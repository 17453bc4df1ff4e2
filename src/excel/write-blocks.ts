import type { PlannedCell, WritePlan } from '../engine/write-plan';
import { rangeAddress } from './addresses';
import { cellInput } from './cell-input';

/**
 * A plan as Range writes: one rectangle per run of consecutive rows in one column (a 得分 column is one or a few
 * runs), so even 10,000 items are a handful of Range.formulas assignments rather than 10,000 requests.
 */
export interface WriteBlock {
  address: string;
  top: number;
  col: number;
  rows: number;
  formulas: (string | number | boolean)[][];
  /** Only where some cell of the run has a format; null entries leave a cell's format as it is. */
  numberFormat: (string | null)[][] | null;
}

/** Excel on the web rejects a request over 5 MB; the estimate below is rough, so the line is drawn well before. */
export const PAYLOAD_LIMIT_BYTES = 4 * 1024 * 1024;
export const MAX_BLOCK_ROWS = 5000;
const PER_RANGE_OVERHEAD = 200;

export function planBlocks(plan: WritePlan): WriteBlock[] {
  const byCol = new Map<number, PlannedCell[]>();
  for (const c of plan.cells) {
    const list = byCol.get(c.col) ?? [];
    list.push(c);
    byCol.set(c.col, list);
  }
  const blocks: WriteBlock[] = [];
  for (const [col, cells] of [...byCol.entries()].sort((a, b) => a[0] - b[0])) {
    // A later cell for the same address wins, as it would if written one by one.
    const byRow = new Map<number, PlannedCell>();
    for (const c of cells) byRow.set(c.row, c);
    let run: PlannedCell[] = [];
    const flush = () => {
      if (run.length) blocks.push(block(col, run));
      run = [];
    };
    for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
      const prev = run[run.length - 1];
      if (prev && row !== prev.row + 1) flush();
      run.push(byRow.get(row) as PlannedCell);
    }
    flush();
  }
  return blocks;
}

function block(col: number, run: PlannedCell[]): WriteBlock {
  const top = run[0].row;
  const hasFormat = run.some((c) => c.numFmt !== undefined);
  return {
    address: rangeAddress(top, col, top + run.length - 1, col),
    top,
    col,
    rows: run.length,
    formulas: run.map((c) => [cellInput(c)]),
    numberFormat: hasFormat ? run.map((c) => [c.numFmt ?? null]) : null,
  };
}

/** UTF-8 bytes of the JSON the request would carry (Chinese text is 3 bytes a character). */
export function payloadBytes(blocks: readonly WriteBlock[]): number {
  let n = 0;
  for (const b of blocks) {
    n += PER_RANGE_OVERHEAD + utf8Length(JSON.stringify(b.formulas));
    if (b.numberFormat) n += PER_RANGE_OVERHEAD + utf8Length(JSON.stringify(b.numberFormat));
  }
  return n;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/**
 * The requests a plan is written in: one, unless it (with `extraBytes` riding along, e.g. the undo record) would
 * pass Excel on the web's request limit — then consecutive bands of at most 5,000 rows, each also kept under the
 * limit. This is the only case in which applying a plan takes more than one context.sync.
 */
export function planBatches(plan: WritePlan, extraBytes = 0): WriteBlock[][] {
  const whole = planBlocks(plan);
  if (payloadBytes(whole) + extraBytes <= PAYLOAD_LIMIT_BYTES) return [whole];
  const byRow = new Map<number, PlannedCell[]>();
  for (const c of plan.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  const batches: PlannedCell[][] = [];
  let cur: PlannedCell[] = [];
  let firstRow = 0;
  let bytes = extraBytes;
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cells = byRow.get(row) as PlannedCell[];
    const cost = cells.reduce((n, c) => n + cellBytes(c), 0);
    if (cur.length && (row - firstRow >= MAX_BLOCK_ROWS || bytes + cost > PAYLOAD_LIMIT_BYTES)) {
      batches.push(cur);
      cur = [];
      bytes = 0;
    }
    if (!cur.length) firstRow = row;
    cur.push(...cells);
    bytes += cost;
  }
  if (cur.length) batches.push(cur);
  return batches.map((cells) => planBlocks({ sheet: plan.sheet, cells }));
}

/**
 * A cell's share of a request, with a tenth of a range's overhead: the limit above leaves 1 MB below Excel's, which
 * covers a band of 5,000 rows even if every cell started a range of its own.
 */
function cellBytes(c: PlannedCell): number {
  return utf8Length(JSON.stringify(cellInput(c))) + (c.numFmt ? utf8Length(c.numFmt) + 4 : 0) + 8 + PER_RANGE_OVERHEAD / 10;
}

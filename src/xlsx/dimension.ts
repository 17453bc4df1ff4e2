/**
 * A sheet's <dimension ref="A1:G8"/> and a row's spans="1:7" say where its cells are. Both are hints that readers
 * use to size their grids before they read the cells: a reader that trusts them may skip or misplace a cell written
 * outside them. So a fill that adds a cell outside them widens them, and otherwise leaves their bytes alone, which
 * also keeps a refill byte-identical.
 */
import { address, parseAddress } from '../engine/snapshot';

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A corner of a dimension ref; row 0 ("A0") is no cell. */
function cellOf(ref: string): { row: number; col: number } | null {
  const at = parseAddress(ref);
  return at && at.row > 0 ? at : null;
}

function areaOf(ref: string): Area | null {
  const [a, b = a] = ref.split(':');
  const x = cellOf(a);
  const y = cellOf(b);
  if (!x || !y) return null;
  return { top: Math.min(x.row, y.row), left: Math.min(x.col, y.col), bottom: Math.max(x.row, y.row), right: Math.max(x.col, y.col) };
}

/**
 * The edit that widens the sheet's <dimension> to take in the written cells, or null when it already holds them,
 * when the sheet has none, or when its ref cannot be read (then it is left exactly as it was). `headEnd` bounds the
 * search: <dimension> comes before <sheetData>.
 */
export function dimensionEdit(
  xml: string,
  headEnd: number,
  cells: readonly { row: number; col: number }[],
): { start: number; end: number; text: string } | null {
  const m = /<(?:[\w.-]+:)?dimension\b[^>]*?\sref\s*=\s*(["'])([^"']*)\1/.exec(xml.slice(0, headEnd));
  if (!m || cells.length === 0) return null;
  const was = areaOf(m[2]);
  if (!was) return null;
  const to = { ...was };
  for (const c of cells) {
    to.top = Math.min(to.top, c.row);
    to.bottom = Math.max(to.bottom, c.row);
    to.left = Math.min(to.left, c.col);
    to.right = Math.max(to.right, c.col);
  }
  if (to.top === was.top && to.bottom === was.bottom && to.left === was.left && to.right === was.right) return null;
  const from = address(to.top, to.left);
  const ref = to.top === to.bottom && to.left === to.right ? from : `${from}:${address(to.bottom, to.right)}`;
  const start = m.index + m[0].length - m[2].length - 1;
  return { start, end: start + m[2].length, text: ref };
}

/**
 * A row's start tag with spans="a:b" widened to take in the written columns; the same string when no span needs to
 * change or the row has none. spans may list several ranges ("1:3 5:9"); a column in a gap widens the range before
 * it, so the ranges stay in order and apart.
 */
export function widenedSpans(rowTag: string, cols: readonly number[]): string {
  const m = /(\sspans\s*=\s*)(["'])([^"']*)\2/.exec(rowTag);
  if (!m) return rowTag;
  const read = spansOf(m[3]);
  if (read === null || read.length === 0) return rowTag;
  if (cols.every((c) => read.some(([a, b]) => c >= a && c <= b))) return rowTag;
  const ranges = read.map(([a, b]): [number, number] => [a, b]);
  let changed = false;
  for (const c of cols) {
    if (ranges.some(([a, b]) => c >= a && c <= b)) continue;
    changed = true;
    if (c < ranges[0][0]) ranges[0][0] = c;
    else {
      let i = ranges.length - 1;
      while (i > 0 && ranges[i][0] > c) i--;
      ranges[i][1] = c;
    }
  }
  if (!changed) return rowTag;
  const text = ranges.map(([a, b]) => `${a}:${b}`).join(' ');
  const start = m.index + m[1].length + 1;
  return rowTag.slice(0, start) + text + rowTag.slice(start + m[3].length);
}

/** A sheet's rows mostly share one spans text ("1:8"): each text is read once. */
const spansRead = new Map<string, readonly (readonly [number, number])[] | null>();

function spansOf(text: string): readonly (readonly [number, number])[] | null {
  let read = spansRead.get(text);
  if (read !== undefined) return read;
  const ranges: [number, number][] = [];
  for (const part of text.trim().split(/\s+/)) {
    const r = /^(\d+):(\d+)$/.exec(part);
    if (!r) {
      read = null;
      break;
    }
    ranges.push([Number(r[1]), Number(r[2])]);
  }
  read ??= ranges;
  if (spansRead.size < 256) spansRead.set(text, read);
  return read;
}

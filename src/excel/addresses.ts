import { colLetter, colNumber, parseAddress, type MergedArea } from '../engine/snapshot';

/**
 * Office.js hands back addresses with the sheet in front ("'考核 表'!B2:H30", "Sheet1!A1"); the snapshot wants
 * plain 1-based rectangles. A sheet name may itself hold "!" or ",", so only the part after the last "!" is read.
 */
export function parseRangeAddress(raw: string): MergedArea | null {
  const bang = raw.lastIndexOf('!');
  const local = (bang >= 0 ? raw.slice(bang + 1) : raw).trim().replace(/\$/g, '');
  // Whole rows ("2:12", a selection of row headers) and whole columns ("A:H").
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return area(Number(rows[1]), 1, Number(rows[2]), MAX_COL);
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(local);
  if (cols) return area(1, colNumber(cols[1]), MAX_ROW, colNumber(cols[2]));
  const [from, to = from] = local.split(':');
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return null;
  return area(a.row, a.col, b.row, b.col);
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

function area(r1: number, c1: number, r2: number, c2: number): MergedArea {
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** "Sheet1!A1:C1, 'a,b'!A3:A5" → one rectangle per area; commas inside a quoted sheet name do not split. */
export function parseAreasAddress(raw: string): MergedArea[] {
  const parts: string[] = [];
  let quoted = false;
  let cur = '';
  for (const ch of raw) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(parseRangeAddress)
    .filter((a): a is MergedArea => a !== null);
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const a = `${colLetter(left)}${top}`;
  return top === bottom && left === right ? a : `${a}:${colLetter(right)}${bottom}`;
}

import { roleOf, type Role } from './roles';
import { rowCount, rowEnd, textAt, valueAt, type MergedArea, type SheetSnapshot } from './snapshot';

/**
 * The header row: the first row naming at least three roles (SCORING.md §1), in any column order, possibly spanning
 * two rows under a group cell, possibly repeated further down where a printed page broke.
 */
export type Columns = Partial<Record<Role, number>>;

/** The role of each column in one header row. */
function rolesInRow(s: SheetSnapshot, row: number, width: number): Map<number, Role> {
  const roles = new Map<number, Role>();
  const end = Math.min(width, rowEnd(s, row));
  for (let c = 1; c <= end; c++) {
    if (typeof valueAt(s, row, c) !== 'string') continue;
    const t = textAt(s, row, c);
    if (t === '' || t.length > 24) continue; // criteria and content texts are never header names
    const r = roleOf(t);
    if (r) roles.set(c, r);
  }
  return roles;
}

/** A header row names at least three different roles (SCORING.md §1); so does a header repeated further down. */
export function isHeaderRow(s: SheetSnapshot, row: number, width: number): boolean {
  return distinctRoles(rolesInRow(s, row, width)) >= 3;
}

function distinctRoles(m: Map<number, Role>): number {
  return new Set(m.values()).size;
}

/** Merged areas by band of 64 rows, kept per merges list: a long sheet asks about every item row's cells. */
const BAND = 64;
const mergeBands = new WeakMap<readonly MergedArea[], { size: number; bands: Map<number, MergedArea[]> }>();

/** The merged area covering the cell (the first listed, if several do), or undefined. */
export function mergeAt(merges: readonly MergedArea[], row: number, col: number): MergedArea | undefined {
  const covers = (m: MergedArea) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;
  if (merges.length < 16) return merges.find(covers);
  let index = mergeBands.get(merges);
  // A list that grew since it was indexed (a snapshot built up cell by cell) is indexed again.
  if (!index || index.size !== merges.length) {
    const bands = new Map<number, MergedArea[]>();
    for (const m of merges)
      for (let b = Math.floor(m.top / BAND); b <= Math.floor(m.bottom / BAND); b++) (bands.get(b) ?? bands.set(b, []).get(b)!).push(m);
    mergeBands.set(merges, (index = { size: merges.length, bands }));
  }
  return index.bands.get(Math.floor(row / BAND))?.find(covers);
}

/** Turns column → role into role → column, resolving the cases users produce. */
function assignColumns(found: Map<number, Role>): Columns {
  const cols: Columns = {};
  const contents: number[] = [];
  for (const [c, r] of [...found.entries()].sort((a, b) => a[0] - b[0])) {
    if (r === 'content') contents.push(c);
    if (cols[r] === undefined) cols[r] = c;
  }
  // 考核内容 | 考核重点 (seed 004): with no section column, the left of two content columns names the sections.
  if (cols.section === undefined && contents.length >= 2) {
    cols.section = contents[0];
    cols.content = contents[1];
  }
  return cols;
}

/** How far down a header is looked for: a title and a few lines of notes sit above it, never pages of them. */
export const HEADER_SEARCH_ROWS = 60;

export function findHeaderRow(s: SheetSnapshot, width: number): number | null {
  const last = Math.min(rowCount(s), HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r++) if (isHeaderRow(s, r, width)) return r;
  return null;
}

/** A group cell over the assessed unit's own columns (自评分, 自查评分, 单位自评): what sits below it is self input. */
const SELF_GROUP = /自评|自查|自我评价|自测/;

/**
 * A header may span two rows: group cells (考核组评分, 自评分) over 扣分 | 得分 in the row below, merged across them or
 * each over one column. Roles found in the second row win for their columns, and the group cells' own readings are
 * dropped; under a self-assessment group the second row's columns are self input, so the panel's 得分 is the score.
 */
export function readHeader(s: SheetSnapshot, row: number, width: number): { columns: Columns; end: number } {
  const first = rolesInRow(s, row, width);
  const second = rolesInRow(s, row + 1, width);
  const groupBelow = [...second.keys()].some((c) => {
    const m = mergeAt(s.merges, row, c);
    return m !== undefined && m.top === row && m.bottom === row && m.right > m.left;
  });
  const baseBelow = [...second.values()].some((r) => r === 'deduction' || r === 'score');
  if (second.size > 0 && baseBelow && (groupBelow || onlyHeaderWords(s, row + 1, width, second))) {
    const merged = new Map(first);
    for (const c of merged.keys()) {
      const m = mergeAt(s.merges, row, c);
      const over = m && m.right > m.left ? [m.left, m.right] : [c, c];
      if ([...second.keys()].some((k) => k >= over[0] && k <= over[1])) merged.delete(c);
    }
    for (const [c, r] of second) merged.set(c, SELF_GROUP.test(groupText(s, row, c)) ? 'self' : r);
    return { columns: assignColumns(merged), end: row + 1 };
  }
  return { columns: assignColumns(first), end: row };
}

/** The text of the group cell above a second-row header cell: its own text, or the merged cell's covering it. */
function groupText(s: SheetSnapshot, row: number, col: number): string {
  const m = mergeAt(s.merges, row, col);
  return textAt(s, m ? m.top : row, m ? m.left : col).replace(/\s+/g, '');
}

/** A second header row holds nothing but column names: no item row (long texts, numbers) looks like that. */
function onlyHeaderWords(s: SheetSnapshot, row: number, width: number, roles: Map<number, Role>): boolean {
  let filled = 0;
  const end = Math.min(width, rowEnd(s, row));
  for (let c = 1; c <= end; c++) {
    const v = valueAt(s, row, c);
    if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
    const m = mergeAt(s.merges, row, c);
    if (m && m.top < row) continue;
    filled++;
    if (!roles.has(c)) return false;
  }
  return filled >= 2 && roles.size >= 2;
}

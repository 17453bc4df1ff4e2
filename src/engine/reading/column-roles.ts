import { assignColumns, findHeaderRow, HEADER_SEARCH_ROWS, readHeaderRoles, type Columns } from '../header';
import { message } from '../messages';
import { fail, ok, type Result } from '../result';
import { colCount, colLetter, type SheetSnapshot } from '../snapshot';
import { ROLE_NAMES, type Role } from '../roles';
import { readRoles, type RolesRead } from './role-evidence';
import { isWeighted } from '../sheet-kind';
import { weightedRefusal } from './weighted-found';
import { nestedColumns, type NestedColumns } from '../categories';
import { rowTexts } from './row-text';
import type { LayoutOptions } from './layout-types';
import type { ColumnReading } from './pass';

/**
 * The first pass: the header row and each column's role (SCORING.md §1). Refuses a sheet without one, a weighted
 * sheet, and one without a base or score column.
 */
export function readColumnRoles(s: SheetSnapshot, opts: LayoutOptions = {}): Result<ColumnReading> {
  const width = colCount(s);
  const headerRow = opts.headerRow ?? findHeaderRow(s, width);
  if (headerRow === null) return fail({ code: 'NO_HEADER', message: message('NO_HEADER', HEADER_SEARCH_ROWS) });
  const { found: words, end } = readHeaderRoles(s, headerRow, width);
  const above: string[] = [];
  for (let r = 1; r < headerRow; r++) above.push(...rowTexts(s, r, width));
  const headerTexts: string[] = [];
  for (let r = headerRow; r <= end; r++) headerTexts.push(...rowTexts(s, r, width));
  if (isWeighted(headerTexts, above)) {
    const { found, todo } = weightedRefusal(s, headerRow, end, width, above);
    return fail({ code: 'WEIGHTED_SHEET', message: message('WEIGHTED_SHEET', found, todo), row: headerRow });
  }
  const read = readRoles(s, headerRow, end, width, words, opts.columns);
  const headerColumns = assignColumns(read.found);
  const nest = nestedColumns(s, headerColumns, headerRow, end, width);
  const columns = nest ? nestedRoles(headerColumns, nest) : headerColumns;
  for (const role of ['base', 'score'] as const) {
    if (columns[role] !== undefined) continue;
    const undecided = read.ambiguities.find((a) => a.role === role && a.chosen === null);
    if (undecided) {
      const cols = undecided.cols.map((c) => `${colLetter(c)}列`).join('、');
      return fail({ code: 'ROLE_UNDECIDED', message: message('ROLE_UNDECIDED', ROLE_NAMES[role], cols), row: headerRow });
    }
    return role === 'base'
      ? fail({ code: 'MISSING_BASE', message: message('MISSING_BASE'), row: headerRow })
      : fail({ code: 'MISSING_SCORE', message: message('MISSING_SCORE'), row: headerRow });
  }
  const leftCols = [columns.section, columns.index, columns.content].filter((c): c is number => c !== undefined);
  const firstCol = Math.min(...Object.values(columns).filter((c): c is number => c !== undefined), nest?.category ?? Infinity);
  return ok({
    headerRow, headerEnd: end, columns: columns as ColumnReading['columns'], nest, above, leftCols, firstCol, width,
    roles: finalRoles(read, columns, nest?.category),
  });
}

/** The evidence with each column's role as finally read: the two-column form and seed 004's rule move some. */
function finalRoles(read: RolesRead, columns: Columns, category: number | undefined): RolesRead {
  const roleAt = new Map<number, Role | 'category'>();
  for (const [role, c] of Object.entries(columns) as [Role, number | undefined][]) if (c !== undefined && !roleAt.has(c)) roleAt.set(c, role);
  if (category !== undefined) roleAt.set(category, 'category');
  return {
    ...read,
    evidence: read.evidence.map((e) => {
      const r = roleAt.get(e.col);
      return { ...e, role: r === 'category' ? 'section' : (r ?? null), ...(r === 'category' ? { category: true } : {}) };
    }),
  };
}

/** 项目 | 子项目: the right column names the sections, the next content column (if any) the items. */
function nestedRoles<C extends Columns>(columns: C, nest: NestedColumns): C {
  const out: C = { ...columns, section: nest.section, content: nest.content };
  if (nest.content === undefined) delete out.content;
  return out;
}

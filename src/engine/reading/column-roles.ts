import { findHeaderRow, readHeader, type Columns } from '../header';
import { message } from '../messages';
import { fail, ok, type Result } from '../result';
import { colCount, type SheetSnapshot } from '../snapshot';
import { isWeighted } from '../sheet-kind';
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
  if (headerRow === null) return fail({ code: 'NO_HEADER', message: message('NO_HEADER') });
  const { columns: headerColumns, end } = readHeader(s, headerRow, width);
  const above: string[] = [];
  for (let r = 1; r < headerRow; r++) above.push(...rowTexts(s, r, width));
  const headerTexts: string[] = [];
  for (let r = headerRow; r <= end; r++) headerTexts.push(...rowTexts(s, r, width));
  if (isWeighted(headerTexts, above)) return fail({ code: 'WEIGHTED_SHEET', message: message('WEIGHTED_SHEET'), row: headerRow });
  const nest = nestedColumns(s, headerColumns, headerRow, end, width);
  const columns = nest ? nestedRoles(headerColumns, nest) : headerColumns;
  if (columns.base === undefined) return fail({ code: 'MISSING_BASE', message: message('MISSING_BASE'), row: headerRow });
  if (columns.score === undefined) return fail({ code: 'MISSING_SCORE', message: message('MISSING_SCORE'), row: headerRow });
  const leftCols = [columns.section, columns.index, columns.content].filter((c): c is number => c !== undefined);
  const firstCol = Math.min(...Object.values(columns).filter((c): c is number => c !== undefined), nest?.category ?? Infinity);
  return ok({
    headerRow, headerEnd: end, columns: columns as ColumnReading['columns'], nest, above, leftCols, firstCol, width,
  });
}

/** 项目 | 子项目: the right column names the sections, the next content column (if any) the items. */
function nestedRoles<C extends Columns>(columns: C, nest: NestedColumns): C {
  const out: C = { ...columns, section: nest.section, content: nest.content };
  if (nest.content === undefined) delete out.content;
  return out;
}

import type { Columns } from '../header';
import type { NestedColumns } from '../categories';
import type { CellValue, CellFlag, SheetSnapshot } from '../snapshot';
import type { Rule } from '../rule';
import type { RolesRead } from './role-evidence';

/**
 * What the layout reader's passes hand on, one to the next (column roles → table extent → row kinds → sections and
 * categories → notes). Each pass reads the snapshot and what the passes before it found, and adds its own part.
 */

/** Column roles: where the header is and which column holds what (column-roles.ts). */
export interface ColumnReading {
  headerRow: number;
  /** The last header row (headerRow + 1 under a group cell). */
  headerEnd: number;
  columns: Columns & { base: number; score: number };
  /** 项目 | 子项目: the column naming categories, when the sheet has two name columns. */
  nest: NestedColumns | null;
  /** Texts above the header (the title): notes for the tier bands and declared totals. */
  above: string[];
  /** The name columns left of the numbers (section, index, content), in that order. */
  leftCols: number[];
  /** The leftmost column the table uses: where a total or note row's label is read first. */
  firstCol: number;
  width: number;
  /** How each column's role was read: the header word, the content, the user's choice; ambiguities and warnings. */
  roles: RolesRead;
}

/** Table extent: the rows between the header and the total, note or signature row that closes it (table-extent.ts). */
export interface TableExtent {
  /** The first and last rows that may hold sections and items. */
  firstRow: number;
  lastRow: number;
  totalRow: number | null;
  totalBase: number | null;
  /** The first row after the table (total, note or signature), or null when the table runs to the sheet's end. */
  endRow: number | null;
}

/** Row kinds: what one body row holds, read once, before any section or item is decided (row-kinds.ts). */
export interface RowFacts {
  row: number;
  texts: string[];
  /** The start of the row's first label: decides a 小计 row. */
  lead: string;
  /** The start of the row's name columns joined: decides a 小计 row too. */
  leftText: string;
  baseValue: CellValue;
  baseFlag: CellFlag | null;
  /** The base as a number: the cell's, or an uncomputed formula's plain arithmetic; null when none. */
  base: number | null;
  /** The base cell holds a number a formula may reference (a real number, or arithmetic read from a formula). */
  baseIsNumber: boolean;
  /** The top row of a 基础分 merged down onto this row from above; null when the cell is its own. */
  baseMergedFrom: number | null;
  /** A header repeated where a printed page broke. */
  repeatedHeader: boolean;
  /** A date, TRUE/FALSE or an error where the base goes: named and left unscored. */
  doubtfulBase: boolean;
  /** The section column's text, unchanged (empty where there is none). */
  sectionText: string;
  /** The row's content and criteria texts joined: what its rule is read from when it is an item. */
  ownText: string;
  criteriaText: string;
  contentText: string;
  /** The 考核方式 / 评分方法 column's text: the rule's source on sheets whose only scoring words stand there. */
  methodText: string;
}

/** Everything the passes before sections have found: what sections-and-categories reads rows from. */
export interface RowsRead {
  roles: ColumnReading;
  extent: TableExtent;
  rows: RowFacts[];
  /** Rubrics repeat the same 评分标准 text on many rows: each text is read once. */
  parseRule: (text: string) => Rule;
}

export type { SheetSnapshot };

import type { Columns } from '../header';
import type { Rule } from '../rule';
import type { Conditions } from '../note-conditions';
import type { SheetKind } from '../sheet-kind';
import type { LayoutCategory } from '../categories';
import type { Role } from '../roles';
import type { RolesRead } from './role-evidence';

export type { Columns, LayoutCategory };

/**
 * Where the table is on a sheet: header roles, sections with their caps, items, the 加减分 block, 一票否决 rows,
 * the total row and the notes around the table (SCORING.md §1–2). Reading only; scoring is score.ts's.
 */
export interface LayoutSection {
  name: string;
  row: number;
  /** The cap written in the section's text (项目10分, （15分）, (30)); null when the text states none. */
  statedCap: number | null;
  /** Where the stated cap came from: the section's text (（15分）) or its row's own 分值 cell; absent when none. */
  capFrom?: 'text' | 'row';
  subtotalRow: number | null;
  /** The index in Layout.categories of the category (一级指标) holding this section; absent on one-level sheets. */
  category?: number;
}

export interface LayoutItem {
  row: number;
  section: number;
  base: number;
  /** The base cell holds a real number, so formulas may reference it rather than repeat it. */
  baseIsNumber: boolean;
  rule: Rule;
  /** Every row of the item, its own first: several when its 基础分 cell is merged down over them. */
  rows?: number[];
  /** Where the item's points came from: its 分值 cell (absent means this), or the (N分) its text ends with. */
  pointsFrom?: 'column' | 'text';
}

/** A row that would be an item but whose 基础分 cell cannot be read as the formulas would (a date, TRUE, an error). */
export interface DoubtfulBase {
  row: number;
  col: number;
  raw: string;
}

export interface AdjustmentBlock {
  name: string;
  row: number;
  /** 累计奖分不超过5分 in the block's own text: caps the bonuses it governs. */
  cap: number | null;
}

export interface LayoutAdjustment {
  row: number;
  rule: Rule;
  /** From the rule: 加/奖 adds, 扣/减 subtracts; 'entry' when the rule says neither or both (the entry's sign decides). */
  sign: 'bonus' | 'penalty' | 'entry';
  /** Where the assessor's entry is: the first non-empty of 加分, 扣分, 得分 (or the first that exists). */
  entryCol: number;
  block: number | null;
  /** 此项累计奖分不超过3分, or a number in the base column of a block row. */
  cap: number | null;
}

export interface VetoRow {
  row: number;
  entryCol: number;
  /** 一票否优: a mark bars only the top tier (优秀/一类), lowering it to the highest non-excellent one. */
  excellentOnly: boolean;
  text: string;
}

export interface Layout {
  sheet: string;
  /** 按扣分计算 (扣分 entered, 得分 computed) or 汇总已填得分 (得分 typed, only totals computed): sheet-kind.ts. */
  kind: SheetKind;
  headerRow: number;
  /** The last header row: headerRow + 1 when a group cell (考核组评分) spans 扣分 | 得分 below it. */
  headerEnd: number;
  columns: Columns;
  sections: LayoutSection[];
  /** Categories over sections (一级指标 over 二级指标, categories.ts); absent when the sheet has one level. */
  categories?: LayoutCategory[];
  /** The column naming the categories, in the two-column form (项目 | 子项目). */
  categoryColumn?: number;
  items: LayoutItem[];
  blocks: AdjustmentBlock[];
  adjustments: LayoutAdjustment[];
  vetoRows: VetoRow[];
  totalRow: number | null;
  /** The number in the total row's base column (合计 | 100): the full marks it states. */
  totalBase: number | null;
  /** Zero-total and veto conditions read from the notes (note-conditions.ts). */
  conditions: Conditions;
  tierCell: { row: number; col: number } | null;
  /** Texts outside the table's rows (title, notes, signatures): where tier bands and declared totals are read. */
  notes: string[];
  doubtfulBases?: DoubtfulBase[];
  /** Header rows of further score tables below this one's end, left unfilled (a warning names them). */
  laterTables?: number[];
  /** How each column's role was read (role-evidence.ts): what the reading shows and the warnings it gives. */
  roles?: RolesRead;
}

/** A user's choice of column roles: a role to a column (1-based), or a column to no role at all (null role). */
export interface ColumnChoice {
  col: number;
  role: Role | null;
}

export interface LayoutOptions {
  /** Take this row as the header (select-a-range mode) instead of searching for it. */
  headerRow?: number;
  /** The user's choice of column roles (kaohe fill --columns, the pane's role picker, kept in the fill record). */
  columns?: readonly ColumnChoice[];
}

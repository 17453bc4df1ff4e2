import type { CompositeReport } from './composite/fill';
import type { AmbiguityLine, ColumnLine } from './reading/reading';
import type { Rule } from './rule';

/** One scored sheet, exactly the per-sheet object of `kaohe fill --json` (shared/spec/CLI.md). */
export interface ItemReport {
  row: number;
  section: string;
  base: number;
  /** The deduction as applied (after 不得分, count × points, caps). */
  deduction: number;
  score: number;
  rule: Rule;
}

export interface SectionReport {
  name: string;
  row: number;
  cap: number;
  /** Sum of its item bases. */
  base: number;
  score: number;
  /** The name of the category (一级指标) holding it; absent on a sheet with one level. */
  category?: string;
}

/** A category over sections (一级指标 over 二级指标): its sections' scores summed and capped again. */
export interface CategoryReport {
  name: string;
  row: number;
  cap: number;
  /** Sum of its sections' caps. */
  base: number;
  score: number;
}

export interface AdjustmentReport {
  row: number;
  kind: 'bonus' | 'penalty';
  /** As applied, after caps; positive for both kinds (the kind says the sign). */
  points: number;
}

export interface WarningReport {
  row?: number;
  col?: string;
  code: string;
  message: string;
}

export interface SheetReport {
  sheet: string;
  /**
   * 'deductions': 扣分 entered, item 得分 computed (按扣分计算); 'direct': 得分 typed, only totals computed (汇总已填得分).
   * fillSheet always sets it; reports built elsewhere without it mean 'deductions'.
   */
  kind?: 'deductions' | 'direct' | 'composite';
  headerRow: number;
  /** Role → column letter. */
  columns: Record<string, string>;
  items: ItemReport[];
  sections: SectionReport[];
  /**
   * Present only when sections are grouped under categories: then the total adds the categories' capped scores
   * (and the sections outside any), and fullMarks is the sum of those caps.
   */
  categories?: CategoryReport[];
  adjustments: AdjustmentReport[];
  bonus: number;
  veto: boolean;
  total: number;
  fullMarks: number;
  tier: string;
  /**
   * The sheet declares no tier bands: the tier is from the default shares of its full marks (优秀 ≥ 90%, 良好 ≥ 80%,
   * 合格 ≥ 60%), and every display says 默认分档 beside it.
   */
  tierDefault?: boolean;
  /** The bands the tier was read by: the sheet's own note, or the default shares with their thresholds in points. */
  tierBands?: string;
  complete: boolean;
  warnings: WarningReport[];
  /** How a composite sheet (kind 'composite', SCORING.md §8) combines its scores: weights, raters, stage shares. */
  composite?: CompositeReport;
  /** How each column's role was read (the reading's column lines, shown by --explain): set by fillSheet. */
  columnRoles?: Pick<ColumnLine, 'col' | 'header' | 'role' | 'source' | 'why'>[];
  /** Roles two columns could hold: both named, with the one scored (null when none could be). */
  ambiguities?: AmbiguityLine[];
}

/**
 * The layout reader lives in reading/ as a pipeline of passes; this module keeps the names callers import.
 */
export { detectLayout } from './reading/detect-layout';
export { sectionCap, describeCell } from './reading/row-text';
export type {
  AdjustmentBlock, Columns, DoubtfulBase, Layout, LayoutAdjustment, LayoutCategory, LayoutItem, LayoutOptions,
  LayoutSection, VetoRow,
} from './reading/layout-types';

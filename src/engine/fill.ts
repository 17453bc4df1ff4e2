import { detectLayout, type Layout, type LayoutOptions } from './layout';
import { planFill, type PlanOptions } from './plan';
import { ok, type Result } from './result';
import { scoreSheet } from './score';
import type { SheetReport } from './sheet-report';
import { message } from './messages';
import { colLetter, damagedCells, type SheetSnapshot } from './snapshot';
import type { WritePlan } from './write-plan';

/** The one use case every edge calls: a sheet in, its scores and the cells to write out. */
export type FillOptions = PlanOptions & LayoutOptions;

export interface FillOutcome {
  report: SheetReport;
  plan: WritePlan;
  layout: Layout;
}

export function fillSheet(snapshot: SheetSnapshot, opts: FillOptions = {}): Result<FillOutcome> {
  const found = detectLayout(snapshot, opts);
  if (!found.ok) return found;
  const layout = found.value;
  const score = scoreSheet(snapshot, layout);
  const { plan, warnings } = planFill(snapshot, layout, score, opts);
  // A cell the file could not say is read as blank, wherever it is: the sheet is then never complete.
  const damaged = damagedCells(snapshot).map(({ row, col }) => ({ row, col: colLetter(col), code: 'CELL_DAMAGED', message: message('CELL_DAMAGED') }));
  const columns: Record<string, string> = {};
  for (const [role, col] of Object.entries(layout.columns)) if (col !== undefined) columns[role] = colLetter(col);
  if (layout.categoryColumn !== undefined) columns.category = colLetter(layout.categoryColumn);
  const report: SheetReport = {
    sheet: snapshot.name,
    kind: layout.kind,
    headerRow: layout.headerRow,
    columns,
    items: score.items.map(({ perPoints: _perPoints, ...item }) => item),
    sections: score.sections,
    ...(score.categories ? { categories: score.categories } : {}),
    adjustments: score.adjustments.map(({ row, kind, points }) => ({ row, kind, points })),
    bonus: score.bonus,
    veto: score.veto,
    total: score.total,
    fullMarks: score.fullMarks,
    tier: score.tier,
    complete: score.complete && damaged.length === 0,
    warnings: [...score.warnings, ...warnings, ...damaged].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
  };
  return ok({ report, plan, layout });
}

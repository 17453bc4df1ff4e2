import { fillComposite } from './composite/fill';
import { detectLayout, type Layout, type LayoutOptions } from './layout';
import { planFill, type PlanOptions } from './plan';
import { ok, type Result } from './result';
import { scoreSheet } from './score';
import type { SheetReport, WarningReport } from './sheet-report';
import { mergeAt } from './header';
import { message } from './messages';
import { round2 } from './numbers';
import { address, colLetter, damagedCells, valueAt, type CellValue, type SheetSnapshot } from './snapshot';
import type { WritePlan } from './write-plan';
import { readingOf, type SheetReading } from './reading/reading';

/** The one use case every edge calls: a sheet in, its scores and the cells to write out. */
export type FillOptions = PlanOptions & LayoutOptions;

export interface FillOutcome {
  report: SheetReport;
  plan: WritePlan;
  layout: Layout;
  /** How the sheet was read, for the pane's preview and `kaohe fill --explain`. */
  reading: SheetReading;
}

/** How the columns were read, where a person should look: said on the header row, before any item's warning. */
function roleWarnings(layout: Layout): WarningReport[] {
  return (layout.roles?.warnings ?? []).map((w) => ({ row: layout.headerRow, col: colLetter(w.col), code: w.code, message: w.message }));
}

export function fillSheet(snapshot: SheetSnapshot, opts: FillOptions = {}): Result<FillOutcome> {
  // Composite sheets (weights, several raters, stage shares: SCORING.md §8) first; the deduction reader takes the rest.
  const composite = opts.headerRow === undefined ? fillComposite(snapshot, opts) : null;
  if (composite) return composite.ok ? ok({ ...composite.value, reading: readingOf(snapshot, composite.value.layout, composite.value.report) }) : composite;
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
    tierDefault: score.bands.isDefault === true,
    tierBands: score.bands.source,
    complete: score.complete && damaged.length === 0,
    warnings: [...roleWarnings(layout), ...score.warnings, ...warnings, ...damaged].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
  };
  asTheFileHolds(report, snapshot, layout, plan);
  const reading = readingOf(snapshot, layout, report);
  report.columnRoles = reading.columns.map(({ col, header, role, source, why }) => ({ col, header, role, source, why }));
  if (reading.ambiguities.length > 0) report.ambiguities = reading.ambiguities;
  return ok({ report, plan, layout, reading });
}

/**
 * Where the plan leaves the total or the tier cell as the user's, the sheet goes on showing what it holds there, so
 * the report says that too, with a warning naming both: a report never states a total the file contradicts. This is
 * what a refill sees when the fill record is gone (docs/xlsx-patcher.md) and the earlier fill wrote values.
 */
function asTheFileHolds(report: SheetReport, s: SheetSnapshot, layout: Layout, plan: WritePlan): void {
  const planned = new Set(plan.cells.map((c) => address(c.row, c.col)));
  const kept = (row: number, col: number): CellValue => {
    const m = mergeAt(s.merges, row, col);
    if (planned.has(address(row, col)) || (m && (m.top !== row || m.left !== col))) return null;
    return valueAt(s, row, col);
  };
  const scoreCol = layout.columns.score;
  if (layout.totalRow !== null && scoreCol !== undefined) {
    const held = kept(layout.totalRow, scoreCol);
    if (typeof held === 'number' && round2(held) !== report.total) {
      const at = address(layout.totalRow, scoreCol);
      report.warnings.push({ row: layout.totalRow, col: colLetter(scoreCol), code: 'TOTAL_AS_HELD', message: message('TOTAL_AS_HELD', at, held, report.total) });
      report.total = round2(held);
    }
  }
  if (layout.tierCell) {
    const { row, col } = layout.tierCell;
    const held = kept(row, col);
    if (typeof held === 'string' && held.trim() !== '' && held.trim() !== report.tier) {
      report.warnings.push({ row, col: colLetter(col), code: 'TIER_AS_HELD', message: message('TIER_AS_HELD', address(row, col), held.trim(), report.tier) });
      report.tier = held.trim();
    }
  }
  report.warnings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

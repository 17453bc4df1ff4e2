import { columnChoice, EMPTY_FILL_RECORD, type RecordedCell } from '../engine/fill-record';
import type { ColumnChoice } from '../engine/reading/layout-types';
import { queueRecordLookup } from './fill-record-store';
import { fillSheet } from '../engine/fill';
import type { PlanOptions } from '../engine/plan';
import { fail, ok, type Result } from '../engine/result';
import type { SheetSnapshot } from '../engine/snapshot';
import { readActiveSheet, type ReadOptions } from './read-active';
import { runExcel } from './run';

export interface ScoreOptions extends ReadOptions, PlanOptions {
  /** Column roles the user just chose in the pane; without them, the choice kept in the fill record counts. */
  columns?: readonly ColumnChoice[];
}

type Filled = Extract<ReturnType<typeof fillSheet>, { ok: true }>['value'];

export type Recognition = Filled & { snapshot: SheetSnapshot };

/**
 * 识别评分表: the active sheet read (outline, then bands) and handed to the engine; nothing is written. The column
 * roles the user chose before, kept in the fill record, are read with it, so the preview shows what a fill would do.
 */
export async function recognizeActiveSheet(opts: ScoreOptions = {}): Promise<Result<Recognition>> {
  return runExcel(async (context) => {
    const store = queueRecordLookup(context);
    const { snapshot, headerRow } = await readActiveSheet(context, opts, store.rider);
    const stored = store.record();
    const record = stored === 'damaged' ? EMPTY_FILL_RECORD : stored;
    return scoreSnapshot(snapshot, { ...opts, columns: opts.columns ?? columnChoice(record, snapshot.name) }, headerRow);
  });
}

/** The cells the fill record says the tool wrote, by A1 address (planFill's PlanOptions.written). */
type Written = { written?: ReadonlyMap<string, RecordedCell> };

export function scoreSnapshot(
  snapshot: SheetSnapshot,
  opts: ScoreOptions & Written,
  headerRow: number | undefined,
): Result<Recognition> {
  const fillOpts = {
    mode: opts.mode ?? 'formulas', overwrite: opts.overwrite ?? false, headerRow, written: opts.written, columns: opts.columns,
  };
  const r = fillSheet(snapshot, fillOpts);
  return r.ok ? ok({ ...r.value, snapshot }) : fail(r.error);
}

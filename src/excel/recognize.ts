import type { RecordedCell } from '../engine/fill-record';
import { fillSheet } from '../engine/fill';
import type { PlanOptions } from '../engine/plan';
import { fail, ok, type Result } from '../engine/result';
import type { SheetSnapshot } from '../engine/snapshot';
import { readActiveSheet, type ReadOptions } from './read-active';
import { runExcel } from './run';

export interface ScoreOptions extends ReadOptions, PlanOptions {}

type Filled = Extract<ReturnType<typeof fillSheet>, { ok: true }>['value'];

export type Recognition = Filled & { snapshot: SheetSnapshot };

/** 识别评分表: the active sheet read (outline, then bands) and handed to the engine; nothing is written. */
export async function recognizeActiveSheet(opts: ScoreOptions = {}): Promise<Result<Recognition>> {
  return runExcel(async (context) => {
    const { snapshot, headerRow } = await readActiveSheet(context, opts);
    return scoreSnapshot(snapshot, opts, headerRow);
  });
}

/** The cells the fill record says the tool wrote, by A1 address (planFill's PlanOptions.written). */
type Written = { written?: ReadonlyMap<string, RecordedCell> };

export function scoreSnapshot(
  snapshot: SheetSnapshot,
  opts: ScoreOptions & Written,
  headerRow: number | undefined,
): Result<Recognition> {
  const fillOpts = { mode: opts.mode ?? 'formulas', overwrite: opts.overwrite ?? false, headerRow, written: opts.written };
  const r = fillSheet(snapshot, fillOpts);
  return r.ok ? ok({ ...r.value, snapshot }) : fail(r.error);
}

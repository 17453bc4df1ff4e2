import path from 'node:path';
import { message } from '../engine/messages';
import { readWorkbookFile, writeWorkbookFile } from '../xlsx/workbook-file';
import type { Command } from './args';
import { badInput, EXIT, type CliIO } from './io';
import { errorLine, moreWarningsLine, oneLine, warningLine } from './lines';
import { sameFile } from './same-file';
import { isScoreSheetFailure, mostSpecific, scoredName, scoreWorkbook } from '../xlsx/score-workbook';
import { fillSummary } from './summary';
import { KIND_NAMES } from '../xlsx/workbook-type';

type FillCommand = Extract<Command, { kind: 'fill' }>;

/** Warnings printed per sheet; a rubric with a systematic mistake would otherwise flood the terminal. */
const WARNINGS_SHOWN = 30;

/** Above this many rows a sheet takes long enough that the user should see something happening. */
const PROGRESS_ROWS = 2000;

/** `kaohe fill`: read, score every score sheet, write beside the input (never over it), report. */
export async function runFill(cmd: FillCommand, io: CliIO): Promise<number> {
  const read = readWorkbookFile(cmd.file);
  if (!read.ok) return badInput(io, errorLine(read.error));
  const pkg = read.value;
  const output = cmd.output ?? defaultOutput(cmd.file, pkg.extension);
  if (sameFile(cmd.file, output)) return badInput(io, errorLine({ code: 'OUTPUT_IS_INPUT', message: message('OUTPUT_IS_INPUT') }));
  // A macro workbook saved as .xlsx (or the reverse) is a file Excel will not open.
  if (path.extname(output).toLowerCase() !== pkg.extension)
    return badInput(io, errorLine({ code: 'OUTPUT_TYPE_MISMATCH', message: message('OUTPUT_TYPE_MISMATCH', output, cmd.file, KIND_NAMES[pkg.extension], pkg.extension) }));

  const scored = scoreWorkbook(pkg, { mode: cmd.values ? 'values' : 'formulas', overwrite: cmd.overwrite }, {
    onSheet: (name, rows) => {
      if (rows > PROGRESS_ROWS) io.err(`正在计分 ${name} …（${rows}行）`);
    },
  });
  if (scored.sheets.length === 0) {
    const worst = mostSpecific(scored.failures);
    if (worst && isScoreSheetFailure(worst)) return badInput(io, errorLine(worst.error, cmd.file, worst.sheet));
    const why = worst ? `：${worst.error.message}` : '';
    return badInput(io, errorLine({ code: 'NO_SCORE_SHEET', message: message('NO_SCORE_SHEET', cmd.file) + why }));
  }

  if (scored.rows > PROGRESS_ROWS) io.err(oneLine(`正在写入 ${output} …`));
  const written = await writeWorkbookFile(pkg, output);
  if (!written.ok) return badInput(io, errorLine(written.error));

  for (const f of scored.failures.filter(isScoreSheetFailure)) {
    io.err(oneLine(`警告：${message('SHEET_NOT_SCORED', f.sheet, f.error.message)}`));
  }
  for (const s of scored.sheets) {
    for (const w of s.warnings.slice(0, WARNINGS_SHOWN)) io.err(warningLine(s.sheet, w));
    if (s.warnings.length > WARNINGS_SHOWN) io.err(moreWarningsLine(s.sheet, s.warnings.length - WARNINGS_SHOWN));
  }
  if (cmd.json) io.out(JSON.stringify({ file: cmd.file, output, sheets: scored.sheets }, null, 2));
  else io.out(fillSummary(cmd.file, output, scored.sheets));
  return EXIT.OK;
}

/** in.xlsx → in.scored.xlsx in the same folder (in.xlsm → in.scored.xlsm). */
function defaultOutput(file: string, extension: string): string {
  return path.join(path.dirname(file), scoredName(path.basename(file), extension));
}


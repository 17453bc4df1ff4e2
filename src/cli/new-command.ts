import path from 'node:path';
import { readDocxFile } from '../docx/docx-file';
import { message } from '../engine/messages';
import { fmt } from '../engine/numbers';
import { readRubric } from '../engine/rubric';
import { checkUnitNames, DEFAULT_UNIT, splitUnits } from '../engine/unit-names';
import { localDate } from '../report/report-event';
import { planRubricWorkbook } from '../report/rubric-workbook';
import { writeNewWorkbook } from '../xlsx/new-workbook';
import { NODE_ZIP_CODEC, writeFileAtomic } from '../xlsx/workbook-file';
import type { Command } from './args';
import { badInput, EXIT, type CliIO } from './io';
import { errorLine } from './lines';
import { sameFile } from './same-file';

type NewCommand = Extract<Command, { kind: 'new' }>;

/** `kaohe new`: a Word rubric in, a workbook with one live score sheet per unit out (CLI.md). */
export async function runNew(cmd: NewCommand, io: CliIO): Promise<number> {
  const units = checkUnitNames(cmd.units === null ? [DEFAULT_UNIT] : splitUnits(cmd.units));
  if (!units.ok) return badInput(io, errorLine({ ...units.error, message: message('BAD_OPTION', units.error.message) }));
  const output = cmd.output ?? path.join(path.dirname(cmd.file), `${path.basename(cmd.file, path.extname(cmd.file))}.xlsx`);
  if (sameFile(cmd.file, output)) return badInput(io, errorLine({ code: 'OUTPUT_IS_INPUT', message: message('OUTPUT_IS_INPUT') }));
  const blocks = readDocxFile(cmd.file);
  if (!blocks.ok) return badInput(io, errorLine(blocks.error));
  const rubric = readRubric(blocks.value, cmd.file);
  if (!rubric.ok) return badInput(io, errorLine(rubric.error));
  const planned = planRubricWorkbook(rubric.value, units.value, path.basename(cmd.file), localDate());
  if (!planned.ok) return badInput(io, errorLine(planned.error));
  const book = planned.value;
  const written = await writeFileAtomic(writeNewWorkbook(book.sheets, NODE_ZIP_CODEC), output);
  if (!written.ok) return badInput(io, errorLine(written.error));
  for (const w of book.warnings) io.err(`警告：${w}`);
  if (cmd.json) {
    io.out(JSON.stringify({ file: cmd.file, output, sheets: book.summary, warnings: book.warnings }, null, 2));
    return EXIT.OK;
  }
  const r = rubric.value;
  const first = book.summary[0];
  const lines = [
    `已读取“${cmd.file}”中的考核细则（${r.form === 'table' ? '表格' : '编号段落'}）：${first.sections.length}个部分，${first.items}项，满分${fmt(first.fullMarks)}分`,
    ...first.sections.map((s) => `  ${s.name || '（未命名部分）'}：${fmt(s.cap)}分`),
    ...(r.adjustments.length ? [`  ${r.blockName}：${r.adjustments.length}项`] : []),
    ...(r.vetoes.length ? [`  一票否决：${r.vetoes.length}项`] : []),
    `  等次：${r.tierNote ?? '未说明，按默认分档（优秀≥90%，良好≥80%，合格≥60%）'}`,
    `已写入“${output}”：${units.value.join('、')}${units.value.length >= 2 ? '各一张评分表和“考核报告”排名表' : '评分表'}`,
  ];
  io.out(lines.join('\n'));
  return EXIT.OK;
}

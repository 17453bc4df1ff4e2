import path from 'node:path';
import { message } from '../engine/messages';
import { fmt } from '../engine/numbers';
import type { Result } from '../engine/result';
import { writeFileAtomic } from '../xlsx/workbook-file';
import { chartSvg } from '../report/chart';
import { renderDocx } from '../report/docx';
import { parseGroupOption, unknownUnits, type GroupSpec } from '../report/groups';
import { renderHtml } from '../report/html';
import { buildReport, INCOMPLETE_MARK, TOP_MARK, VETO_MARK, type ReportModel } from '../report/model';
import { svgToPng } from '../report/raster';
import { readUnits, type SourcedUnit } from '../report/read-units';
import { localDate } from '../report/report-event';
import { planReportSheet, REPORT_SHEET } from '../report/sheet-plan';
import { buildReportWorkbook, copyNames } from '../report/xlsx-workbook';
import type { Command } from './args';
import { badInput, EXIT, type CliIO } from './io';
import { errorLine, oneLine } from './lines';
import { sameFile } from './same-file';

type ReportCommand = Extract<Command, { kind: 'report' }>;

/** From this many files on, each file read is announced on stderr. */
const PROGRESS_FILES = 5;

/** `kaohe report`: score every unit in every file, rank them, write the report the output's extension names. */
export async function runReport(cmd: ReportCommand, io: CliIO): Promise<number> {
  let groups: GroupSpec | undefined;
  if (cmd.groups.length) {
    const g = parseGroupOption(cmd.groups);
    if (typeof g === 'string') return badInput(io, errorLine({ code: 'BAD_OPTION', message: message('BAD_OPTION', g) }));
    groups = g;
  }
  if (cmd.output !== null && cmd.files.some((f) => sameFile(f, cmd.output as string)))
    return badInput(io, errorLine({ code: 'OUTPUT_IS_INPUT', message: message('OUTPUT_IS_INPUT') }));

  const many = cmd.files.length >= PROGRESS_FILES;
  const read = await readUnits(cmd.files, (file, i) => {
    if (many) io.err(oneLine(`正在读取 ${i + 1}/${cmd.files.length}：${file}`));
  });
  if (!read.ok) return badInput(io, errorLine(read.error));
  const { units, failures } = read.value;
  for (const f of failures) io.err(oneLine(`警告：“${f.file}”${message('SHEET_NOT_SCORED', f.sheet, f.error.message)}`));
  if (units.length === 0) {
    const why = failures[0] ? `：${failures[0].error.message}` : '';
    return badInput(io, errorLine({ code: 'NO_SCORE_SHEET', message: message('NO_SCORE_SHEET', cmd.files.join('、')) + why }));
  }
  const unknown = unknownUnits(groups, units.map((u) => u.unit.unit));
  if (unknown.length)
    return badInput(io, errorLine({ code: 'BAD_OPTION', message: message('BAD_OPTION', `分组中的单位“${unknown.join('、')}”不在所给的工作簿中`) }));

  const model = buildReport(
    units.map((u) => u.unit),
    { date: localDate(), dense: cmd.dense, ...(cmd.top !== null ? { top: cmd.top } : {}), ...(groups ? { groups } : {}) },
  );
  for (const u of model.units)
    if (!u.report.complete) io.err(`警告：单位“${u.unit}”评分未完成，报告中已标注“${INCOMPLETE_MARK}”`);

  if (cmd.output !== null) {
    if (many) io.err(`正在写入 ${cmd.output} …`);
    const written = await writeReport(cmd.output, model, units);
    if (!written.ok) return badInput(io, errorLine(written.error));
  }
  if (cmd.json) io.out(JSON.stringify(reportJson(model, cmd.output), null, 2));
  else io.out(reportSummary(model, cmd.output));
  return EXIT.OK;
}

async function writeReport(output: string, model: ReportModel, units: readonly SourcedUnit[]): Promise<Result<void>> {
  const ext = path.extname(output).toLowerCase();
  const svg = chartSvg(model);
  if (ext === '.html' || ext === '.htm') return writeFileAtomic(Buffer.from(renderHtml(model, svg), 'utf8'), output);
  const png = svgToPng(svg);
  if (ext === '.docx') return writeFileAtomic(await renderDocx(model, png), output);
  const names = copyNames(units, [REPORT_SHEET]);
  // Unit names are unique (read-units makes them so); every unit's sheet is copied in, so every row is live.
  const byName = new Map(units.map((u) => [u.unit.unit, names.get(u) ?? null]));
  const plan = planReportSheet(model, (u) => byName.get(u.unit) ?? null);
  const wb = await buildReportWorkbook(plan, units, names, png);
  return writeFileAtomic(new Uint8Array(await wb.xlsx.writeBuffer()), output);
}

/** The units in rank order, as CLI.md specifies, with the fields a reader of the ranking needs beside them. */
function reportJson(m: ReportModel, output: string | null) {
  return {
    ...(output !== null ? { output } : {}),
    date: m.date,
    dense: m.dense,
    summary: m.summary,
    units: m.units.map((u) => ({
      unit: u.unit,
      file: u.file,
      sheet: u.sheet,
      ...(u.groupName ? { group: u.groupName } : {}),
      total: u.report.total,
      tier: u.report.tier,
      veto: u.report.veto,
      rank: u.rank,
      top: u.top,
      complete: u.report.complete,
      sections: u.report.sections.map((s) => ({ name: s.name, score: s.score })),
      deductions: u.deductions,
    })),
  };
}

function reportSummary(m: ReportModel, output: string | null): string {
  const lines = [`共${m.summary.units}个单位，平均分${fmt(m.summary.average)}：`];
  for (const u of m.units) {
    const marks = [u.report.veto ? VETO_MARK : '', u.top ? TOP_MARK : '', u.report.complete ? '' : INCOMPLETE_MARK].filter(Boolean);
    lines.push(`  ${u.groupName ? `[${u.groupName}] ` : ''}第${u.rank}名 ${u.unit}：${fmt(u.report.total)}分，${u.report.tier}${marks.length ? `（${marks.join('，')}）` : ''}`);
  }
  if (output !== null) lines.push(`已写入“${output}”`);
  return lines.join('\n');
}


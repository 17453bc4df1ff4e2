import { message } from '../engine/messages';
import { fail, ok, type Result } from '../engine/result';
import { parseColumnChoices } from '../engine/reading/column-choice';
import type { ColumnChoice } from '../engine/reading/layout-types';

/** What the user asked for, read from argv by hand (the grammar is small and every message must be Chinese). */
export type Command =
  | {
      kind: 'fill'; file: string; output: string | null; json: boolean; values: boolean; overwrite: boolean;
      explain: boolean; columns: ColumnChoice[] | null;
    }
  | { kind: 'rules'; text: string; json: boolean; explain: boolean }
  | {
      kind: 'report'; files: string[]; output: string | null; json: boolean; dense: boolean;
      top: number | null; groups: string[];
    }
  | { kind: 'new'; file: string; units: string | null; output: string | null; json: boolean }
  | { kind: 'help'; topic: 'fill' | 'rules' | 'report' | 'new' | null }
  | { kind: 'version' };

const bad = (detail: string): Result<never> => fail({ code: 'BAD_OPTION', message: message('BAD_OPTION', detail) });

export function parseArgs(argv: readonly string[]): Result<Command> {
  const [name, ...rest] = argv;
  if (name === undefined) return bad('缺少命令：kaohe fill <工作簿.xlsx> 或 kaohe rules "<评分标准>"');
  if (name === '-h' || name === '--help' || name === 'help') return ok({ kind: 'help', topic: null });
  if (name === '-v' || name === '--version') return ok({ kind: 'version' });
  if (name === 'fill') return parseFill(rest);
  if (name === 'rules') return parseRules(rest);
  if (name === 'report') return parseReport(rest);
  if (name === 'new') return parseNew(rest);
  return bad(name.startsWith('-') ? `无法识别的选项“${name}”` : `未知命令“${name}”`);
}

interface Scanned {
  flags: Set<string>;
  output: string | null;
  positional: string[];
}

function scan(args: readonly string[], flags: readonly string[], takesOutput: boolean): Result<Scanned> {
  const got: Scanned = { flags: new Set(), output: null, positional: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      got.positional.push(...args.slice(i + 1));
      break;
    }
    if (takesOutput && (a === '-o' || a === '--output' || a.startsWith('--output='))) {
      const v = a.startsWith('--output=') ? a.slice('--output='.length) : args[++i];
      if (v === undefined || v === '' || (v.startsWith('-') && v !== '-')) return bad(`选项 ${a.split('=')[0]} 后面缺少输出文件名`);
      if (got.output !== null) return bad('只能指定一个输出文件（-o）');
      got.output = v;
    } else if (flags.includes(a)) got.flags.add(a);
    else if (a.length > 1 && a.startsWith('-')) return bad(`无法识别的选项“${a}”`);
    else got.positional.push(a);
  }
  return ok(got);
}

function parseFill(all: readonly string[]): Result<Command> {
  if (all.includes('-h') || all.includes('--help')) return ok({ kind: 'help', topic: 'fill' });
  // --columns takes a value, which the shared scan does not know; it is taken out first.
  const args: string[] = [];
  let columns: ColumnChoice[] | null = null;
  for (let i = 0; i < all.length; i++) {
    const a = all[i];
    if (a !== '--columns' && !a.startsWith('--columns=')) {
      args.push(a);
      continue;
    }
    const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : all[++i];
    if (v === undefined || v === '' || v.startsWith('--')) return bad('选项 --columns 后面缺少列的指定，如 --columns 得分=H,扣分=G');
    const parsed = parseColumnChoices(v);
    if (!parsed.ok) return bad(parsed.detail);
    columns = [...(columns ?? []), ...parsed.value];
  }
  const s = scan(args, ['--json', '--values', '--overwrite', '--explain'], true);
  if (!s.ok) return s;
  const { flags, output, positional } = s.value;
  if (positional.length === 0) return bad('缺少要计分的工作簿：kaohe fill <工作簿.xlsx>');
  if (positional.length > 1) return bad(`fill 一次只处理一个工作簿，收到了${positional.length}个：${positional.join('、')}`);
  if (output !== null && !/\.(?:xlsx|xlsm|xltx|xltm)$/i.test(output))
    return bad(`输出文件“${output}”的扩展名应为 .xlsx（启用宏的工作簿为 .xlsm，模板为 .xltx 或 .xltm，与输入的工作簿相同）`);
  return ok({
    kind: 'fill',
    file: positional[0],
    output,
    json: flags.has('--json'),
    values: flags.has('--values'),
    overwrite: flags.has('--overwrite'),
    explain: flags.has('--explain'),
    columns,
  });
}

function parseRules(args: readonly string[]): Result<Command> {
  if (args.includes('-h') || args.includes('--help')) return ok({ kind: 'help', topic: 'rules' });
  const s = scan(args, ['--json', '--explain'], false);
  if (!s.ok) return s;
  // An unquoted criteria text arrives split at its spaces (扣 1分); put it back together.
  const text = s.value.positional.join(' ').trim();
  if (text === '') return bad('缺少评分标准文字：kaohe rules "每少一篇扣2分，扣完为止"');
  return ok({ kind: 'rules', text, json: s.value.flags.has('--json'), explain: s.value.flags.has('--explain') });
}

/** `report` takes values after --top and --group, which the shared scan does not know; they are taken out first. */
function parseReport(args: readonly string[]): Result<Command> {
  if (args.includes('-h') || args.includes('--help')) return ok({ kind: 'help', topic: 'report' });
  const rest: string[] = [];
  let top: number | null = null;
  const groups: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const named = (flag: string) => a === flag || a.startsWith(`${flag}=`);
    if (!named('--top') && !named('--group')) {
      rest.push(a);
      continue;
    }
    const flag = a.split('=')[0];
    const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
    if (v === undefined || v === '' || v.startsWith('--')) return bad(`选项 ${flag} 后面缺少${flag === '--top' ? '名额' : '分组'}`);
    if (flag === '--top') {
      if (!/^\d+$/.test(v) || Number(v) < 1) return bad(`--top 应为正整数，收到“${v}”`);
      top = Number(v);
    } else groups.push(v);
  }
  const s = scan(rest, ['--json', '--dense'], true);
  if (!s.ok) return s;
  const { flags, output, positional } = s.value;
  if (positional.length === 0) return bad('缺少要汇总的工作簿：kaohe report <工作簿.xlsx>... -o 报告.xlsx|报告.docx|报告.html');
  if (output === null && !flags.has('--json')) return bad('缺少输出文件：-o 报告.xlsx、报告.docx 或 报告.html');
  if (output !== null && !/\.(xlsx|docx|html?)$/i.test(output)) return bad(`输出文件“${output}”的扩展名应为 .xlsx、.docx 或 .html`);
  return ok({ kind: 'report', files: positional, output, json: flags.has('--json'), dense: flags.has('--dense'), top, groups });
}

/** `new` takes the unit list after --units, which the shared scan does not know; it is taken out first. */
function parseNew(args: readonly string[]): Result<Command> {
  if (args.includes('-h') || args.includes('--help')) return ok({ kind: 'help', topic: 'new' });
  const rest: string[] = [];
  let units: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a !== '--units' && !a.startsWith('--units=')) {
      rest.push(a);
      continue;
    }
    const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
    if (v === undefined || v.startsWith('--')) return bad('选项 --units 后面缺少单位名称：--units 甲镇,乙镇');
    if (units !== null) return bad('只能指定一次 --units（多个单位用逗号分隔）');
    units = v;
  }
  const s = scan(rest, ['--json'], true);
  if (!s.ok) return s;
  const { flags, output, positional } = s.value;
  if (positional.length === 0) return bad('缺少考核细则文档：kaohe new <细则.docx> [--units 甲镇,乙镇]');
  if (positional.length > 1) return bad(`new 一次只读一份细则，收到了${positional.length}个：${positional.join('、')}`);
  if (output !== null && !/\.xlsx$/i.test(output)) return bad(`输出文件“${output}”的扩展名应为 .xlsx`);
  return ok({ kind: 'new', file: positional[0], units, output, json: flags.has('--json') });
}

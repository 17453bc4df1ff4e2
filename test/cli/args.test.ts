import { parseArgs } from '../../src/cli/args';

const err = (argv: string[]) => {
  const r = parseArgs(argv);
  if (r.ok) throw new Error(`expected an error for ${argv.join(' ')}`);
  return r.error;
};

describe('命令行参数', () => {
  test('fill 读出工作簿、输出文件和各开关', () => {
    expect(parseArgs(['fill', '考核.xlsx', '-o', '结果.xlsx', '--json', '--values', '--overwrite'])).toEqual({
      ok: true,
      value: { kind: 'fill', file: '考核.xlsx', output: '结果.xlsx', json: true, values: true, overwrite: true },
    });
  });

  test('开关的顺序不限，--output=文件 与 -o 文件 相同', () => {
    const a = parseArgs(['fill', '--json', '--output=out.xlsx', 'in.xlsx']);
    const b = parseArgs(['fill', '--json', 'in.xlsx', '-o', 'out.xlsx']);
    expect(a).toEqual(b);
    expect(a.ok && a.value).toMatchObject({ kind: 'fill', file: 'in.xlsx', output: 'out.xlsx', json: true, values: false });
  });

  test('不给 -o 时输出为 null（由 fill 决定默认文件名）', () => {
    expect(parseArgs(['fill', 'in.xlsx'])).toMatchObject({ ok: true, value: { output: null, json: false } });
  });

  test('“--” 之后即使以“-”开头也是文件名', () => {
    expect(parseArgs(['fill', '--', '-考核.xlsx'])).toMatchObject({ ok: true, value: { file: '-考核.xlsx' } });
  });

  test.each([
    [['fill'], '缺少要计分的工作簿'],
    [['fill', 'a.xlsx', 'b.xlsx'], 'fill 一次只处理一个工作簿'],
    [['fill', 'a.xlsx', '-o'], '选项 -o 后面缺少输出文件名'],
    [['fill', 'a.xlsx', '-o', '--json'], '选项 -o 后面缺少输出文件名'],
    [['fill', 'a.xlsx', '-o', 'x.xlsx', '-o', 'y.xlsx'], '只能指定一个输出文件'],
    [['fill', 'a.xlsx', '-o', 'out.csv'], '扩展名应为 .xlsx'],
    [['fill', 'a.xlsx', '--dense'], '无法识别的选项“--dense”'],
    [['rules'], '缺少评分标准文字'],
    [['rules', '每少一篇扣2分', '--values'], '无法识别的选项“--values”'],
    [[], '缺少命令'],
    [['report', 'a.xlsx', '-o', 'r.pdf'], '扩展名应为 .xlsx、.docx 或 .html'],
    [['report', 'a.xlsx', '--top', 'x', '-o', 'r.html'], '--top 应为正整数，收到“x”'],
    [['report', '-o', 'r.html'], '缺少要汇总的工作簿'],
    [['scroe', 'a.xlsx'], '未知命令“scroe”'],
    [['--frobnicate'], '无法识别的选项“--frobnicate”'],
  ])('%j 是错误的选项：BAD_OPTION，中文说明“%s”', (argv, text) => {
    const e = err(argv as string[]);
    expect(e.code).toBe('BAD_OPTION');
    expect(e.message).toContain(text);
    expect(e.message).toContain('kaohe --help');
  });

  test('rules 把被空格拆开的评分标准重新连起来', () => {
    expect(parseArgs(['rules', '迟报一次扣', '0.1分', '--json'])).toEqual({
      ok: true,
      value: { kind: 'rules', text: '迟报一次扣 0.1分', json: true, explain: false },
    });
  });

  test('帮助与版本', () => {
    expect(parseArgs(['--help'])).toEqual({ ok: true, value: { kind: 'help', topic: null } });
    expect(parseArgs(['fill', '-h'])).toEqual({ ok: true, value: { kind: 'help', topic: 'fill' } });
    expect(parseArgs(['rules', '--help'])).toEqual({ ok: true, value: { kind: 'help', topic: 'rules' } });
    expect(parseArgs(['-v'])).toEqual({ ok: true, value: { kind: 'version' } });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import webpack from 'webpack';
import { readManifestInfo, resids, resources, urls, validate } from './manifest-checks';
import { tempDir } from '../helpers/temp-dir';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (env: object, argv: { mode: string }) => webpack.Configuration;

const ROOT = path.resolve(__dirname, '../..');
const ADDIN_URL = 'https://kaohe.example.org/';
let out = '';

/** `npm run build:addin` with ADDIN_URL set, through webpack's Node API, into a scratch folder instead of dist/. */
async function build(): Promise<string> {
  const dir = tempDir('addin');
  const saved = process.env.ADDIN_URL;
  process.env.ADDIN_URL = ADDIN_URL;
  let config: webpack.Configuration;
  try {
    config = makeConfig({}, { mode: 'production' });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  }
  config.output = { ...config.output, path: dir };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) reject(err);
      else if (!stats || stats.hasErrors()) reject(new Error(stats?.toString('errors-only') ?? '构建失败'));
      else resolve();
    });
  });
  return dir;
}

const read = (name: string): string => fs.readFileSync(path.join(out, name), 'utf8');
const functionsBundle = (): string => fs.readdirSync(out).find((f) => /^functions\.[0-9a-f]{8}\.js$/.test(f)) as string;

describe('发布构建（ADDIN_URL=https://kaohe.example.org/ webpack --mode production）', () => {
  beforeAll(async () => {
    out = await build();
  }, 300000);

  afterAll(() => {
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  it('构建出的 manifest.xml 通过 XSD 校验，不再含 localhost', () => {
    expect(() => validate(path.join(out, 'manifest.xml'))).not.toThrow();
    expect(read('manifest.xml')).not.toContain('localhost');
  });

  it('构建出的清单中每个网址都在发布网址下，且都是 https', () => {
    const all = urls(read('manifest.xml'));
    expect(all.length).toBeGreaterThan(5);
    for (const u of all) expect(u === 'https://kaohe.example.org' || u.startsWith(ADDIN_URL)).toBe(true);
  });

  it('构建出的清单中每个 resid 不超过32个字符且已定义，引用的文件都已生成', () => {
    const xml = read('manifest.xml');
    const defined = resources(xml);
    for (const id of resids(xml)) {
      expect(id.length).toBeLessThanOrEqual(32);
      expect(defined.has(id)).toBe(true);
    }
    for (const u of urls(xml).filter((x) => x.startsWith(ADDIN_URL))) {
      expect(fs.existsSync(path.join(out, u.slice(ADDIN_URL.length)))).toBe(true);
    }
  });

  it('functions.json（中文，默认）与 functions-en-US.json（英文）：同样的函数与参数，参数名与说明各用本语言', () => {
    type Meta = { allowCustomDataForDataTypeAny?: boolean; functions: { id: string; name: string; description: string; parameters: { name: string; description: string }[] }[] };
    const zh = JSON.parse(read('functions.json')) as Meta;
    const en = JSON.parse(read('functions-en-US.json')) as Meta;
    expect(zh.functions.map((f) => f.id).sort()).toEqual(['BONUS', 'CAPDEDUCT', 'DEDUCT', 'RANKCN', 'TIER', 'TRIMMEAN', 'WEIGHTED']);
    expect(en.functions.map((f) => f.id)).toEqual(zh.functions.map((f) => f.id));
    for (const [i, f] of zh.functions.entries()) {
      expect(f.id).toMatch(/^[A-Z]+$/);
      expect(f.name).toBe(f.id);
      expect(en.functions[i].name).toBe(f.id);
      expect(f.description).toMatch(/[\u4e00-\u9fa5]/);
      expect(en.functions[i].parameters).toHaveLength(f.parameters.length);
      for (const p of f.parameters) expect(`${p.name}${p.description}`).toMatch(/^[\u4e00-\u9fa5]/);
      for (const p of en.functions[i].parameters) expect(p.name).toMatch(/^[a-z]+$/);
    }
    // A CustomFunctionsRuntime 1.4 feature; the manifest declares 1.3.
    expect('allowCustomDataForDataTypeAny' in zh || 'allowCustomDataForDataTypeAny' in en).toBe(false);
    expect(read('manifest.xml')).toContain(`<bt:Override Locale="en-US" Value="${ADDIN_URL}functions-en-US.json"/>`);
  });

  it('functions.json 中每个函数的帮助链接（@helpurl）指向发布网址下的帮助页', () => {
    const meta = JSON.parse(read('functions.json')) as { functions: { id: string; helpUrl?: string }[] };
    for (const f of meta.functions) expect(f.helpUrl).toBe(`${ADDIN_URL}help.html#${f.id.toLowerCase()}`);
    expect(read('help.html')).toMatch(/<section id="?bonus"?>/);
  });

  it('KH.BONUS 的参数可重复：=KH.BONUS(G3,G5,G7)', () => {
    const meta = JSON.parse(read('functions.json')) as { functions: { id: string; parameters: { repeating?: boolean }[] }[] };
    expect(meta.functions.find((f) => f.id === 'BONUS')?.parameters.map((p) => p.repeating)).toEqual([true]);
  });

  it('包文件名带内容哈希；清单的版本取自 package.json，函数脚本网址指向带哈希的 functions 包', () => {
    const bundles = fs.readdirSync(out).filter((f) => f.endsWith('.js'));
    for (const chunk of ['functions', 'commands', 'taskpane']) expect(bundles.some((f) => new RegExp(`^${chunk}\\.[0-9a-f]{8}\\.js$`).test(f))).toBe(true);
    const info = readManifestInfo(path.join(out, 'manifest.xml'));
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(info.version).toBe(`${pkg.version}.0`);
    const script = /<Script>\s*<SourceLocation resid="([^"]+)"/.exec(read('manifest.xml'))?.[1] as string;
    expect(resources(read('manifest.xml')).get(script)).toBe(`${ADDIN_URL}${functionsBundle()}`);
  });

  it('函数包里注册了每个 KH.* 函数（CustomFunctions.associate）', () => {
    const js = read(functionsBundle());
    for (const id of ['CAPDEDUCT', 'TIER', 'DEDUCT', 'BONUS', 'RANKCN', 'TRIMMEAN', 'WEIGHTED']) expect(js).toMatch(new RegExp(`associate\\(["'\`]${id}["'\`]`));
  });

  it('共享运行时的 taskpane.html 同时加载函数、命令和任务窗格的代码，以及 office.js', () => {
    const html = read('taskpane.html');
    // html-webpack-plugin minifies in production and drops the attribute quotes.
    const order = ['functions', 'commands', 'taskpane'].map((chunk) => html.search(new RegExp(`src="?${chunk}\\.[0-9a-f]{8}\\.js"?[\\s>]`)));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toMatch(/src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
    expect(read('commands.html')).toMatch(/src="?commands\.[0-9a-f]{8}\.js"?[\s>]/);
  });

  it('任务窗格不加载 exceljs：发布包中没有它写工作表时用的 x14ac 命名空间', () => {
    // The spreadsheetml main namespace itself is in the pane now: 从 Word 细则新建 writes its workbook with the
    // project's own writer (src/xlsx/new-workbook.ts). exceljs alone writes x14ac into every worksheet.
    for (const name of fs.readdirSync(out).filter((f) => f.endsWith('.js'))) {
      expect(read(name)).not.toContain('schemas.microsoft.com/office/spreadsheetml/2009/9/ac');
    }
  });

  it('图标和示例工作簿随包发布', () => {
    for (const size of [16, 20, 24, 32, 40, 48, 64, 80]) {
      for (const kind of ['icon', 'fill', 'report']) expect(fs.existsSync(path.join(out, 'assets', `${kind}-${size}.png`))).toBe(true);
    }
    const example = path.join(out, 'examples', 'lianDaiBaoChuang.xlsx');
    expect(fs.readFileSync(example).equals(fs.readFileSync(path.join(ROOT, 'examples', 'lianDaiBaoChuang.xlsx')))).toBe(true);
  });
});

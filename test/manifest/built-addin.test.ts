import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import webpack from 'webpack';
import { resids, resources, urls, validate } from './manifest-checks';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (env: object, argv: { mode: string }) => webpack.Configuration;

const ROOT = path.resolve(__dirname, '../..');
const ADDIN_URL = 'https://kaohe.example.org/';
let out = '';

/** `npm run build:addin` with ADDIN_URL set, through webpack's Node API, into a scratch folder instead of dist/. */
async function build(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-addin-'));
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

  it('functions.json 由 JSDoc 生成：五个函数，ASCII 大写 id，中文说明和参数说明', () => {
    const meta = JSON.parse(read('functions.json')) as {
      functions: { id: string; name: string; description: string; parameters: { description: string }[] }[];
    };
    expect(meta.functions.map((f) => f.id).sort()).toEqual(['BONUS', 'CAPDEDUCT', 'DEDUCT', 'RANKCN', 'TIER']);
    for (const f of meta.functions) {
      expect(f.id).toMatch(/^[A-Z]+$/);
      expect(f.name).toBe(f.id);
      expect(f.description).toMatch(/[\u4e00-\u9fa5]/);
      for (const p of f.parameters) expect(p.description).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('函数包里注册了每个 KH.* 函数（CustomFunctions.associate）', () => {
    const js = read('functions.js');
    for (const id of ['CAPDEDUCT', 'TIER', 'DEDUCT', 'BONUS', 'RANKCN']) expect(js).toMatch(new RegExp(`associate\\(["'\`]${id}["'\`]`));
  });

  it('共享运行时的 taskpane.html 同时加载函数、命令和任务窗格的代码，以及 office.js', () => {
    const html = read('taskpane.html');
    // html-webpack-plugin minifies in production and drops the attribute quotes.
    for (const chunk of ['functions', 'commands', 'taskpane']) expect(html).toMatch(new RegExp(`src="?${chunk}\\.js"?[\\s>]`));
    expect(html).toMatch(/src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
    expect(read('commands.html')).toMatch(/src="?commands\.js"?[\s>]/);
  });

  it('任务窗格不加载 exceljs：发布包中没有它的 XML 架构字符串', () => {
    for (const name of fs.readdirSync(out).filter((f) => f.endsWith('.js'))) {
      expect(read(name)).not.toContain('schemas.openxmlformats.org/spreadsheetml/2006/main');
    }
  });

  it('图标和示例工作簿随包发布', () => {
    for (const size of [16, 32, 64, 80, 128]) expect(fs.existsSync(path.join(out, 'assets', `icon-${size}.png`))).toBe(true);
    const example = path.join(out, 'examples', 'lianDaiBaoChuang.xlsx');
    expect(fs.readFileSync(example).equals(fs.readFileSync(path.join(ROOT, 'examples', 'lianDaiBaoChuang.xlsx')))).toBe(true);
  });
});

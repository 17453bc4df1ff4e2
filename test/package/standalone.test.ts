import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function files(dir: string, ending: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : files(p, ending);
    return ending.test(e.name) ? [p] : [];
  });
}

const rel = (f: string) => path.relative(ROOT, f);

describe('仓库独立成立：用户克隆下来的仓库旁边没有 ../shared 文件夹', () => {
  test('测试、脚本和文档不引用仓库外的 ../shared', () => {
    const all = [
      ...files(path.join(ROOT, 'test'), /\.(ts|js)$/),
      ...files(path.join(ROOT, 'scripts'), /\.(js|py)$/),
      ...files(path.join(ROOT, 'docs'), /\.md$/),
      path.join(ROOT, 'README.md'),
      path.join(ROOT, 'webpack.config.js'),
    ];
    const outside = all.filter((f) => f !== __filename && /\.\.\/shared\/|'\.\.\/\.\.\/\.\.\/shared'/.test(fs.readFileSync(f, 'utf8')));
    expect(outside.map(rel)).toEqual([]);
  });

  test('README 与 docs/ 中的相对链接都指向仓库中的文件', () => {
    const broken: string[] = [];
    for (const doc of [path.join(ROOT, 'README.md'), ...files(path.join(ROOT, 'docs'), /\.md$/)]) {
      for (const m of fs.readFileSync(doc, 'utf8').matchAll(/\]\(([^)\s#]+)(#[^)]*)?\)/g)) {
        const target = m[1];
        if (/^[a-z]+:/i.test(target)) continue;
        if (!fs.existsSync(path.resolve(path.dirname(doc), target))) broken.push(`${rel(doc)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('测试用到的清单架构、示例工作簿及其预期结果、计分与命令行合同都在仓库中', () => {
    for (const f of [
      'schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd',
      'schemas/office-addin-manifest/TaskPaneAppVersionOverridesV1_0.xsd',
      'examples/lianDaiBaoChuang.xlsx',
      'examples/lianDaiBaoChuang.expected.json',
      'scripts/check-example.js',
      'docs/spec/SCORING.md',
      'docs/spec/CLI.md',
    ])
      expect([f, fs.existsSync(path.join(ROOT, f))]).toEqual([f, true]);
  });
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildLibOnce } from '../helpers/compiled-lib';
import { sha256, tmpDir } from '../helpers/cli';
import { seed000 } from '../helpers/seed-sheets';
import { writeWorkbook } from '../helpers/workbook';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'kaohe.js');


/** The child runs the compiled lib/, as the installed command does. */
beforeAll(buildLibOnce, 200_000);

const run = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
const lines = (s: string) => s.split('\n').filter((l) => l !== '');

describe('bin/kaohe.js（编译后的命令行）', () => {
  test('fill --json：退出码0，标准输出是 JSON，输入不变', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'in.xlsx');
    await writeWorkbook(file, seed000());
    const before = sha256(file);
    const r = run(['fill', file, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).sheets[0]).toMatchObject({ sheet: '区委政法委', total: 33.5, tier: '合格', tierDefault: true });
    expect(lines(r.stderr)).toEqual(['警告：工作表“区委政法委” G6：扣分3超过基础分2，按2分扣']);
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(path.join(dir, 'in.scored.xlsx'))).toBe(true);
  });

  test('输入有误：退出码2，标准错误只有一行中文，没有调用栈', () => {
    const r = run(['fill', '/no/such/考核.xlsx']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual(['错误：找不到文件“/no/such/考核.xlsx”']);
  });

  test('--help 列出 fill、rules 和 report', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('kaohe fill');
    expect(r.stdout).toContain('kaohe rules');
    expect(r.stdout).toContain('kaohe report');
  });

  test('rules 打印中文说明', () => {
    const r = run(['rules', '每少一篇扣2分']);
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(r.stdout).toContain('2');
  });

  test('lib/ 尚未编译时提示运行 npm run build，退出码1', () => {
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.copyFileSync(BIN, path.join(dir, 'bin', 'kaohe.js'));
    const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'kaohe.js'), '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([expect.stringContaining('npm run build')]);
  });

  test('在项目根目录，npx --no-install kaohe 找到本项目的命令', () => {
    const r = spawnSync('npx', ['--no-install', 'kaohe', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  test('示例 lianDaiBaoChuang.xlsx 通过 check-example.js 的核对', () => {
    const r = spawnSync('node', [path.join(ROOT, 'scripts', 'check-example.js'), path.join(ROOT, 'examples', 'lianDaiBaoChuang.xlsx')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(`${r.stdout}${r.stderr}`).toContain('total 85.5, tier 二类: as expected');
    expect(r.status).toBe(0);
  });
});

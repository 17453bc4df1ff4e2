import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/temp-dir';

const ROOT = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : sources(p);
    return /\.(ts|js)$/.test(e.name) ? [p] : [];
  });
}

describe('npm test 不在系统临时文件夹留下 kaohe-* 文件夹', () => {
  test('测试只通过 test/helpers/temp-dir.ts 建临时文件夹', () => {
    const own = sources(path.join(ROOT, 'test'))
      .filter((f) => f !== __filename && !f.endsWith(path.join('helpers', 'temp-dir.ts')))
      .filter((f) => /mkdtemp|os\.tmpdir\(\)/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f));
    expect(own).toEqual([]);
  });

  test('一个测试文件跑完（有通过的也有失败的测试），它建的临时文件夹都已删除', () => {
    const tmp = tempDir('tmpdir');
    const r = spawnSync(
      process.execPath,
      [require.resolve('jest/bin/jest'), '--testMatch', '**/test/support/temp-dir.check.ts', '--maxWorkers=1'],
      { cwd: ROOT, env: { ...process.env, TMPDIR: tmp }, encoding: 'utf8', timeout: 110_000 },
    );
    expect(r.stderr).toMatch(/Tests:\s+1 failed, 1 passed, 2 total/);
    expect(fs.readdirSync(tmp).filter((n) => n.startsWith('kaohe-'))).toEqual([]);
  });
});

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildLibOnce } from '../helpers/compiled-lib';
import { tmpDir } from '../helpers/cli';
import { seed000 } from '../helpers/seed-sheets';
import { writeWorkbook } from '../helpers/workbook';
import { opened, snapshotOf } from '../helpers/xlsx';
import { valueAt } from '../../src/engine/snapshot';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'kaohe.js');

/** The child runs the compiled lib/, as the installed command does. */
beforeAll(buildLibOnce, 200_000);

/** Runs the command with its standard output already closed by the reader; resolves with the exit code and stderr. */
function withReaderGone(args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, err }));
  });
}

/** 400 clauses of one rubric cell: far more JSON than a pipe holds, so the reader leaves mid-write. */
const LONG_RULE = Array.from({ length: 400 }, (_, i) => `未按要求报送第${i + 1}项材料的扣${(i % 5) + 1}分`).join('；');

describe('读取方提前关闭管道（| head）：命令安静地结束，不打印 EPIPE 堆栈', () => {
  test('kaohe rules … --json | head -c 10：只输出前10个字节，退出码0，标准错误为空', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" rules "$RULE" --json | head -c 10; echo "exit=\${PIPESTATUS[0]}" >&2`], {
      cwd: ROOT,
      env: { ...process.env, RULE: LONG_RULE },
      encoding: 'utf8',
    });
    expect(r.stdout).toBe('{\n  "text"');
    expect(r.stderr).toBe('exit=0\n');
  });

  test('kaohe rules 的中文摘要写到已关闭的管道：退出码0，没有堆栈', async () => {
    const r = await withReaderGone(['rules', LONG_RULE]);
    expect([r.code, r.err]).toEqual([0, '']);
  });

  test('kaohe fill --json 写到已关闭的管道：评分表照常写出，退出码0，只有本来的警告', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'in.xlsx');
    await writeWorkbook(file, seed000());
    const out = path.join(dir, 'out.xlsx');
    const r = await withReaderGone(['fill', file, '-o', out, '--json']);
    expect(r.code).toBe(0);
    expect(r.err.split('\n').filter((l) => l !== '')).toEqual(['警告：工作表“区委政法委” G6：扣分3超过基础分2，按2分扣']);
    expect(valueAt(snapshotOf(opened(fs.readFileSync(out)), '区委政法委'), 15, 8)).toBe(33.5);
  });

  test('kaohe report 的摘要写到已关闭的管道：报告照常写出，退出码0', async () => {
    const dir = tmpDir();
    const file = path.join(dir, '甲镇.xlsx');
    await writeWorkbook(file, seed000());
    const out = path.join(dir, '报告.html');
    const r = await withReaderGone(['report', file, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).not.toMatch(/EPIPE|at /);
    expect(fs.readFileSync(out, 'utf8')).toContain('区委政法委');
  });
});

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildLibOnce } from '../helpers/compiled-lib';
import { tmpDir } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '..', '..');
const LIB_FILE = path.join(ROOT, 'lib', 'xlsx', 'atomic-write.js');


/** The child runs the compiled lib/, as the installed command does. */
beforeAll(buildLibOnce, 200_000);

/**
 * A child writing a workbook atomically that stops halfway through the temporary file (it prints "half" there), so
 * the signal arrives mid-write every time.
 */
const CHILD = `
const fs = require('fs');
const { writeFileAtomic, NODE_FILE_OPS } = require(${JSON.stringify(LIB_FILE)});
const bytes = new Uint8Array(4 << 20).fill(80);
let calls = 0;
writeFileAtomic(bytes, process.argv[1], {
  ...NODE_FILE_OPS,
  write: async (fd, b, at, length) => {
    if (++calls === 3) {
      process.stdout.write('half\\n');
      await new Promise((r) => setTimeout(r, 20000));
    }
    return NODE_FILE_OPS.write(fd, b, at, length);
  },
}).then(() => process.stdout.write('done\\n'));
`;

function interrupted(signal: NodeJS.Signals, dir = tmpDir()): Promise<{ code: number | null; files: string[] }> {
  const out = path.join(dir, '考核.scored.xlsx');
  const child = spawn(process.execPath, ['-e', CHILD, out], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('half')) {
        expect(fs.readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(true);
        child.kill(signal);
      }
    });
    child.on('exit', (code) => resolve({ code, files: fs.readdirSync(dir) }));
  });
}

describe('写入中途被中断（Ctrl-C、kill）', () => {
  test('SIGINT：临时文件被删除，不留下输出，退出码130', async () => {
    expect(await interrupted('SIGINT')).toEqual({ code: 130, files: [] });
  });

  test('SIGTERM：临时文件被删除，不留下输出，退出码143', async () => {
    expect(await interrupted('SIGTERM')).toEqual({ code: 143, files: [] });
  });

  test('SIGHUP（关闭了终端窗口）：临时文件被删除，不留下输出，退出码129', async () => {
    expect(await interrupted('SIGHUP')).toEqual({ code: 129, files: [] });
  });

  test('SIGKILL 无法拦截，留下的临时文件带有可识别的名字，下一次写入同一文件夹时被删除', async () => {
    const dir = tmpDir();
    const killed = await interrupted('SIGKILL', dir);
    expect(killed.code).toBeNull();
    expect(killed.files).toEqual([expect.stringMatching(/^\.kaohe-[0-9a-f]{8}-\d+-[0-9a-z]+\.tmp$/)]);
    const { writeFileAtomic } = await import('../../src/xlsx/atomic-write');
    expect((await writeFileAtomic(new TextEncoder().encode('PK'), path.join(dir, '考核.scored.xlsx'))).ok).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['考核.scored.xlsx']);
  });

  test('另一个仍在运行的进程的临时文件不被删除', async () => {
    const dir = tmpDir();
    const { writeFileAtomic } = await import('../../src/xlsx/atomic-write');
    const child = spawn(process.execPath, ['-e', CHILD, path.join(dir, '甲.xlsx')], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('half') && resolve()));
    const theirs = fs.readdirSync(dir);
    expect((await writeFileAtomic(new TextEncoder().encode('PK'), path.join(dir, '乙.xlsx'))).ok).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual([...theirs, '乙.xlsx'].sort());
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
  });
});

describe('任何失败都不留下临时文件', () => {
  test('“得分”合并在多个项目上的评分表：照常结束，文件夹里没有 .tmp', async () => {
    const { kaohe } = await import('../helpers/cli');
    const { writeWorkbook } = await import('../helpers/workbook');
    const dir = tmpDir();
    const file = path.join(dir, 'in.xlsx');
    await writeWorkbook(file, {
      name: '区委政法委',
      cells: [
        ['项目', '序号', '评分标准', '基础分', '扣分', '得分'],
        ['执法规范化建设', 1, '不按照意见执行的扣2分', 2, 1, null],
        [null, 2, '不配合的扣1分', 2, null, null],
        [null, 3, '没认真执行的扣2分', 2, 2, null],
        ['合计', null, null, null, null, null],
      ],
      merges: ['F2:F4'],
    });
    const r = await kaohe('fill', file);
    expect([0, 2]).toContain(r.code);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

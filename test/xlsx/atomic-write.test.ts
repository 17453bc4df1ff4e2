import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { NODE_FILE_OPS, writeFileAtomic, type FileOps } from '../../src/xlsx/atomic-write';
import { kaohe, tmpDir } from '../helpers/cli';
import { seed000 } from '../helpers/seed-sheets';
import { writeWorkbook } from '../helpers/workbook';

/*
 * Issue 15, item 1: a full disk gave exit 0, 「已写入」 and a truncated workbook in place of the previous good one.
 * Here every operation of the writer fails or falls short in turn (a write stub: the file system stays real, the
 * fault is injected), and the previous output must stay whole, or no output be left, with one line that says why.
 */

/** A 3 MB output: four 1 MB slices, so faults land on the first, a middle and the last write. */
const NEW = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => (i * 31) % 251);
const PREVIOUS = Buffer.from('PK the previous, complete scored workbook');

type Fault =
  | { op: 'create' | 'chmod' | 'fsync' | 'close' | 'rename'; code: string }
  | { op: 'write'; call: number; kind: 'throws' | 'zero' | 'short-then-throws' }
  | { op: 'readBack'; kind: 'truncated' | 'flipped' };

const enospc = () => Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
const errno = (code: string) => Object.assign(new Error(code), { code });

function faulty(f: Fault): FileOps {
  const ops: FileOps = { ...NODE_FILE_OPS };
  let calls = 0;
  switch (f.op) {
    case 'write':
      ops.write = async (fd, b, at, length) => {
        if (++calls < f.call) return NODE_FILE_OPS.write(fd, b, at, length);
        if (f.kind === 'zero') return 0;
        if (f.kind === 'short-then-throws' && calls === f.call) return NODE_FILE_OPS.write(fd, b, at, Math.max(1, length >> 1));
        throw enospc();
      };
      return ops;
    case 'readBack':
      ops.readBack = async (file) => {
        const back = await NODE_FILE_OPS.readBack(file);
        if (f.kind === 'truncated') return back.subarray(0, back.length - 1);
        const copy = Uint8Array.from(back);
        copy[copy.length >> 1] ^= 0xff;
        return copy;
      };
      return ops;
    default: {
      const op = f.op;
      (ops as unknown as Record<string, () => Promise<never>>)[op] = async () => {
        throw errno(f.code);
      };
      return ops;
    }
  }
}

const FAULT: fc.Arbitrary<Fault> = fc.oneof(
  fc.record({ op: fc.constantFrom('create' as const, 'chmod' as const, 'fsync' as const, 'close' as const, 'rename' as const), code: fc.constantFrom('ENOSPC', 'EIO', 'EDQUOT', 'EACCES') }),
  fc.record({ op: fc.constant('write' as const), call: fc.integer({ min: 1, max: 4 }), kind: fc.constantFrom('throws' as const, 'zero' as const, 'short-then-throws' as const) }),
  fc.record({ op: fc.constant('readBack' as const), kind: fc.constantFrom('truncated' as const, 'flipped' as const) }),
);

describe('写入时的任何故障：原有输出完好或没有输出，绝不留下半个文件', () => {
  test('每一次写入不足、同步失败、改名失败、读回不符：失败，一行中文原因，目录里只有原来的文件', async () => {
    await fc.assert(
      fc.asyncProperty(FAULT, fc.boolean(), async (fault, hadPrevious) => {
        const dir = tmpDir();
        const out = path.join(dir, '考核.scored.xlsx');
        if (hadPrevious) fs.writeFileSync(out, PREVIOUS, { mode: 0o600 });
        const r = await writeFileAtomic(NEW, out, faulty(fault));
        // Only a chmod fault with no previous file to copy the mode of never fires.
        expect(r.ok).toBe(fault.op === 'chmod' && !hadPrevious);
        if (r.ok) {
          expect(fs.readFileSync(out).equals(Buffer.from(NEW))).toBe(true);
          expect(fs.readdirSync(dir)).toEqual(['考核.scored.xlsx']);
          return;
        }
        expect(r.error.code).toBe('WRITE_FAILED');
        expect(r.error.message).toMatch(new RegExp(`^无法写入“${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”：[^\\n]+$`));
        expect(fs.readdirSync(dir)).toEqual(hadPrevious ? ['考核.scored.xlsx'] : []);
        if (hadPrevious) expect(fs.readFileSync(out).equals(PREVIOUS)).toBe(true);
        fs.rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 60 },
    );
  });

  test('系统每次只接受一部分字节（短写）：补写剩余部分，输出与应写内容逐字节相同', async () => {
    const dir = tmpDir();
    const out = path.join(dir, '考核.scored.xlsx');
    const short: FileOps = { ...NODE_FILE_OPS, write: (fd, b, at, length) => NODE_FILE_OPS.write(fd, b, at, Math.min(length, 65_537)) };
    expect(await writeFileAtomic(NEW, out, short)).toEqual({ ok: true, value: undefined });
    expect(fs.readFileSync(out).equals(Buffer.from(NEW))).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['考核.scored.xlsx']);
  });

  test('替换已有的输出时保留它的权限：0600 仍是 0600', async () => {
    const dir = tmpDir();
    const out = path.join(dir, '考核.scored.xlsx');
    fs.writeFileSync(out, PREVIOUS);
    fs.chmodSync(out, 0o600);
    expect((await writeFileAtomic(NEW, out)).ok).toBe(true);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    fs.chmodSync(out, 0o640);
    expect((await writeFileAtomic(NEW, out)).ok).toBe(true);
    expect(fs.statSync(out).mode & 0o777).toBe(0o640);
  });
});

describe('文件名长度', () => {
  test('合法的 245 字节输出文件名照常写入：临时文件名不随输出名变长', async () => {
    const dir = tmpDir();
    const name = `${'考'.repeat(80)}.xlsx`; // 240 + 5 bytes
    expect(Buffer.byteLength(name)).toBe(245);
    expect(await writeFileAtomic(NEW, path.join(dir, name))).toEqual({ ok: true, value: undefined });
    expect(fs.readdirSync(dir)).toEqual([name]);
  });

  test('超过 255 字节的文件名：一行说明文件名过长，并说怎么办', async () => {
    const dir = tmpDir();
    const out = path.join(dir, `${'考'.repeat(90)}.xlsx`);
    const r = await writeFileAtomic(NEW, out);
    expect(r).toEqual({ ok: false, error: { code: 'WRITE_FAILED', message: expect.stringContaining('文件名过长') } });
    if (!r.ok) expect(r.error.message).toContain('-o');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

/** The seed 000 sheet (让胡路区委政法委政法工作绩效考核细则) filled once, then filled again on a failing disk. */
describe('kaohe fill 与 kaohe report 在写入失败时', () => {
  afterEach(() => jest.restoreAllMocks());

  async function filledOnce(): Promise<{ dir: string; file: string; out: string; before: Buffer }> {
    const dir = tmpDir();
    const file = path.join(dir, '政法委.xlsx');
    await writeWorkbook(file, seed000());
    const out = path.join(dir, '政法委.scored.xlsx');
    expect((await kaohe('fill', file)).code).toBe(0);
    return { dir, file, out, before: fs.readFileSync(out) };
  }

  test('磁盘满（写入返回0字节）：退出码2，一行错误，不说“已写入”，原有输出不变', async () => {
    const { dir, file, out, before } = await filledOnce();
    jest.spyOn(NODE_FILE_OPS, 'write').mockResolvedValue(0);
    const r = await kaohe('fill', file, '--values');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.errLines).toEqual([`错误：无法写入“${out}”：磁盘空间不足，原有文件（如有）未改动`]);
    expect(fs.readFileSync(out).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['政法委.scored.xlsx', '政法委.xlsx']);
  });

  test.each(['.html', '.docx', '.xlsx'])('report -o 报告%s 同步失败：退出码2，一行错误，没有输出', async (ext) => {
    const { dir, file } = await filledOnce();
    jest.spyOn(NODE_FILE_OPS, 'fsync').mockRejectedValue(errno('EIO'));
    const out = path.join(dir, `报告${ext}`);
    const r = await kaohe('report', file, '-o', out);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.errLines).toEqual([`错误：无法写入“${out}”：写入磁盘时出错，原有文件（如有）未改动`]);
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);
});

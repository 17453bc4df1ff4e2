import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { message } from '../engine/messages';
import { fail, ok, type Result } from '../engine/result';

/**
 * How an output reaches the disk (docs/xlsx-patcher.md, "The Node edge"): bytes go to a temporary file beside the
 * target, every write's length is checked, the file is synced, read back and compared, and only then renamed over the
 * target. A full disk, a failed sync or a failed rename therefore leaves the previous output as it was, or no output,
 * never part of one, and the temporary file is removed on every way out but SIGKILL. The operations are a parameter so
 * a test can make any one of them fail or fall short.
 */
export interface FileOps {
  /** Creates `file` exclusively for writing; returns its descriptor. */
  create(file: string): Promise<number>;
  /** Writes `length` bytes of `bytes` from `at`; returns how many the system took (possibly fewer). */
  write(fd: number, bytes: Uint8Array, at: number, length: number): Promise<number>;
  chmod(fd: number, mode: number): Promise<void>;
  fsync(fd: number): Promise<void>;
  close(fd: number): Promise<void>;
  readBack(file: string): Promise<Uint8Array>;
  rename(from: string, to: string): Promise<void>;
}

const fsWrite = promisify(fs.write);

export const NODE_FILE_OPS: FileOps = {
  create: (file) => promisify(fs.open)(file, 'wx', 0o666),
  write: async (fd, bytes, at, length) => (await fsWrite(fd, bytes, at, length)).bytesWritten,
  chmod: (fd, mode) => promisify(fs.fchmod)(fd, mode),
  fsync: (fd) => promisify(fs.fsync)(fd),
  close: (fd) => promisify(fs.close)(fd),
  readBack: (file) => fs.promises.readFile(file),
  rename: (from, to) => fs.promises.rename(from, to),
};

/** Written in slices, each awaited, so a Ctrl-C during a long write is handled between slices. */
const CHUNK = 1 << 20;

/** Most file systems allow 255 bytes for one name (NAME_MAX). */
const NAME_MAX = 255;

/**
 * Temporary files are named `.kaohe-<host>-<pid>-<random>.tmp`: short whatever the output's name (a legal 255-byte
 * name must not fail for its temporary's sake), and recognisable, so a later run can remove one whose writer was
 * killed outright. The host is part of the name because a shared folder may be written from several machines, and a
 * process id says nothing about another machine's processes.
 */
const TEMP_PREFIX = '.kaohe-';
const HOST = crypto.createHash('sha1').update(os.hostname()).digest('hex').slice(0, 8);
const TEMP_NAME = /^\.kaohe-([0-9a-f]{8})-(\d+)-[0-9a-z]+\.tmp$/;

function tempName(): string {
  return `${TEMP_PREFIX}${HOST}-${process.pid}-${crypto.randomBytes(6).toString('hex')}.tmp`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but is someone else's.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporary files this machine's killed writers left in `dir` (a SIGKILL or a power cut runs no clean-up). */
export function removeStaleTemps(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || m[1] !== HOST || Number(m[2]) === process.pid || alive(Number(m[2]))) continue;
    try {
      fs.rmSync(path.join(dir, name), { force: true });
    } catch {
      // someone else's to clean up, or gone already
    }
  }
}

/** Temporary files being written now; removed on every way out, including Ctrl-C, kill and a closed terminal. */
const pending = new Set<string>();
let hooked = false;

function removePending(): void {
  for (const t of pending) {
    try {
      fs.rmSync(t, { force: true });
    } catch {
      // nothing more to do on the way out
    }
  }
  pending.clear();
}

/** 128 + the signal's number, as a shell reports a process the signal ended. */
const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
const SIGNALS = Object.keys(SIGNAL_EXIT) as NodeJS.Signals[];

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  process.exit(SIGNAL_EXIT[signal] ?? 1);
}

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', removePending);
}

/** A failure of the file system, as the errors Node raises carry it. */
function fsError(code: string, text: string): NodeJS.ErrnoException {
  return Object.assign(new Error(text), { code });
}

async function writeAll(ops: FileOps, fd: number, bytes: Uint8Array): Promise<void> {
  let at = 0;
  while (at < bytes.length) {
    const n = await ops.write(fd, bytes, at, Math.min(CHUNK, bytes.length - at));
    // A write that takes nothing makes no progress: the disk is full (a short write is retried for the rest).
    if (!Number.isInteger(n) || n <= 0) throw fsError('ENOSPC', 'no space left on device');
    at += n;
  }
}

/** The mode an existing output has, for its replacement to keep (a 0600 file stays private). */
function modeOf(file: string): number | null {
  try {
    const st = fs.statSync(file);
    return st.isFile() ? st.mode & 0o7777 : null;
  } catch {
    return null;
  }
}

async function writeTemp(ops: FileOps, bytes: Uint8Array, tmp: string, mode: number | null): Promise<void> {
  const fd = await ops.create(tmp);
  let closed = false;
  try {
    if (mode !== null) await ops.chmod(fd, mode);
    await writeAll(ops, fd, bytes);
    await ops.fsync(fd);
    closed = true;
    await ops.close(fd);
  } finally {
    if (!closed) await ops.close(fd).catch(() => undefined);
  }
  const back = await ops.readBack(tmp);
  if (back.length !== bytes.length || !Buffer.from(back.buffer, back.byteOffset, back.byteLength).equals(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)))
    throw fsError('EIO', 'the file read back differs from what was written');
}

/** The folder's entry for the new name made durable too; not every file system can sync a folder, which is fine. */
function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // best effort
  }
}

/**
 * Writes `bytes` to `file` atomically: the previous file stays whole until the new one is complete on disk. The file
 * system saying no (missing folder, no permission, full disk, a name too long) comes back as WRITE_FAILED naming the
 * reason; the tool's own faults are thrown. Either way no temporary file is left.
 */
export async function writeFileAtomic(bytes: Uint8Array, file: string, ops: FileOps = NODE_FILE_OPS): Promise<Result<void>> {
  const failed = (code: string, e?: Error) => fail({ code: 'WRITE_FAILED', message: message('WRITE_FAILED', file, reasonOf(code, e)) });
  if (Buffer.byteLength(path.basename(file)) > NAME_MAX) return failed('ENAMETOOLONG');
  const dir = path.dirname(path.resolve(file));
  removeStaleTemps(dir);
  const tmp = path.join(dir, tempName());
  hookExit();
  pending.add(tmp);
  for (const s of SIGNALS) process.on(s, onSignal);
  try {
    await writeTemp(ops, bytes, tmp, modeOf(file));
    await ops.rename(tmp, file);
    pending.delete(tmp);
    syncDir(dir);
    return ok(undefined);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    pending.delete(tmp);
    const code = (e as NodeJS.ErrnoException | null)?.code;
    if (typeof code !== 'string') throw e;
    return failed(code, e as Error);
  } finally {
    for (const s of SIGNALS) process.off(s, onSignal);
  }
}

const REASONS: Record<string, string> = {
  ENOENT: '所在文件夹不存在',
  ENOTDIR: '所在文件夹不存在',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EROFS: '磁盘为只读',
  ENOSPC: '磁盘空间不足，原有文件（如有）未改动',
  EDQUOT: '磁盘配额已用完，原有文件（如有）未改动',
  EIO: '写入磁盘时出错，原有文件（如有）未改动',
  EISDIR: '这是一个文件夹',
  EBUSY: '文件正被其他程序占用',
  EEXIST: '同名临时文件已存在',
  ENAMETOOLONG: `文件名过长（一个文件名最多${NAME_MAX}字节，一个汉字占3字节）：请用 -o 指定较短的输出文件名`,
};

function reasonOf(code: string, e?: Error): string {
  return REASONS[code] ?? `${code} ${(e?.message ?? '').split('\n')[0]}`;
}

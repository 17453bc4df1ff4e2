import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { message } from '../engine/messages';
import { fail, ok, type Result } from '../engine/result';
import { openXlsx, type XlsxPackage } from './package';
import { crc32, type ZipCodec } from './zip';

/**
 * The file-system edge of the patcher (the only file here that imports node:*). Failures the user can fix come back
 * as engine-style error values naming the file; only the tool's own faults are thrown.
 */
export function readWorkbookFile(file: string): Result<XlsxPackage> {
  let bytes: Uint8Array;
  try {
    if (!fs.statSync(file).isFile()) return fail({ code: 'NOT_A_WORKBOOK', message: message('NOT_A_WORKBOOK', file) });
    // Read once, read-only: the input file is never opened again.
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return fail({ code: 'FILE_UNREADABLE', message: message('FILE_UNREADABLE', file) });
    if (code === 'EISDIR') return fail({ code: 'NOT_A_WORKBOOK', message: message('NOT_A_WORKBOOK', file) });
    return fail({ code: 'FILE_NOT_FOUND', message: message('FILE_NOT_FOUND', file) });
  }
  return openXlsx(bytes, file, nodeInflate);
}

/** How bytes get to a path; a parameter so tests can make the write fail halfway. */
export type BytesWriter = (bytes: Uint8Array, file: string) => Promise<void>;

/** Written in slices, each awaited, so a Ctrl-C during a long write is handled between slices. */
const CHUNK = 1 << 20;

const writeInChunks: BytesWriter = async (bytes, file) => {
  const h = await fs.promises.open(file, 'wx');
  try {
    for (let at = 0; at < bytes.length; at += CHUNK) await h.write(bytes, at, Math.min(CHUNK, bytes.length - at));
    await h.sync();
  } finally {
    await h.close();
  }
};

/** Temporary files being written now; removed on every way out, including Ctrl-C and kill. */
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

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', removePending);
}

/**
 * Writes beside the target under a temporary name, then renames: a crash or a full disk leaves either the old file
 * or the new one, never half a workbook, and the temporary file is removed on failure and on SIGINT/SIGTERM.
 */
export async function writeFileAtomic(bytes: Uint8Array, file: string, write: BytesWriter = writeInChunks): Promise<Result<void>> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  hookExit();
  pending.add(tmp);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await write(bytes, tmp);
    fs.renameSync(tmp, file);
    pending.delete(tmp);
    return ok(undefined);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    pending.delete(tmp);
    // The file system saying no (missing folder, no permission, full disk) is the user's to fix; anything else is ours.
    const code = (e as NodeJS.ErrnoException | null)?.code;
    if (typeof code !== 'string') throw e;
    return fail({ code: 'WRITE_FAILED', message: message('WRITE_FAILED', file, reasonOf(code, e as Error)) });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Node's native inflate, never past the size the zip's directory states (a zip bomb stops there). */
const nodeInflate = (raw: Uint8Array, size: number): Uint8Array =>
  // One output chunk of the stated size: zlib's default 16 KB chunks would be copied together again afterwards.
  zlib.inflateRawSync(raw, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size, 64) });

/** Node's native deflate and CRC-32 for the parts a fill changed. */
export const NODE_ZIP_CODEC: ZipCodec = {
  deflateRaw: (d) => zlib.deflateRawSync(d, { level: 6, chunkSize: 1024 * 1024 }),
  // zlib.crc32 arrived in Node 20.15; older 20.x use the portable one.
  crc32: (d) => (typeof zlib.crc32 === 'function' ? zlib.crc32(d) : crc32(d)),
};

/** The package written to `file` atomically. */
export async function writeWorkbookFile(pkg: XlsxPackage, file: string, write?: BytesWriter): Promise<Result<void>> {
  return writeFileAtomic(pkg.toBytes(NODE_ZIP_CODEC), file, write);
}

const REASONS: Record<string, string> = {
  ENOENT: '所在文件夹不存在',
  ENOTDIR: '所在文件夹不存在',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EROFS: '磁盘为只读',
  ENOSPC: '磁盘空间不足',
  EISDIR: '这是一个文件夹',
  EBUSY: '文件正被其他程序占用',
  EEXIST: '同名临时文件已存在',
};

function reasonOf(code: string, e: Error): string {
  return REASONS[code] ?? `${code} ${e.message.split('\n')[0]}`;
}

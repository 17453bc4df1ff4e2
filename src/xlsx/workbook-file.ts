import fs from 'node:fs';
import zlib from 'node:zlib';
import { message } from '../engine/messages';
import { fail, type Result } from '../engine/result';
import { openXlsx, type XlsxPackage } from './package';
import { writeFileAtomic, type FileOps } from './atomic-write';
import { crc32, MAX_FILE_BYTES, type ZipCodec } from './zip';

export { writeFileAtomic, type FileOps } from './atomic-write';

const MB = 1024 * 1024;

/**
 * The file-system edge of the patcher (with atomic-write.ts, the only files here that import node:*). Failures the
 * user can fix come back as engine-style error values naming the file; only the tool's own faults are thrown.
 */
export function readWorkbookFile(file: string): Result<XlsxPackage> {
  let bytes: Uint8Array;
  const tooLarge = (size: number) =>
    fail({ code: 'FILE_TOO_LARGE', message: message('FILE_TOO_LARGE', file, Math.ceil(size / MB), MAX_FILE_BYTES / MB) });
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return fail({ code: 'NOT_A_WORKBOOK', message: message('NOT_A_WORKBOOK', file) });
    // Checked before reading: a file of gigabytes is refused for its size, never allocated.
    if (st.size > MAX_FILE_BYTES) return tooLarge(st.size);
    // Read once, read-only: the input file is never opened again.
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'EACCES' || code === 'EPERM') return fail({ code: 'FILE_UNREADABLE', message: message('FILE_UNREADABLE', file) });
    if (code === 'EISDIR') return fail({ code: 'NOT_A_WORKBOOK', message: message('NOT_A_WORKBOOK', file) });
    if (code === 'ERR_FS_FILE_TOO_LARGE') return tooLarge(fs.statSync(file).size);
    if (code === 'ENOENT' || code === 'ENOTDIR') return fail({ code: 'FILE_NOT_FOUND', message: message('FILE_NOT_FOUND', file) });
    return fail({ code: 'FILE_UNREADABLE', message: message('FILE_READ_FAILED', file, code || String(e)) });
  }
  return openXlsx(bytes, file, nodeInflate, nodeCrc32);
}

/** Node's native inflate, never past the size the zip's directory states (a zip bomb stops there). */
const nodeInflate = (raw: Uint8Array, size: number): Uint8Array =>
  // One output chunk of the stated size: zlib's default 16 KB chunks would be copied together again afterwards.
  zlib.inflateRawSync(raw, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size, 64) });

// zlib.crc32 arrived in Node 20.15; older 20.x use the portable one.
const nodeCrc32 = (d: Uint8Array): number => (typeof zlib.crc32 === 'function' ? zlib.crc32(d) : crc32(d));

/** Node's native deflate and CRC-32 for the parts a fill changed. */
export const NODE_ZIP_CODEC: ZipCodec = {
  deflateRaw: (d) => zlib.deflateRawSync(d, { level: 6, chunkSize: 1024 * 1024 }),
  crc32: nodeCrc32,
};

/** The package written to `file` atomically. */
export async function writeWorkbookFile(pkg: XlsxPackage, file: string, ops?: FileOps): Promise<Result<void>> {
  return writeFileAtomic(pkg.toBytes(NODE_ZIP_CODEC), file, ops);
}

import fs from 'node:fs';
import zlib from 'node:zlib';
import type { DocBlock } from '../engine/doc-blocks';
import { message } from '../engine/messages';
import { fail, type Result } from '../engine/result';
import { readDocx, refusedByName } from './document';

/** The file-system edge of the docx reader: a .doc, .wps or .pdf is refused by its name before it is read. */
export function readDocxFile(file: string): Result<DocBlock[]> {
  const byName = refusedByName(file);
  if (byName) return byName;
  let bytes: Uint8Array;
  try {
    if (!fs.statSync(file).isFile()) return fail({ code: 'DOC_NOT_DOCX', message: message('DOC_NOT_DOCX', file) });
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return fail({ code: 'FILE_UNREADABLE', message: message('FILE_UNREADABLE', file) });
    return fail({ code: 'FILE_NOT_FOUND', message: message('FILE_NOT_FOUND', file) });
  }
  return readDocx(bytes, file, (raw, size) => zlib.inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) }));
}

import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * The package's parts, in the zip's own order, uncompressed. Sizes are checked against the central directory before
 * anything is inflated, so a zip bomb is refused without allocating what it claims.
 */
export interface ZipParts {
  names: string[];
  data: Map<string, Uint8Array>;
}

/** Largest single part we inflate: a score sheet is well under 1 MB; 13 M cells of numbers are about 400 MB. */
export const MAX_PART_BYTES = 200 * 1024 * 1024;
/** Largest whole package, uncompressed. */
export const MAX_TOTAL_BYTES = 400 * 1024 * 1024;

export type ZipOpen = { ok: true; parts: ZipParts } | { ok: false; why: 'damaged' | 'too-large'; part?: string };

export function readZip(bytes: Uint8Array, maxPart = MAX_PART_BYTES, maxTotal = MAX_TOTAL_BYTES): ZipOpen {
  let total = 0;
  let tooLarge: string | null = null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (f.originalSize > maxPart || total > maxTotal) tooLarge ??= f.name;
        return tooLarge === null;
      },
    });
  } catch {
    return { ok: false, why: 'damaged' };
  }
  if (tooLarge !== null) return { ok: false, why: 'too-large', part: tooLarge };
  const names = Object.keys(files);
  return { ok: true, parts: { names, data: new Map(names.map((n) => [n, files[n]])) } };
}

/** The parts back into a zip, in the given order; the content of every part is exactly the bytes given. */
export function writeZip(parts: ZipParts): Uint8Array {
  const z: Zippable = {};
  for (const n of parts.names) {
    const d = parts.data.get(n);
    if (d) z[n] = [d, { level: n.endsWith('/') ? 0 : 6 }];
  }
  return zipSync(z);
}

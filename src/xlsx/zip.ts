import { deflateSync, inflateSync } from 'fflate';

/**
 * The package's zip, read and written by hand so that a part the fill does not change is copied as its original
 * compressed bytes (never inflated, never recompressed), and sizes are checked against the central directory before
 * anything is inflated: a zip bomb is refused without allocating what it claims.
 */

/** Largest single part we inflate: a score sheet is well under 1 MB; 13 M cells of numbers are about 400 MB. */
export const MAX_PART_BYTES = 200 * 1024 * 1024;
/** Largest whole package, uncompressed. */
const MAX_TOTAL_BYTES = 400 * 1024 * 1024;
/** Largest package file: compressed, it cannot hold more than this uncompressed without being refused anyway. */
export const MAX_FILE_BYTES = MAX_TOTAL_BYTES;

interface Entry {
  name: string;
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  /** The original compressed bytes, or null for a part written now. */
  raw: Uint8Array | null;
  data: Uint8Array | null;
  externalAttrs: number;
}

/** Raw deflate (no zlib header) and CRC-32, as the zip format wants them. */
export interface ZipCodec {
  deflateRaw(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** Raw inflate into a buffer of the size the central directory states. */
export type Inflate = (raw: Uint8Array, size: number) => Uint8Array;

const fflateInflate: Inflate = (raw, size) => inflateSync(raw, { out: new Uint8Array(size) });

/** CRC-32 as the zip format computes it. */
export type Crc32 = (data: Uint8Array) => number;

export type ZipOpen = { ok: true; zip: ZipArchive } | { ok: false; why: 'damaged' | 'too-large' | 'duplicate'; part?: string };

/** Parts worth keeping inflated after their check: the XML a fill may read. Media are checked and let go. */
const KEEP_INFLATED = /\.(?:xml|rels|vml)$/i;

const utf8 = new TextDecoder('utf-8');

export class ZipArchive {
  private readonly entries: Entry[] = [];
  private readonly byName = new Map<string, Entry>();

  constructor(
    private readonly inflate: Inflate = fflateInflate,
    private readonly crc: Crc32 = crc32,
  ) {}

  /**
   * The first part whose bytes do not inflate to the size and CRC-32 the central directory states, or null. Every
   * part is checked, read or not: a part copied unchanged into the output must not carry damage out under a valid
   * name, and a damaged part the fill reads would be scored as if it were whole.
   */
  firstDamaged(): string | null {
    for (const e of this.entries) {
      if (e.raw === null) continue;
      let data: Uint8Array;
      try {
        data = e.data ?? (e.method === 0 ? e.raw : this.inflate(e.raw, e.size));
      } catch {
        return e.name;
      }
      if (data.length !== e.size || this.crc(data) !== e.crc) return e.name;
      if (KEEP_INFLATED.test(e.name)) e.data = data;
    }
    return null;
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** A part's uncompressed bytes (inflated on first read), or null. */
  read(name: string): Uint8Array | null {
    const e = this.byName.get(name);
    if (!e) return null;
    if (e.data === null) {
      const raw = e.raw as Uint8Array;
      e.data = e.method === 0 ? raw : this.inflate(raw, e.size);
    }
    return e.data;
  }

  set(name: string, data: Uint8Array): void {
    const e = this.byName.get(name);
    if (e) {
      e.data = data;
      e.raw = null;
      return;
    }
    const n: Entry = {
      name, nameBytes: new TextEncoder().encode(name), flags: 0x800, method: 8, time: 0, date: 0x21, crc: 0, size: 0, raw: null, data, externalAttrs: 0,
    };
    this.entries.push(n);
    this.byName.set(name, n);
  }

  delete(name: string): void {
    const e = this.byName.get(name);
    if (!e) return;
    this.byName.delete(name);
    this.entries.splice(this.entries.indexOf(e), 1);
  }

  /** @internal */
  add(e: Entry): void {
    this.entries.push(e);
    this.byName.set(e.name, e);
  }

  /**
   * The archive as bytes: unchanged parts copied compressed as they were, changed and new ones deflated (with the
   * platform's native deflate and CRC where the caller has them: Node's zlib is several times faster than fflate).
   */
  toBytes(codec: ZipCodec = FFLATE): Uint8Array {
    const chunks: Uint8Array[] = [];
    const central: Uint8Array[] = [];
    let offset = 0;
    for (const e of this.entries) {
      let raw = e.raw;
      let { crc, size, method } = e;
      const flags = e.flags & 0x800;
      if (raw === null) {
        const data = e.data as Uint8Array;
        crc = codec.crc32(data);
        size = data.length;
        method = data.length === 0 ? 0 : 8;
        raw = method === 8 ? codec.deflateRaw(data) : data;
      }
      const fields = { flags, method, time: e.time, date: e.date, crc, csize: raw.length, size, nameBytes: e.nameBytes };
      const local = zipRecord(0x04034b50, 30, 4, fields).bytes;
      const cd = zipRecord(0x02014b50, 46, 6, fields);
      cd.view.setUint16(4, 20, true); // version made by
      cd.view.setUint32(38, e.externalAttrs, true);
      cd.view.setUint32(42, offset, true);
      chunks.push(local, raw);
      central.push(cd.bytes);
      offset += local.length + raw.length;
    }
    const cdSize = central.reduce((n, c) => n + c.length, 0);
    const end = new Uint8Array(22);
    const ev = new DataView(end.buffer);
    ev.setUint32(0, 0x06054b50, true);
    ev.setUint16(8, this.entries.length, true);
    ev.setUint16(10, this.entries.length, true);
    ev.setUint32(12, cdSize, true);
    ev.setUint32(16, offset, true);
    const out = new Uint8Array(offset + cdSize + 22);
    let at = 0;
    for (const c of [...chunks, ...central, end]) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

interface RecordFields {
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  csize: number;
  size: number;
  nameBytes: Uint8Array;
}

/**
 * A local file header or central directory record: both hold the same run of fields, from "version needed" to the
 * name's length, at `shared`, and the name after `fixed` bytes; the caller sets what only one of them has.
 */
function zipRecord(signature: number, fixed: number, shared: number, f: RecordFields): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(fixed + f.nameBytes.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, signature, true);
  view.setUint16(shared, 20, true);
  view.setUint16(shared + 2, f.flags, true);
  view.setUint16(shared + 4, f.method, true);
  view.setUint16(shared + 6, f.time, true);
  view.setUint16(shared + 8, f.date, true);
  view.setUint32(shared + 10, f.crc, true);
  view.setUint32(shared + 14, f.csize, true);
  view.setUint32(shared + 18, f.size, true);
  view.setUint16(shared + 22, f.nameBytes.length, true);
  bytes.set(f.nameBytes, fixed);
  return { bytes, view };
}

export function readZip(bytes: Uint8Array, inflate?: Inflate, crc?: Crc32): ZipOpen {
  const damaged: ZipOpen = { ok: false, why: 'damaged' };
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return damaged;
  let count = v.getUint16(eocd + 10, true);
  let cdOffset = v.getUint32(eocd + 16, true);
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && v.getUint32(eocd - 20, true) === 0x07064b50) {
    const z64 = Number(v.getBigUint64(eocd - 12, true));
    if (z64 + 56 > bytes.length || v.getUint32(z64, true) !== 0x06064b50) return damaged;
    count = Number(v.getBigUint64(z64 + 32, true));
    cdOffset = Number(v.getBigUint64(z64 + 48, true));
  }
  const zip = new ZipArchive(inflate, crc);
  // Part names are compared without case (OPC): two entries for one part leave a reader to pick either.
  const seen = new Set<string>();
  let p = cdOffset;
  let total = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || v.getUint32(p, true) !== 0x02014b50) return damaged;
    const flags = v.getUint16(p + 8, true);
    const method = v.getUint16(p + 10, true);
    let csize = v.getUint32(p + 20, true);
    let size = v.getUint32(p + 24, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    let local = v.getUint32(p + 42, true);
    const nameBytes = bytes.slice(p + 46, p + 46 + nameLen);
    // Zip64 sizes and offset, where the 32-bit fields overflowed.
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = v.getUint16(x, true);
      const len = v.getUint16(x + 2, true);
      if (id === 1) {
        let f = x + 4;
        if (size === 0xffffffff) (size = Number(v.getBigUint64(f, true))), (f += 8);
        if (csize === 0xffffffff) (csize = Number(v.getBigUint64(f, true))), (f += 8);
        if (local === 0xffffffff) local = Number(v.getBigUint64(f, true));
      }
      x += 4 + len;
    }
    const name = utf8.decode(nameBytes);
    if (seen.has(name.toLowerCase())) return { ok: false, why: 'duplicate', part: name };
    seen.add(name.toLowerCase());
    total += size;
    if (size > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) return { ok: false, why: 'too-large', part: name };
    if (flags & 1 || (method !== 0 && method !== 8)) return damaged;
    if (local + 30 > bytes.length || v.getUint32(local, true) !== 0x04034b50) return damaged;
    const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    if (start + csize > bytes.length) return damaged;
    zip.add({
      name, nameBytes, flags, method, time: v.getUint16(p + 12, true), date: v.getUint16(p + 14, true), crc: v.getUint32(p + 16, true), size,
      raw: bytes.subarray(start, start + csize), data: null, externalAttrs: v.getUint32(p + 38, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, zip };
}

const FFLATE: ZipCodec = { deflateRaw: (d) => deflateSync(d, { level: 6 }), crc32: (d) => crc32(d) };

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

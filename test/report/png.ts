import fs from 'node:fs';
import zlib from 'node:zlib';

/**
 * Reads an 8-bit, non-interlaced PNG (grey, grey+alpha, RGB or RGBA: what pdftoppm and Chromium write) into grey
 * pixels, so a test can say where on a page there is ink. Anything else is refused rather than misread.
 */
export interface GreyImage {
  width: number;
  height: number;
  /** 0 black … 255 white, row by row. */
  pixels: Uint8Array;
}

export function readGreyPng(file: string): GreyImage {
  const buf = fs.readFileSync(file);
  if (buf.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
  let at = 8;
  let width = 0;
  let height = 0;
  let bpp = 1;
  const idat: Buffer[] = [];
  while (at < buf.length) {
    const len = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const channels: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };
      if (data[8] !== 8 || !(data[9] in channels) || data[12] !== 0) throw new Error('expected an 8-bit, non-interlaced PNG');
      bpp = channels[data[9]];
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const bytes = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? bytes[y * stride + x - bpp] : 0;
      const b = y > 0 ? bytes[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? bytes[(y - 1) * stride + x - bpp] : 0;
      let p = line[x];
      if (filter === 1) p += a;
      else if (filter === 2) p += b;
      else if (filter === 3) p += (a + b) >> 1;
      else if (filter === 4) {
        const q = a + b - c;
        const pa = Math.abs(q - a);
        const pb = Math.abs(q - b);
        const pc = Math.abs(q - c);
        p += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      bytes[y * stride + x] = p & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height);
  const colours = bpp >= 3 ? 3 : 1;
  for (let i = 0; i < width * height; i++) {
    let sum = 0;
    for (let k = 0; k < colours; k++) sum += bytes[i * bpp + k];
    pixels[i] = Math.round(sum / colours);
  }
  return { width, height, pixels };
}

/** The share of dark pixels (below 128) in a rectangle given in fractions of the page. */
export function inkIn(img: GreyImage, x0: number, y0: number, x1: number, y1: number): number {
  let dark = 0;
  let all = 0;
  for (let y = Math.floor(y0 * img.height); y < Math.floor(y1 * img.height); y++)
    for (let x = Math.floor(x0 * img.width); x < Math.floor(x1 * img.width); x++) {
      all++;
      if (img.pixels[y * img.width + x] < 128) dark++;
    }
  return all ? dark / all : 0;
}

import fs from 'node:fs';
import path from 'node:path';

const ASSETS = path.resolve(__dirname, '../../assets');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('加载项图标 assets/icon-*.png', () => {
  it.each([16, 32, 64, 80, 128])('icon-%i.png 是边长与文件名相同的正方形 PNG', (size) => {
    expect(pngSize(path.join(ASSETS, `icon-${size}.png`))).toEqual({ width: size, height: size });
  });
});

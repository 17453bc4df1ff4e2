import fs from 'node:fs';
import path from 'node:path';

const ASSETS = path.resolve(__dirname, '../../assets');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const RIBBON = [16, 20, 24, 32, 40, 48, 64, 80];

describe('加载项与按钮图标 assets/*.png（由 scripts/make-icons.js 从同一 SVG 画出）', () => {
  it.each([...RIBBON, 128])('加载项图标 icon-%i.png 是边长与文件名相同的正方形 PNG', (size) => {
    expect(pngSize(path.join(ASSETS, `icon-${size}.png`))).toEqual({ width: size, height: size });
  });

  it.each(RIBBON)('一键填写与生成报告的 %i px 图标存在、尺寸正确，且彼此不同', (size) => {
    const fill = path.join(ASSETS, `fill-${size}.png`);
    const report = path.join(ASSETS, `report-${size}.png`);
    expect(pngSize(fill)).toEqual({ width: size, height: size });
    expect(pngSize(report)).toEqual({ width: size, height: size });
    expect(fs.readFileSync(fill).equals(fs.readFileSync(report))).toBe(false);
    expect(fs.readFileSync(fill).equals(fs.readFileSync(path.join(ASSETS, `icon-${size}.png`)))).toBe(false);
  });
});

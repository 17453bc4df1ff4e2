import { Resvg } from '@resvg/resvg-js';
import fs from 'node:fs';

/**
 * The chart's SVG as a PNG for the .docx and the xlsx picture, drawn with the Noto CJK fonts the system has (resvg
 * draws no text it has no font for, so Chinese labels need them); twice the size for a sharp print.
 */
const FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  'C:\\Windows\\Fonts\\msyh.ttc',
];

export function svgToPng(svg: string, scale = 2): Uint8Array {
  // One CJK font file: loading a folder of them (or every system font) costs seconds for a chart with one typeface.
  const files = FONT_FILES.filter((f) => fs.existsSync(f)).slice(0, 1);
  const r = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: {
      loadSystemFonts: files.length === 0,
      fontFiles: files,
      defaultFontFamily: 'Noto Sans CJK SC',
      sansSerifFamily: 'Noto Sans CJK SC',
    },
  });
  return r.render().asPng();
}

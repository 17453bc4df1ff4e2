import { Resvg } from '@resvg/resvg-js';
import fs from 'node:fs';

/**
 * The chart's SVG as a PNG for the .docx and the xlsx picture, drawn with the Noto CJK fonts the system has (resvg
 * draws no text it has no font for, so Chinese labels need them); twice the size for a sharp print.
 */
const FONT_DIRS = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/truetype/noto', '/usr/share/fonts/noto-cjk', '/System/Library/Fonts', 'C:\\Windows\\Fonts'];

export function svgToPng(svg: string, scale = 2): Uint8Array {
  const dirs = FONT_DIRS.filter((d) => fs.existsSync(d));
  const r = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: {
      // Scanning every system font costs a second; the CJK folders are enough where they exist.
      loadSystemFonts: dirs.length === 0,
      fontDirs: dirs,
      defaultFontFamily: 'Noto Sans CJK SC',
      sansSerifFamily: 'Noto Sans CJK SC',
    },
  });
  return r.render().asPng();
}

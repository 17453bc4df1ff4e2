import type { XlsxPackage } from '../xlsx/package';
import { escapeXmlAttr, findTags, withAttr } from '../xlsx/xml-text';

/** Excel's longest sheet name; exceljs cuts a longer one short as it loads, and then cannot find it by its name. */
const MAX_SHEET_NAME = 31;

/**
 * Names the file format allows and Excel's own dialog does not: exceljs refuses to load a workbook holding one
 * (its worksheet name setter, lib/doc/worksheet.js), or shortens it.
 */
export function exceljsRefuses(name: string): boolean {
  return name === '' || name === 'History' || /[*?:/\\[\]]/.test(name) || /^'|'$/.test(name) || name.length > MAX_SHEET_NAME;
}

/**
 * A report copies the filled sheets through exceljs, which refuses a whole workbook over one sheet named 「'甲镇」 (a
 * leading apostrophe is legal in the file, and fill reads it). Such sheets get a neutral name in the in-memory package
 * only (workbook.xml's <sheet name>; the user's file is never written); returns the name exceljs will know each sheet
 * by. The report sheet names its copies from the units' own names (copyNames), so nothing of the neutral name shows.
 */
export function exceljsSheetNames(pkg: XlsxPackage): Map<string, string> {
  const names = new Map(pkg.sheetNames().map((n) => [n, n]));
  if (!pkg.sheetNames().some(exceljsRefuses)) return names;
  const xml = pkg.text(pkg.workbookPart) as string;
  const used = new Set(pkg.sheets().map((s) => s.name.toLowerCase()));
  let next = 1;
  const neutral = (): string => {
    while (used.has(`工作表${next}`.toLowerCase())) next++;
    used.add(`工作表${next}`);
    return `工作表${next}`;
  };
  let out = '';
  let at = 0;
  for (const tag of findTags(xml, 'sheet')) {
    const name = tag.attrs.get('name') ?? '';
    if (!exceljsRefuses(name)) continue;
    const instead = neutral();
    names.set(name, instead);
    out += xml.slice(at, tag.start) + withAttr(tag.text, 'name', escapeXmlAttr(instead));
    at = tag.end;
  }
  pkg.setText(pkg.workbookPart, out + xml.slice(at));
  return names;
}

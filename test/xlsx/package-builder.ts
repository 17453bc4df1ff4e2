import { strToU8, zipSync } from 'fflate';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetPart {
  name: string;
  /** The whole worksheet XML, or just what goes inside <sheetData>. */
  xml?: string;
  data?: string;
  state?: 'hidden' | 'veryHidden';
}

export interface PackageParts {
  sheets: SheetPart[];
  sharedStrings?: string[] | string;
  styles?: string;
  workbookPr?: string;
  calcChain?: boolean;
  /** Element prefix for the SpreadsheetML parts ('x:'), as some writers use. */
  prefix?: string;
}

/** A minimal hand-written .xlsx package, for reading and writing tests at the level of the XML itself. */
export function buildPackage(p: PackageParts): Uint8Array {
  const X = p.prefix ?? '';
  const xmlns = X ? `xmlns:${X.slice(0, -1)}="${NS}"` : `xmlns="${NS}"`;
  const files: Record<string, string> = {};
  const overrides: string[] = [];
  const rels: string[] = [];
  p.sheets.forEach((s, i) => {
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    files[part] = s.xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${X}worksheet ${xmlns} xmlns:r="${R}"><${X}sheetData>${s.data ?? ''}</${X}sheetData></${X}worksheet>`;
    overrides.push(`<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    // Absolute and relative targets alike.
    rels.push(`<Relationship Id="rId${i + 1}" Type="${RT}/worksheet" Target="${i % 2 ? `/${part}` : `worksheets/sheet${i + 1}.xml`}"/>`);
  });
  if (p.sharedStrings !== undefined) {
    const si = typeof p.sharedStrings === 'string' ? p.sharedStrings : p.sharedStrings.map((t) => `<${X}si><${X}t>${t}</${X}t></${X}si>`).join('');
    files['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${X}sst ${xmlns}>${si}</${X}sst>`;
    rels.push(`<Relationship Id="rIdS" Type="${RT}/sharedStrings" Target="sharedStrings.xml"/>`);
    overrides.push('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>');
  }
  if (p.styles !== undefined) {
    files['xl/styles.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${X}styleSheet ${xmlns}>${p.styles}</${X}styleSheet>`;
    rels.push(`<Relationship Id="rIdT" Type="${RT}/styles" Target="styles.xml"/>`);
    overrides.push('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
  }
  if (p.calcChain) {
    files['xl/calcChain.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="${NS}"><c r="A1" i="1"/></calcChain>`;
    rels.push(`<Relationship Id="rIdC" Type="${RT}/calcChain" Target="calcChain.xml"/>`);
    overrides.push('<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>');
  }
  const sheets = p.sheets.map((s, i) => `<${X}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  files['xl/workbook.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${X}workbook ${xmlns} xmlns:r="${R}">${p.workbookPr ?? ''}<${X}sheets>${sheets}</${X}sheets><${X}calcPr calcId="191029"/></${X}workbook>`;
  files['xl/_rels/workbook.xml.rels'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
  files['_rels/.rels'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RT}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  files['[Content_Types].xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join('')}</Types>`;
  const z: Record<string, Uint8Array> = {};
  for (const k of ['[Content_Types].xml', '_rels/.rels', ...Object.keys(files).filter((k) => k !== '[Content_Types].xml' && k !== '_rels/.rels')]) z[k] = strToU8(files[k]);
  return zipSync(z);
}

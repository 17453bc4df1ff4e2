import { escapeXmlAttr, findTags } from './xml-text';

/** One relationship of a part, its target resolved to a part name inside the package (no leading '/'). */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  strictOfficeDocument: 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  customXml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml',
  customXmlProps: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps',
} as const;

/** Where a part's relationships live: xl/workbook.xml → xl/_rels/workbook.xml.rels; the package's own: _rels/.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target as a part name: absolute ("/xl/x.xml") from the package root, relative from the source part's folder. */
function resolveTarget(sourcePart: string, target: string): string {
  const t = target.split('#')[0];
  let decoded = t;
  try {
    decoded = decodeURIComponent(t);
  } catch {
    // a literal '%' in a name: keep the text as it is
  }
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of decoded.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

export function parseRelationships(xml: string, sourcePart: string): Relationship[] {
  return findTags(xml, 'Relationship').map((t) => {
    const external = (t.attrs.get('TargetMode') ?? '') === 'External';
    const raw = t.attrs.get('Target') ?? '';
    return { id: t.attrs.get('Id') ?? '', type: t.attrs.get('Type') ?? '', target: external ? raw : resolveTarget(sourcePart, raw), external };
  });
}

/** The relationships text with one more relationship, under a fresh id; returns the text and the id. */
export function addRelationship(xml: string, type: string, target: string): { xml: string; id: string } {
  const used = new Set(findTags(xml, 'Relationship').map((t) => t.attrs.get('Id')));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const el = `<Relationship Id="${id}" Type="${escapeXmlAttr(type)}" Target="${escapeXmlAttr(target)}"/>`;
  const close = xml.lastIndexOf('</');
  return { xml: xml.slice(0, close) + el + xml.slice(close), id };
}

/** The relationships text without the relationships of this type. */
export function removeRelationships(xml: string, type: string): string {
  let out = xml;
  for (const t of findTags(xml, 'Relationship').reverse()) {
    if (t.attrs.get('Type') !== type) continue;
    let end = t.end;
    if (!t.selfClosing) end = out.indexOf('>', out.indexOf('</', t.end)) + 1;
    out = out.slice(0, t.start) + out.slice(end);
  }
  return out;
}

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

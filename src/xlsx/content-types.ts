import { escapeXmlAttr, findTags } from './xml-text';

/** [Content_Types].xml: what type each part is, by its own Override or its extension's Default. */
export const CONTENT_TYPES_PART = '[Content_Types].xml';

export function contentTypeOf(xml: string, part: string): string | null {
  for (const t of findTags(xml, 'Override')) if ((t.attrs.get('PartName') ?? '').replace(/^\//, '') === part) return t.attrs.get('ContentType') ?? null;
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  for (const t of findTags(xml, 'Default')) if ((t.attrs.get('Extension') ?? '').toLowerCase() === ext) return t.attrs.get('ContentType') ?? null;
  return null;
}

export function addOverride(xml: string, part: string, type: string): string {
  const el = `<Override PartName="/${escapeXmlAttr(part)}" ContentType="${escapeXmlAttr(type)}"/>`;
  const close = xml.lastIndexOf('</');
  return xml.slice(0, close) + el + xml.slice(close);
}

export function removeOverride(xml: string, part: string): string {
  let out = xml;
  for (const t of findTags(xml, 'Override').reverse()) {
    if ((t.attrs.get('PartName') ?? '').replace(/^\//, '') !== part) continue;
    out = out.slice(0, t.start) + out.slice(t.end);
  }
  return out;
}

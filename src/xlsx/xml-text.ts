/**
 * Small text helpers for the few XML pieces the patcher writes or reads outside a streaming parse. OOXML text may
 * carry characters XML 1.0 cannot hold (control characters), escaped as _xHHHH_; a literal "_x0041_" in the user's
 * text is itself escaped as "_x005F_x0041_".
 */
import { escapeXmlAttr, unescapeXml } from '../engine/xml-text';

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A cell's text as OOXML stores it: control characters as _xHHHH_, then XML-escaped. */
export function encodeCellText(s: string): string {
  const ooxml = s
    .replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return escapeText(ooxml);
}

/** The reverse of encodeCellText's _xHHHH_ step (XML entities are already decoded by the parser). */
export function decodeCellText(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export { escapeXmlAttr, unescapeXml };

/** The element name without its namespace prefix: x:row → row. */
export function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

/** The prefix of a qualified name, with its colon ('x:'), or ''. */
export function prefixOf(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? '' : qname.slice(0, i + 1);
}

/** Attributes of one start tag's text, by local name, values unescaped. */
export function tagAttrs(tag: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const a of tag.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    m.set(localName(a[1]), unescapeXml(a[2] ?? a[3] ?? ''));
  }
  return m;
}

/** A start tag (or the start tag of an element's text) with one attribute set. */
export function withAttr(el: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const tagEnd = el.indexOf('>');
  const head = el.slice(0, tagEnd + 1);
  const rest = el.slice(tagEnd + 1);
  if (re.test(head)) return head.replace(re, `$1"${value}"`) + rest;
  return head.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`) + rest;
}

/**
 * Every start (or empty) tag of elements with this local name, any prefix, with their offsets. For the small parts
 * (workbook, relationships, content types, styles), where a regex over the text is exact enough and keeps the text
 * we do not touch byte for byte.
 */
export function findTags(xml: string, local: string): { start: number; end: number; text: string; attrs: Map<string, string>; selfClosing: boolean }[] {
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])[^>]*>`, 'g');
  const out = [];
  for (const m of xml.matchAll(re)) {
    const text = m[0];
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + text.length, text, attrs: tagAttrs(text), selfClosing: text.endsWith('/>') });
  }
  return out;
}

/** Offset of the end tag closing an element of this local name at or after `from` (the start of `</…>`), or -1. */
export function findEndTag(xml: string, local: string, from: number): number {
  const re = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${local}\\s*>`, 'g');
  re.lastIndex = from;
  const m = re.exec(xml);
  return m ? m.index : -1;
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * The encodings an XML part may legally come in. Excel writes UTF-8; UTF-16 is legal XML, and LibreOffice and Excel
 * open a part written so. A part changed is written back in its own encoding, so its declaration stays true.
 */
export type PartEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** By the byte-order mark, or by how '<?' is spelled when there is none (XML 1.0, appendix F). */
export function encodingOf(b: Uint8Array): PartEncoding {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b.length >= 4 && b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0) return 'utf-16le';
  if (b.length >= 4 && b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f) return 'utf-16be';
  return 'utf-8';
}

const utf16 = { 'utf-16le': new TextDecoder('utf-16le', { ignoreBOM: true }), 'utf-16be': new TextDecoder('utf-16be', { ignoreBOM: true }) };

/** Part bytes as text, a byte-order mark kept, so unchanged text encodes back to the same bytes. */
export const textOf = (bytes: Uint8Array, encoding: PartEncoding = 'utf-8'): string =>
  encoding === 'utf-8' ? decoder.decode(bytes) : utf16[encoding].decode(bytes);

export function bytesOf(text: string, encoding: PartEncoding = 'utf-8'): Uint8Array {
  if (encoding === 'utf-8') return encoder.encode(text);
  const out = new Uint8Array(text.length * 2);
  const le = encoding === 'utf-16le';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + (le ? 0 : 1)] = c & 0xff;
    out[2 * i + (le ? 1 : 0)] = c >>> 8;
  }
  return out;
}

/**
 * A DTD in a part: OOXML parts never carry one, and entities it declared would be read wrong (or, in other readers,
 * expanded without bound). Every part the patcher reads is refused with one; a '<!DOCTYPE' can stand nowhere else in
 * well-formed XML but inside a comment or CDATA, which no part we read needs.
 */
export function hasDtd(xml: string): boolean {
  for (let i = xml.indexOf('<!'); i >= 0; i = xml.indexOf('<!', i + 2)) if (xml.slice(i + 2, i + 9).toUpperCase() === 'DOCTYPE') return true;
  return false;
}

/** Text given in pieces as UTF-8, encoded piece by piece: a patched sheet's text is never joined into one string. */
export function bytesOfPieces(pieces: readonly string[]): Uint8Array {
  let chars = 0;
  for (const p of pieces) chars += p.length;
  // A UTF-16 unit never takes more than 3 bytes of UTF-8.
  const buffer = new Uint8Array(chars * 3);
  let at = 0;
  for (const p of pieces) at += encoder.encodeInto(p, buffer.subarray(at)).written;
  return buffer.slice(0, at);
}

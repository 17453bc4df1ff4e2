import { unescapeXml } from '../engine/xml-text';

/**
 * A streaming reader for the two big parts a fill reads (worksheets and the shared string table): it walks the text
 * once, calling back for each start tag, end tag and piece of text with their exact offsets, and builds nothing.
 * Written here rather than taken from saxes (which it replaced) because reading a sheet was the largest cost of a
 * fill: saxes reads character by character and builds an attribute object for every tag, where a worksheet needs
 * the attributes of a few tags and the offsets of rows and cells (docs/xlsx-patcher.md). The test suite reads the
 * same parts with saxes and compares. It checks as it reads: a tag left open, an end tag that does not match, an
 * attribute without a quoted value, a '<' that starts nothing, or a DTD throws XmlDamaged, so a damaged part is
 * refused rather than half read.
 */
export interface XmlEvents {
  /**
   * A start tag (or empty element) from `start` to just after its '>'. Its attributes are read with attr(tag, …):
   * `tag` is valid only during the call.
   */
  open(name: string, tag: Tag, start: number, end: number, selfClosing: boolean): void;
  /** An end tag from `start` to just after its '>'; also called, at `end` and `end`, after an empty element. */
  close(name: string, start: number, end: number): void;
  /**
   * Character data from `start` to `end` of `xml` (whitespace between tags included); decode() gives it with its
   * entities decoded. Offsets, so text nobody reads is never copied out.
   */
  text?(xml: string, start: number, end: number): void;
  /** A CDATA section's text, as it stands. */
  cdata?(text: string): void;
}

/** Where a start tag's attributes are: the text between its name and its '>' or '/>'. */
export interface Tag {
  xml: string;
  from: number;
  to: number;
}

const END_TAG = /<\/([A-Za-z_][\w.:-]*)\s*>/y;
const COMMENT = /<!--[\s\S]*?-->/y;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/y;
const PI = /<\?[\s\S]*?\?>/y;

export class XmlDamaged extends Error {}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** [\w.:-] */
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 58 || c === 45;

/** End of the name starting at `i` (i itself when none starts there). */
function nameEnd(xml: string, i: number): number {
  if (!isNameStart(xml.charCodeAt(i))) return i;
  let j = i + 1;
  while (isNameChar(xml.charCodeAt(j))) j++;
  return j;
}

/**
 * The element names seen so far: a sheet has a dozen, each met tens of thousands of times, so a name is looked up
 * here rather than copied out of the text at every tag.
 */
class Names {
  private readonly known: string[] = [];
  at(xml: string, from: number, to: number): string {
    const len = to - from;
    for (const n of this.known) if (n.length === len && xml.startsWith(n, from)) return n;
    const n = xml.slice(from, to);
    if (this.known.length < 64) this.known.push(n);
    return n;
  }
}

export function readXml(xml: string, on: XmlEvents): void {
  const open: string[] = [];
  const names = new Names();
  const tag: Tag = { xml, from: 0, to: 0 };
  let roots = 0;
  let at = 0;
  const text = on.text;
  const fail = (why: string): never => {
    throw new XmlDamaged(`${why} at ${at}`);
  };
  /** Past the attributes of the start tag whose name ends at `i`; the offset of its '/>' or '>'. */
  const attributesEnd = (i: number): number => {
    for (;;) {
      const before = i;
      while (isSpace(xml.charCodeAt(i))) i++;
      const c = xml.charCodeAt(i);
      if (c === 62 /* > */ || (c === 47 /* / */ && xml.charCodeAt(i + 1) === 62)) return i;
      const n = nameEnd(xml, i);
      if (n === i || before === i) fail('bad start tag');
      i = n;
      while (isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== 61 /* = */) fail('attribute without a value');
      i++;
      while (isSpace(xml.charCodeAt(i))) i++;
      const q = xml.charCodeAt(i);
      if (q !== 34 && q !== 39) fail('attribute value without quotes');
      const close = xml.indexOf(q === 34 ? '"' : "'", i + 1);
      if (close < 0) fail('unclosed attribute value');
      const lt = xml.indexOf('<', i + 1);
      if (lt >= 0 && lt < close) fail("'<' in an attribute value");
      i = close + 1;
    }
  };
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const stop = lt < 0 ? xml.length : lt;
    if (stop > at && open.length > 0 && text) text.call(on, xml, at, stop);
    if (lt < 0) break;
    at = lt;
    const next = xml.charCodeAt(lt + 1);
    const top = open.length > 0 ? open[open.length - 1] : '';
    if (next === 47 /* / */ && top !== '' && xml.charCodeAt(lt + 2 + top.length) === 62 /* > */ && xml.startsWith(top, lt + 2)) {
      // The usual end tag, </name> right after its element's content.
      open.pop();
      at = lt + 3 + top.length;
      on.close(top, lt, at);
    } else if (next === 47) {
      END_TAG.lastIndex = lt;
      const m = END_TAG.exec(xml) ?? fail('bad end tag');
      if (open.pop() !== m[1]) fail(`</${m[1]}> closes nothing open`);
      on.close(m[1], lt, END_TAG.lastIndex);
      at = END_TAG.lastIndex;
    } else if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        COMMENT.lastIndex = lt;
        if (!COMMENT.exec(xml)) fail('unclosed comment');
        at = COMMENT.lastIndex;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        CDATA.lastIndex = lt;
        const m = CDATA.exec(xml) ?? fail('unclosed CDATA');
        if (open.length === 0) fail('CDATA outside the root');
        on.cdata?.(m[1]);
        at = CDATA.lastIndex;
      } else fail('a DTD, which OOXML parts never carry');
    } else if (next === 63 /* ? */) {
      PI.lastIndex = lt;
      if (!PI.exec(xml)) fail('unclosed processing instruction');
      at = PI.lastIndex;
    } else {
      const n = nameEnd(xml, lt + 1);
      if (n === lt + 1) fail("'<' that starts no tag");
      const name = names.at(xml, lt + 1, n);
      const stopAt = attributesEnd(n);
      const empty = xml.charCodeAt(stopAt) === 47;
      const end = stopAt + (empty ? 2 : 1);
      if (open.length === 0 && roots++ > 0) fail('a second root element');
      tag.from = n;
      tag.to = stopAt;
      on.open(name, tag, lt, end, empty);
      if (empty) on.close(name, end, end);
      else open.push(name);
      at = end;
    }
  }
  if (open.length > 0) fail(`<${open[open.length - 1]}> never closed`);
  if (roots === 0) fail('no root element');
}

/** Character data with its entities decoded. */
export function decode(xml: string, start: number, end: number): string {
  const s = xml.slice(start, end);
  return s.includes('&') ? unescapeXml(s) : s;
}

/**
 * The value of the tag's attribute of this qualified name, unescaped, or undefined. The tag was checked as it was
 * read, so every attribute here is name = quoted value.
 */
export function attr(tag: Tag, name: string): string | undefined {
  const { xml, to } = tag;
  let i = tag.from;
  while (i < to) {
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    if (i >= to) return undefined;
    const n = nameEnd(xml, i);
    const hit = n - i === name.length && xml.startsWith(name, i);
    i = xml.indexOf('=', n) + 1;
    while (isSpace(xml.charCodeAt(i))) i++;
    const q = xml.charCodeAt(i);
    const close = xml.indexOf(q === 34 ? '"' : "'", i + 1);
    if (hit) return decode(xml, i + 1, close);
    i = close + 1;
  }
  return undefined;
}

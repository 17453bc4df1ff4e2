import { escapeXmlAttr, findEndTag, findTags, tagAttrs, withAttr } from './xml-text';
import { isDateFormat } from '../engine/date-format';

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30, plus the CJK date ids Excel maps). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

const BUILTIN_CODES: Record<string, number> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49,
};

interface Xf {
  numFmtId: number;
  text: string;
}

/** styles.xml as far as cells need it: which style shows dates, and a style with another number format. */
export class Styles {
  private readonly codes = new Map<number, string>();
  private readonly xfs: Xf[] = [];
  private readonly added: { xf: string; numFmt: string | null }[] = [];
  private readonly memo = new Map<string, number>();

  constructor(private readonly xml: string | null) {
    if (!xml) return;
    for (const t of findTags(xml, 'numFmt')) {
      const id = Number(t.attrs.get('numFmtId'));
      if (Number.isFinite(id)) this.codes.set(id, t.attrs.get('formatCode') ?? '');
    }
    const open = findTags(xml, 'cellXfs')[0];
    if (!open || open.selfClosing) return;
    const close = findEndTag(xml, 'cellXfs', open.end);
    const body = xml.slice(open.end, close);
    for (const m of body.matchAll(/<(?:[\w.-]+:)?xf\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?xf\s*>)/g)) {
      const a = tagAttrs(/^<[^>]*>/.exec(m[0])?.[0] ?? '');
      this.xfs.push({ numFmtId: Number(a.get('numFmtId') ?? 0), text: m[0] });
    }
  }

  isDate(style: number): boolean {
    const xf = this.xfs[style];
    if (!xf) return false;
    if (BUILTIN_DATE_IDS.has(xf.numFmtId)) return !this.codes.has(xf.numFmtId) || isDateFormat(this.codes.get(xf.numFmtId) as string);
    const code = this.codes.get(xf.numFmtId);
    return code !== undefined && isDateFormat(code);
  }

  numFmtOf(style: number): string {
    const id = this.xfs[style]?.numFmtId ?? 0;
    return this.codes.get(id) ?? Object.keys(BUILTIN_CODES).find((k) => BUILTIN_CODES[k] === id) ?? 'General';
  }

  /** A style like `style` but showing numbers in `code`: the same index when it already does, else an appended xf. */
  withNumFmt(style: number, code: string): number {
    if (!this.xml || this.xfs.length === 0) return style;
    if (this.numFmtOf(style) === code) return style;
    const key = `${style}\u0000${code}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    let id = BUILTIN_CODES[code];
    let numFmt: string | null = null;
    if (id === undefined) {
      const existing = [...this.codes].find(([, c]) => c === code);
      if (existing) id = existing[0];
      else {
        id = Math.max(163, ...this.codes.keys()) + 1;
        this.codes.set(id, code);
        numFmt = `<numFmt numFmtId="${id}" formatCode="${escapeXmlAttr(code)}"/>`;
      }
    }
    const base = this.xfs[style] ?? this.xfs[0];
    const xf = withAttr(withAttr(base.text, 'numFmtId', String(id)), 'applyNumberFormat', '1');
    this.xfs.push({ numFmtId: id, text: xf });
    this.added.push({ xf, numFmt });
    const index = this.xfs.length - 1;
    this.memo.set(key, index);
    return index;
  }

  changed(): boolean {
    return this.added.length > 0;
  }

  /** styles.xml with the appended number formats and xfs; everything else as it was. */
  toXml(): string {
    const xml = this.xml as string;
    if (this.added.length === 0) return xml;
    let out = xml;
    const xfOpen = findTags(out, 'cellXfs')[0];
    const xfClose = findEndTag(out, 'cellXfs', xfOpen.end);
    const prefix = /^<([\w.-]+:)?/.exec(xfOpen.text)?.[1] ?? '';
    const xfs = this.added.map((a) => a.xf).join('');
    out = out.slice(0, xfClose) + xfs + out.slice(xfClose);
    out = out.slice(0, xfOpen.start) + withAttr(xfOpen.text, 'count', String(this.xfs.length)) + out.slice(xfOpen.end);
    const fmts = this.added.filter((a) => a.numFmt).map((a) => (a.numFmt as string).replace('<numFmt', `<${prefix}numFmt`));
    if (fmts.length) {
      const fOpen = findTags(out, 'numFmts')[0];
      if (fOpen && !fOpen.selfClosing) {
        const fClose = findEndTag(out, 'numFmts', fOpen.end);
        const n = findTags(out.slice(fOpen.end, fClose), 'numFmt').length + fmts.length;
        out = out.slice(0, fClose) + fmts.join('') + out.slice(fClose);
        out = out.slice(0, fOpen.start) + withAttr(fOpen.text, 'count', String(n)) + out.slice(fOpen.end);
      } else {
        // numFmts is the first child of styleSheet.
        const root = findTags(out, 'styleSheet')[0];
        const el = `<${prefix}numFmts count="${fmts.length}">${fmts.join('')}</${prefix}numFmts>`;
        const at = fOpen ? fOpen.start : root.end;
        out = out.slice(0, at) + el + out.slice(fOpen ? fOpen.end : root.end);
      }
    }
    return out;
  }
}

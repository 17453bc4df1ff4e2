/**
 * The patcher reads worksheets and shared strings with its own streaming reader (src/xlsx/xml-stream.ts). It must
 * see exactly what a conforming XML parser sees — the same tags, attributes and text, at the right offsets — and
 * refuse what is not well-formed. saxes, the parser it replaced, is the reference.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { attr, decode, readXml, XmlDamaged, type Tag } from '../../src/xlsx/xml-stream';
import { textOf } from '../../src/xlsx/xml-text';

type Event = string;

/** Events as lines; the text between two tags is one line, whitespace between tags none. */
function eventLog() {
  const out: Event[] = [];
  let text = '';
  return {
    out,
    text: (t: string) => {
      text += t;
    },
    event: (line: string) => {
      if (text.trim() !== '') out.push(`text ${text}`);
      text = '';
      out.push(line);
    },
  };
}

/** What our reader reports, as lines; every start tag's offsets are checked against the text as we go. */
function ours(xml: string): Event[] {
  const log = eventLog();
  const attrs = (tag: Tag) => {
    const names = [...xml.slice(tag.from, tag.to).matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"[^"]*"|'[^']*')/g)].map((m) => m[1]);
    return names.map((n) => `${n}=${attr(tag, n)}`).join(' ');
  };
  readXml(xml, {
    open(name, tag, start, end, selfClosing) {
      expect(xml.slice(start, start + 1 + name.length)).toBe(`<${name}`);
      expect(xml.slice(end - (selfClosing ? 2 : 1), end)).toBe(selfClosing ? '/>' : '>');
      log.event(`open ${name} ${attrs(tag)}`);
    },
    close(name, start, end) {
      if (start !== end) expect(xml.slice(start, end)).toMatch(new RegExp(`^</${name}\\s*>$`));
      log.event(`close ${name}`);
    },
    text: (x, start, end) => log.text(decode(x, start, end)),
    cdata: log.text,
  });
  log.event('end');
  return log.out;
}

function reference(xml: string): Event[] {
  const log = eventLog();
  const p = new SaxesParser({ xmlns: false });
  p.on('opentag', (t) => log.event(`open ${t.name} ${Object.entries(t.attributes as Record<string, string>).map(([k, v]) => `${k}=${v}`).join(' ')}`));
  p.on('closetag', (t) => log.event(`close ${t.name}`));
  p.on('text', log.text);
  p.on('cdata', log.text);
  p.write(xml).close();
  log.event('end');
  return log.out;
}

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'patcher');

describe('the streaming reader reads what saxes reads', () => {
  for (const file of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx'))) {
    it(`in every worksheet and shared string table of the ${file} fixture`, () => {
      const parts = unzipSync(fs.readFileSync(path.join(FIXTURES, file)));
      const read = Object.keys(parts).filter((p) => /worksheets\/[^/]+\.xml$|sharedStrings\.xml$/.test(p));
      expect(read.length).toBeGreaterThan(1);
      for (const p of read) {
        const xml = textOf(parts[p]);
        expect(ours(xml)).toEqual(reference(xml));
      }
    });
  }

  const name = fc.constantFrom('row', 'c', 'v', 'x:c', 'is', 't', 'f');
  const value = fc.string({ maxLength: 8 }).map((s) => s.replace(/[<&"]/g, ''));
  const text = fc.constantFrom('1', ' 2.5 ', '&amp;&lt;&gt;&quot;&apos;', '&#20998;&#x5206;', '不得分', '<![CDATA[a<b&c]]>', '<!-- note -->', '\n  ');
  const element: fc.Memo<string> = fc.memo((d) =>
    fc
      .tuple(name, fc.array(fc.tuple(fc.constantFrom('r', 's', 't', 'x14ac:dyDescent'), value), { maxLength: 3 }), fc.boolean(), d > 1 ? fc.array(fc.oneof(text, element(d - 1)), { maxLength: 3 }) : fc.array(text, { maxLength: 2 }))
      .map(([n, attrs, quote, body]) => {
        const seen = new Set<string>();
        const a = attrs
          .filter(([k]) => !seen.has(k) && seen.add(k))
          .map(([k, v]) => (quote ? ` ${k}="${v}"` : ` ${k} = '${v.replace(/'/g, '')}'`))
          .join('');
        return body.length === 0 ? `<${n}${a}/>` : `<${n}${a}>${body.join('')}</${n} >`;
      }),
  );

  it('in any sheet-like XML: tags, attributes either quoted, entities, CDATA and comments', () => {
    fc.assert(
      fc.property(element(3), (body) => {
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet>${body}</worksheet>`;
        expect(ours(xml)).toEqual(reference(xml));
      }),
      { numRuns: 300 },
    );
  });
});

describe('a part that is not well-formed is refused, never half read', () => {
  const damaged: [string, string][] = [
    ['a tag left open', '<worksheet><sheetData><row r="1">'],
    ['an end tag that closes another element', '<worksheet><row></c></worksheet>'],
    ['an attribute without quotes', '<worksheet><c r=A1/></worksheet>'],
    ["a '<' inside an attribute value", '<worksheet><c r="<A1"/></worksheet>'],
    ["a '<' that starts no tag", '<worksheet>< c/></worksheet>'],
    ['a second root element', '<worksheet/><worksheet/>'],
    ['no element at all', '<?xml version="1.0"?>'],
    ['a file cut off inside a tag', '<worksheet><sheetData><row r="1" spans="1:'],
  ];
  for (const [what, xml] of damaged) {
    it(`with ${what}`, () => {
      expect(() => readXml(xml, { open: () => undefined, close: () => undefined })).toThrow(XmlDamaged);
      expect(() => new SaxesParser().write(xml).close()).toThrow();
    });
  }

  it('with a DTD, which saxes reads but OOXML parts never carry (entities it declares would be read wrong)', () => {
    const xml = '<!DOCTYPE x [<!ENTITY a "b">]><worksheet/>';
    expect(() => readXml(xml, { open: () => undefined, close: () => undefined })).toThrow(XmlDamaged);
  });
});

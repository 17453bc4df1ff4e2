import { decodeCellText, localName } from './xml-text';
import { decode, readXml } from './xml-stream';

/**
 * The shared string table, each item's plain text: rich-text runs joined, phonetic guides (<rPh>) left out, as Excel
 * shows the cell.
 */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let cur = '';
  readXml(xml, {
    open(name, _tag, _start, _end, selfClosing) {
      const n = localName(name);
      if (n === 'si') {
        inSi = true;
        cur = '';
      } else if (n === 'rPh') phonetic++;
      else if (n === 't' && inSi && phonetic === 0 && !selfClosing) inT = true;
    },
    close(name) {
      const n = localName(name);
      if (n === 'si') {
        out.push(decodeCellText(cur));
        inSi = false;
      } else if (n === 'rPh') phonetic--;
      else if (n === 't') inT = false;
    },
    text(xml, start, end) {
      if (inT) cur += decode(xml, start, end);
    },
    cdata(s) {
      if (inT) cur += s;
    },
  });
  return out;
}

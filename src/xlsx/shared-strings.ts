import { SaxesParser } from 'saxes';
import { decodeCellText, localName } from './xml-text';

/**
 * The shared string table, each item's plain text: rich-text runs joined, phonetic guides (<rPh>) left out, as Excel
 * shows the cell.
 */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const p = new SaxesParser({ xmlns: false, position: false });
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let cur = '';
  p.on('opentag', (t) => {
    const n = localName(t.name);
    if (n === 'si') {
      inSi = true;
      cur = '';
    } else if (n === 'rPh') phonetic++;
    else if (n === 't' && inSi && phonetic === 0 && !t.isSelfClosing) inT = true;
  });
  p.on('closetag', (t) => {
    const n = localName(t.name);
    if (n === 'si') {
      out.push(decodeCellText(cur));
      inSi = false;
    } else if (n === 'rPh') phonetic--;
    else if (n === 't') inT = false;
  });
  p.on('text', (s) => {
    if (inT) cur += s;
  });
  p.on('cdata', (s) => {
    if (inT) cur += s;
  });
  p.write(xml).close();
  return out;
}

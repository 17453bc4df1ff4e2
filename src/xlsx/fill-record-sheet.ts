import { RECORD_SHEET } from '../engine/fill-record-sheet';
import { addOverride, CONTENT_TYPES_PART, removeOverride } from './content-types';
import type { PartStore } from './fill-record-part';
import { addRelationship, EMPTY_RELS, parseRelationships, REL, relsPartOf } from './relationships';
import { encodeCellText, escapeXmlAttr, findEndTag, findTags, withAttr } from './xml-text';

/**
 * The fill record's sheet in the package (src/engine/fill-record-sheet.ts says why a very hidden sheet): its part is
 * written whole, since the sheet is the tool's own; it is listed last in workbook.xml, so no sheet index the
 * workbook's defined names or views use moves.
 */
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The namespace of workbook.xml's root element, which a worksheet of the same workbook speaks too. */
export function workbookNamespace(workbookXml: string): string {
  const root = findTags(workbookXml, 'workbook')[0];
  const prefix = /^<([\w.-]+):/.exec(root?.text ?? '')?.[1];
  return (prefix !== undefined ? root?.attrs.get(prefix) : root?.attrs.get('xmlns')) ?? '';
}

/**
 * The record sheet's XML, in the workbook's namespace: each text in column A, one row each, as inline strings
 * (sharedStrings is never touched).
 */
export function recordSheetXml(cells: readonly string[], namespace: string): string {
  const rows = cells.map(
    (t, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${encodeCellText(t)}</t></is></c></row>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${escapeXmlAttr(namespace)}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/**
 * workbook.xml with the record sheet very hidden again. LibreOffice has no very hidden state and saves it as hidden;
 * the next fill puts it back out of the Unhide list.
 */
export function keptVeryHidden(workbookXml: string): string {
  const tag = findTags(workbookXml, 'sheet').find((t) => t.attrs.get('name') === RECORD_SHEET);
  if (!tag || tag.attrs.get('state') === 'veryHidden') return workbookXml;
  return workbookXml.slice(0, tag.start) + withAttr(tag.text, 'state', 'veryHidden') + workbookXml.slice(tag.end);
}

/** Adds the record sheet to the package: its part, its relationship, its content type, and its entry in workbook.xml. */
export function addRecordSheet(store: PartStore, workbookPart: string, xml: string): string {
  const dir = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  let n = 1;
  while (store.has(`${dir}worksheets/sheet${n}.xml`)) n++;
  const part = `${dir}worksheets/sheet${n}.xml`;
  store.setText(part, xml);
  const relsPart = relsPartOf(workbookPart);
  const rel = addRelationship(store.text(relsPart) ?? EMPTY_RELS, REL.worksheet, `worksheets/sheet${n}.xml`);
  store.setText(relsPart, rel.xml);
  store.setText(CONTENT_TYPES_PART, addOverride(store.text(CONTENT_TYPES_PART) as string, part, WORKSHEET_TYPE));
  const wb = store.text(workbookPart) as string;
  const sheets = findTags(wb, 'sheet');
  const prefix = /^<([\w.-]+:)?/.exec(sheets[0]?.text ?? '<')?.[1] ?? '';
  const id = Math.max(0, ...sheets.map((s) => Number(s.attrs.get('sheetId')) || 0)) + 1;
  const entry = `<${prefix}sheet xmlns:r="${REL_NS}" name="${escapeXmlAttr(RECORD_SHEET)}" sheetId="${id}" state="veryHidden" r:id="${rel.id}"/>`;
  const close = findEndTag(wb, 'sheets', 0);
  if (close < 0) throw new Error('workbook.xml has no </sheets>');
  store.setText(workbookPart, wb.slice(0, close) + entry + wb.slice(close));
  return part;
}

/**
 * Removes the record's old home, a custom XML item (fill-record-part.ts), once the record sheet holds it: its item,
 * properties and their relationships, the workbook's relationship to it and its content types. Left in place it
 * would go stale, and be read again should the sheet ever be lost.
 */
export function removeRecordItem(store: PartStore & { remove(part: string): void }, workbookPart: string, item: string): void {
  const itemRels = relsPartOf(item);
  const props = parseRelationships(store.text(itemRels) ?? '', item).filter((r) => r.type === REL.customXmlProps).map((r) => r.target);
  for (const p of [item, itemRels, ...props]) if (store.has(p)) store.remove(p);
  const relsPart = relsPartOf(workbookPart);
  const rels = store.text(relsPart) ?? EMPTY_RELS;
  const gone = new Set(parseRelationships(rels, workbookPart).filter((r) => r.type === REL.customXml && r.target === item).map((r) => r.id));
  let out = rels;
  for (const t of findTags(rels, 'Relationship').reverse())
    if (gone.has(t.attrs.get('Id') ?? '')) out = out.slice(0, t.start) + out.slice(t.selfClosing ? t.end : out.indexOf('>', out.indexOf('</', t.end)) + 1);
  store.setText(relsPart, out);
  let ct = store.text(CONTENT_TYPES_PART) as string;
  for (const p of [item, ...props]) ct = removeOverride(ct, p);
  store.setText(CONTENT_TYPES_PART, ct);
}

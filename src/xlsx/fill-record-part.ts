import { decodeFillRecord, encodeFillRecord, FILL_RECORD_NAMESPACE, type FillRecord } from '../engine/fill-record';
import { addOverride, CONTENT_TYPES_PART, contentTypeOf } from './content-types';
import { addRelationship, EMPTY_RELS, REL, relsPartOf, type Relationship } from './relationships';
import { escapeXmlAttr } from './xml-text';

/**
 * The fill record as Excel stores custom XML parts: customXml/itemN.xml holds it, customXml/itemPropsN.xml gives it
 * a datastore id and names its namespace, and the workbook part relates to the item. Office.js finds it with
 * workbook.customXmlParts.getByNamespace(FILL_RECORD_NAMESPACE), so the add-in reads the record a CLI fill wrote.
 */
const ITEM_PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

/** The package operations this module needs (XlsxPackage provides them). */
export interface PartStore {
  has(part: string): boolean;
  text(part: string): string | null;
  setText(part: string, text: string): void;
}

/** The item part holding our record among the workbook's custom XML parts, if any. */
export function findRecordPart(store: PartStore, workbookRels: readonly Relationship[]): string | null {
  for (const r of workbookRels) {
    if (r.type !== REL.customXml || r.external) continue;
    const text = store.text(r.target);
    if (text !== null && decodeFillRecord(text) !== null) return r.target;
  }
  return null;
}

export function readRecord(store: PartStore, part: string | null): FillRecord | 'damaged' | null {
  if (part === null) return null;
  return decodeFillRecord(store.text(part) ?? '');
}

function guid(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  const id = c?.randomUUID ? c.randomUUID() : 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (ch) => {
    const r = (Math.random() * 16) | 0;
    return (ch === 'x' ? r : (r & 3) | 8).toString(16);
  });
  return `{${id.toUpperCase()}}`;
}

/**
 * Writes the record: into its existing item when there is one (nothing else changes), else as a new item with its
 * properties, its relationship from the workbook and its content type. Returns the item's part name.
 */
export function writeRecord(
  store: PartStore,
  existing: string | null,
  record: FillRecord,
  workbookPart: string,
): string {
  const text = encodeFillRecord(record);
  if (existing !== null) {
    store.setText(existing, text);
    return existing;
  }
  let n = 1;
  while (store.has(`customXml/item${n}.xml`) || store.has(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  store.setText(item, text);
  store.setText(
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${guid()}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${escapeXmlAttr(FILL_RECORD_NAMESPACE)}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  store.setText(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL.customXmlProps}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  const relsPart = relsPartOf(workbookPart);
  const depth = workbookPart.split('/').length - 1;
  const target = `${'../'.repeat(depth)}${item}`;
  store.setText(relsPart, addRelationship(store.text(relsPart) ?? EMPTY_RELS, REL.customXml, target).xml);
  let ct = store.text(CONTENT_TYPES_PART) as string;
  ct = addOverride(ct, props, ITEM_PROPS_TYPE);
  if (contentTypeOf(ct, item) === null) ct = addOverride(ct, item, 'application/xml');
  store.setText(CONTENT_TYPES_PART, ct);
  return item;
}

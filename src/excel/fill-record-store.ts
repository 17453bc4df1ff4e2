import {
  EMPTY_FILL_RECORD,
  FILL_RECORD_NAMESPACE,
  decodeFillRecord,
  encodeFillRecord,
  type FillRecord,
} from '../engine/fill-record';
import type { Alongside } from './apply-plan';
import type { FirstBandRider } from './read-snapshot';
import { PAYLOAD_LIMIT_BYTES, utf8Length } from './write-blocks';

/**
 * The fill record (src/engine/fill-record.ts) in the workbook: one custom XML part in namespace
 * urn:kaohe:fill-record:1 (ExcelApi 1.5), the same part the .xlsx adapter reads and writes. A custom XML part is not
 * a sheet, so workbook structure protection does not stand in its way, and it costs no round trip of its own:
 *   - the lookup rides in a sheet read's outline request,
 *   - the part's XML in the first band's request,
 *   - the new record in the write's request.
 */
export interface RecordLookup {
  /** After the outline's sync: queues the part's XML into the next request. */
  rider: FirstBandRider;
  /** After that request: the record (empty when the workbook has none), or 'damaged'. */
  record(): FillRecord | 'damaged';
  /** Whether the record can be saved in one request under Excel on the web's limit. */
  fits(next: FillRecord): boolean;
  /** Queues the record's replacement (or, for an empty record, the part's removal) into a request. */
  save(next: FillRecord): Alongside;
}

export function queueRecordLookup(context: Excel.RequestContext): RecordLookup {
  const parts = context.workbook.customXmlParts.getByNamespace(FILL_RECORD_NAMESPACE);
  parts.load('items/id');
  let xml: OfficeExtension.ClientResult<string> | null = null;
  return {
    rider() {
      // Two parts of ours would be a file written by hand; the first is read, and a save leaves only one.
      if (parts.items.length > 0) xml = parts.items[0].getXml();
    },
    record() {
      if (!xml) return EMPTY_FILL_RECORD;
      const r = decodeFillRecord(xml.value);
      return r === null ? EMPTY_FILL_RECORD : r;
    },
    fits(next) {
      return utf8Length(encodeFillRecord(next)) + 200 <= PAYLOAD_LIMIT_BYTES;
    },
    save(next) {
      const empty = next.sheets.length === 0;
      const text = empty ? '' : encodeFillRecord(next);
      return {
        bytes: 200 + utf8Length(text),
        after(ctx) {
          const existing = parts.items;
          if (empty) for (const p of existing) p.delete();
          else if (existing.length === 0) ctx.workbook.customXmlParts.add(text);
          else {
            existing[0].setXml(text);
            for (const p of existing.slice(1)) p.delete();
          }
        },
      };
    },
  };
}

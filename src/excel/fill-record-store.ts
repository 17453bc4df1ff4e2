import {
  EMPTY_FILL_RECORD,
  FILL_RECORD_NAMESPACE,
  decodeFillRecord,
  encodeFillRecord,
  type FillRecord,
} from '../engine/fill-record';
import { RECORD_SHEET, recordCells, recordFromCells } from '../engine/fill-record-sheet';
import type { Alongside } from './apply-plan';
import type { FirstBandRider } from './read-snapshot';
import { supportsExcelApi } from './requirements';
import { PAYLOAD_LIMIT_BYTES, utf8Length } from './write-blocks';

/** Workbook.protection, which says whether a sheet may be added. */
const WORKBOOK_PROTECTION_API = '1.7';

/**
 * The fill record (src/engine/fill-record.ts) in the workbook: the very hidden sheet 考核评分助手填写记录, its text in
 * column A, the same sheet the .xlsx adapter reads and writes (src/engine/fill-record-sheet.ts says why a sheet).
 * Workbooks filled before the record moved there keep it in a custom XML part (namespace urn:kaohe:fill-record:1);
 * it is read when there is no sheet and deleted once the sheet holds the record. A workbook whose structure is
 * protected cannot take a new sheet, so there (and where ExcelApi 1.7 cannot tell) the record stays in the custom
 * XML part. None of this costs a round trip of its own:
 *   - the lookups (sheet, custom XML parts, structure protection) ride in a sheet read's outline request,
 *   - the sheet's column A (or the part's XML) in the first band's request,
 *   - the new record in the write's request.
 */
export interface RecordLookup {
  /** After the outline's sync: queues the record's text into the next request. */
  rider: FirstBandRider;
  /** After that request: the record (empty when the workbook has none), or 'damaged'. */
  record(): FillRecord | 'damaged';
  /** Whether the record can be saved in one request under Excel on the web's limit. */
  fits(next: FillRecord): boolean;
  /** Queues the record's replacement into a request. */
  save(next: FillRecord): Alongside;
}

export function queueRecordLookup(context: Excel.RequestContext): RecordLookup {
  const parts = context.workbook.customXmlParts.getByNamespace(FILL_RECORD_NAMESPACE);
  parts.load('items/id');
  // isNullObject is known after the sync without loading anything (and a missing sheet has nothing to load).
  const sheet = context.workbook.worksheets.getItemOrNullObject(RECORD_SHEET);
  // Whether the structure is protected is known from ExcelApi 1.7 on; below it, a new sheet is not risked (a refused
  // add would fail the whole fill's request) and the record goes on in its custom XML part.
  const protection = supportsExcelApi(WORKBOOK_PROTECTION_API) ? context.workbook.protection : null;
  protection?.load('protected');
  let xml: OfficeExtension.ClientResult<string> | null = null;
  let column: Excel.Range | null = null;
  return {
    rider() {
      if (!sheet.isNullObject) {
        column = sheet.getUsedRange(true);
        column.load('values');
      }
      // Two parts of ours would be a file written by hand; the first is read, and a save leaves none or one.
      if (parts.items.length > 0) xml = parts.items[0].getXml();
    },
    record() {
      if (column) {
        const texts = column.values.map((row) => row[0]).filter((v): v is string => typeof v === 'string' && v !== '');
        const r = recordFromCells(texts);
        if (r !== null) return r;
      }
      if (!xml) return EMPTY_FILL_RECORD;
      const r = decodeFillRecord(xml.value);
      return r === null ? EMPTY_FILL_RECORD : r;
    },
    fits(next) {
      return utf8Length(encodeFillRecord(next)) + 200 <= PAYLOAD_LIMIT_BYTES;
    },
    save(next) {
      const inPart = sheet.isNullObject && (protection === null || protection.protected);
      return inPart ? saveInPart(parts, next) : saveInSheet(!sheet.isNullObject, column, parts, next);
    },
  };
}

/** Column A of the record sheet, added very hidden when the workbook has none; any old custom XML part goes. */
function saveInSheet(exists: boolean, column: Excel.Range | null, parts: Excel.CustomXmlPartScopedCollection, next: FillRecord): Alongside {
  const cells = recordCells(next);
  const old = column ? column.values.length : 0;
  return {
    bytes: 200 + cells.reduce((n, c) => n + utf8Length(c) + 16, 0),
    after(ctx) {
      let ws: Excel.Worksheet;
      if (exists) ws = ctx.workbook.worksheets.getItem(RECORD_SHEET);
      else {
        ws = ctx.workbook.worksheets.add(RECORD_SHEET);
        ws.visibility = 'VeryHidden';
      }
      if (old > 0) ws.getRange(`A1:A${old}`).clear();
      if (cells.length > 0) {
        const range = ws.getRange(`A1:A${cells.length}`);
        // As text: a piece of the record must never be taken for a number or a date.
        range.numberFormat = cells.map(() => ['@']);
        range.values = cells.map((c) => [c]);
      }
      for (const p of parts.items) p.delete();
    },
  };
}

/** The record's old home, kept where the workbook's structure is protected: one custom XML part. */
function saveInPart(parts: Excel.CustomXmlPartScopedCollection, next: FillRecord): Alongside {
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
}

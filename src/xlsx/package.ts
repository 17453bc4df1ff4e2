import { EMPTY_FILL_RECORD, type FillRecord } from '../engine/fill-record';
import { message } from '../engine/messages';
import { fail, ok, type Result } from '../engine/result';
import type { SheetSnapshot } from '../engine/snapshot';
import type { WritePlan } from '../engine/write-plan';
import { CONTENT_TYPES_PART, contentTypeOf, removeOverride } from './content-types';
import { extensionOfType, type WorkbookExtension } from './workbook-type';
import { findRecordPart, readRecord, writeRecord, type PartStore } from './fill-record-part';
import { parseRelationships, REL, relsPartOf, removeRelationships, type Relationship } from './relationships';
import { readSharedStrings } from './shared-strings';
import { patchSheet } from './sheet-patch';
import { scanSheet, type SheetScan } from './sheet-scan';
import { sniff } from './sniff';
import { Styles } from './styles';
import { isDate1904, isStrict, withFullCalcOnLoad, workbookSheets, type SheetState } from './workbook-part';
import { bytesOf, bytesOfPieces, encodingOf, hasDtd, textOf, type PartEncoding } from './xml-text';
import { XmlDamaged } from './xml-stream';
import { MAX_PART_BYTES, readZip, type Crc32, type Inflate, type ZipArchive, type ZipCodec } from './zip';

export interface XlsxSheet {
  name: string;
  state: SheetState;
  /** The worksheet's part name, e.g. xl/worksheets/sheet1.xml. */
  part: string;
}

/**
 * An .xlsx package opened for patching: reads what the engine needs and, on toBytes(), writes back every part
 * exactly as it came except the few a plan changed (docs/xlsx-patcher.md). Runs in the browser as well as in Node.
 */
export class XlsxPackage implements PartStore {
  private readonly texts = new Map<string, string>();
  /** Parts changed as pieces of text (a patched sheet), joined only if read again. */
  private readonly pieces = new Map<string, string[]>();
  private readonly dirty = new Set<string>();
  private readonly scans = new Map<string, SheetScan>();
  /** Parts read in UTF-16, written back so. */
  private readonly encodings = new Map<string, PartEncoding>();
  private sst: string[] | null = null;
  private styleTable: Styles | null = null;
  private recordPart: string | null | undefined;

  private constructor(
    private readonly zip: ZipArchive,
    readonly workbookPart: string,
    private readonly sheetList: XlsxSheet[],
    readonly date1904: boolean,
    private readonly file: string,
    /** The extension the workbook's content type calls for (.xlsm for a macro workbook): its copies keep it. */
    readonly extension: WorkbookExtension,
  ) {}

  static open(zip: ZipArchive, file: string): Result<XlsxPackage> {
    try {
      return XlsxPackage.openParts(zip, file);
    } catch {
      // A part whose compressed data does not inflate.
      return fail({ code: 'WORKBOOK_DAMAGED', message: message('WORKBOOK_DAMAGED', file) });
    }
  }

  private static openParts(zip: ZipArchive, file: string): Result<XlsxPackage> {
    const notWorkbook = fail<XlsxPackage>({ code: 'NOT_A_WORKBOOK', message: message('NOT_A_WORKBOOK', file) });
    const text = (p: string) => {
      const d = zip.read(p);
      return d ? xmlText(d).text : null;
    };
    const root = text('_rels/.rels');
    // Read now, so a DTD in it refuses the file before anything is scored.
    if (root === null || text(CONTENT_TYPES_PART) === null) return notWorkbook;
    const rels = parseRelationships(root, '');
    if (rels.some((r) => r.type === REL.strictOfficeDocument))
      return fail({ code: 'WORKBOOK_STRICT', message: message('WORKBOOK_STRICT', file) });
    const main = rels.find((r) => r.type === REL.officeDocument && !r.external);
    const wbXml = main ? text(main.target) : null;
    if (!main || wbXml === null || !/<(?:[\w.-]+:)?workbook[\s>]/.test(wbXml)) return notWorkbook;
    if (isStrict(wbXml)) return fail({ code: 'WORKBOOK_STRICT', message: message('WORKBOOK_STRICT', file) });
    const wbRels = parseRelationships(text(relsPartOf(main.target)) ?? '', main.target);
    const sheets: XlsxSheet[] = [];
    for (const s of workbookSheets(wbXml)) {
      const rel = wbRels.find((r) => r.id === s.rId);
      if (!rel || rel.type !== REL.worksheet || !zip.has(rel.target)) continue;
      sheets.push({ name: s.name, state: s.state, part: rel.target });
    }
    if (sheets.length === 0) return notWorkbook;
    const extension = extensionOfType(contentTypeOf(text(CONTENT_TYPES_PART) as string, main.target));
    const pkg = new XlsxPackage(zip, main.target, sheets, isDate1904(wbXml), file, extension);
    // The custom XML parts are read now, inside this try: one carrying a DTD refuses the file like any other part.
    pkg.recordItem();
    return ok(pkg);
  }

  // PartStore
  /** setText puts a new part in the zip at once (its bytes come at toBytes), so the zip knows every part. */
  has(part: string): boolean {
    return this.zip.has(part);
  }
  text(part: string): string | null {
    const p = this.pieces.get(part);
    if (p) {
      this.texts.set(part, p.join(''));
      this.pieces.delete(part);
    }
    const t = this.texts.get(part);
    if (t !== undefined) return t;
    const d = this.zip.read(part);
    if (!d) return null;
    const { text: s, encoding } = xmlText(d);
    if (encoding !== 'utf-8') this.encodings.set(part, encoding);
    this.texts.set(part, s);
    return s;
  }
  setText(part: string, text: string): void {
    if (!this.zip.has(part)) this.zip.set(part, new Uint8Array(0));
    this.pieces.delete(part);
    this.texts.set(part, text);
    this.dirty.add(part);
  }
  private setPieces(part: string, pieces: string[]): void {
    this.texts.delete(part);
    this.pieces.set(part, pieces);
    this.dirty.add(part);
  }
  private remove(part: string): void {
    this.zip.delete(part);
    this.texts.delete(part);
    this.pieces.delete(part);
    this.dirty.delete(part);
  }

  /** Worksheets in the workbook's order, hidden and very hidden ones included (chart sheets are not worksheets). */
  sheets(): readonly XlsxSheet[] {
    return this.sheetList;
  }

  sheetNames(): string[] {
    return this.sheetList.map((s) => s.name);
  }

  private workbookRels(): Relationship[] {
    return parseRelationships(this.text(relsPartOf(this.workbookPart)) ?? '', this.workbookPart);
  }

  private relatedPart(type: string): string | null {
    const r = this.workbookRels().find((x) => x.type === type && !x.external);
    return r && this.has(r.target) ? r.target : null;
  }

  private sharedStrings(): string[] {
    if (this.sst === null) {
      const part = this.relatedPart(REL.sharedStrings);
      this.sst = part ? readSharedStrings(this.text(part) as string) : [];
    }
    return this.sst;
  }

  private styles(): Styles {
    if (this.styleTable === null) {
      const part = this.relatedPart(REL.styles);
      this.styleTable = new Styles(part ? this.text(part) : null);
    }
    return this.styleTable;
  }

  private scan(name: string): Result<{ sheet: XlsxSheet; scan: SheetScan }> {
    const sheet = this.sheetList.find((s) => s.name === name);
    if (!sheet) throw new Error(`no worksheet named ${name}`);
    let scan = this.scans.get(sheet.part);
    if (!scan) {
      try {
        scan = scanSheet(name, this.text(sheet.part) as string, { sharedStrings: this.sharedStrings(), styles: this.styles(), date1904: this.date1904 });
      } catch {
        return fail({ code: 'WORKBOOK_DAMAGED', message: message('WORKBOOK_DAMAGED', this.file) });
      }
      this.scans.set(sheet.part, scan);
    }
    return ok({ sheet, scan });
  }

  /** The engine's view of one worksheet; a sheet whose XML cannot be read is an error value. */
  snapshot(name: string): Result<SheetSnapshot> {
    const r = this.scan(name);
    return r.ok ? ok(r.value.scan.snapshot) : r;
  }

  /** Writes the plan's cells into its sheet; nothing else in the sheet's text changes. */
  applyPlan(plan: WritePlan): Result<void> {
    if (plan.cells.length === 0) return ok(undefined);
    const r = this.scan(plan.sheet);
    if (!r.ok) return r;
    const { sheet, scan } = r.value;
    const styles = this.styles();
    const patched = patchSheet(this.text(sheet.part) as string, scan, plan.cells, styles);
    this.setPieces(sheet.part, patched.pieces);
    this.scans.delete(sheet.part);
    if (styles.changed()) {
      const part = this.relatedPart(REL.styles);
      if (part) this.setText(part, styles.toXml());
    }
    if (plan.cells.some((c) => c.formula !== null)) {
      const wb = this.text(this.workbookPart) as string;
      const next = withFullCalcOnLoad(wb);
      if (next !== wb) this.setText(this.workbookPart, next);
    }
    if (patched.formulaCellsChanged) this.dropCalcChain();
    return ok(undefined);
  }

  /** calcChain.xml lists the cells that hold formulas; Excel rebuilds it when it is missing, not when it is wrong. */
  private dropCalcChain(): void {
    const part = this.relatedPart(REL.calcChain);
    if (!part) return;
    this.remove(part);
    const relsPart = relsPartOf(this.workbookPart);
    this.setText(relsPart, removeRelationships(this.text(relsPart) as string, REL.calcChain));
    this.setText(CONTENT_TYPES_PART, removeOverride(this.text(CONTENT_TYPES_PART) as string, part));
  }

  private recordItem(): string | null {
    if (this.recordPart === undefined) this.recordPart = findRecordPart(this, this.workbookRels());
    return this.recordPart;
  }

  /** What earlier fills wrote (empty when the workbook has no record); 'damaged' when ours but unreadable. */
  fillRecord(): FillRecord | 'damaged' {
    return readRecord(this, this.recordItem()) ?? EMPTY_FILL_RECORD;
  }

  setFillRecord(record: FillRecord): void {
    this.recordPart = writeRecord(this, this.recordItem(), record, this.workbookPart);
  }

  /** The package as .xlsx bytes: unchanged parts carry their original bytes, changed ones their new text. */
  toBytes(codec?: ZipCodec): Uint8Array {
    for (const p of this.dirty) {
      const pieces = this.pieces.get(p);
      const encoding = this.encodings.get(p) ?? 'utf-8';
      if (encoding === 'utf-8') this.zip.set(p, pieces ? bytesOfPieces(pieces) : bytesOf(this.texts.get(p) as string));
      else this.zip.set(p, bytesOf(pieces ? pieces.join('') : (this.texts.get(p) as string), encoding));
    }
    this.pieces.clear();
    this.dirty.clear();
    return this.zip.toBytes(codec);
  }
}

/** A part's text in its own encoding; a part carrying a DTD is refused as damaged (docs/xlsx-patcher.md). */
function xmlText(d: Uint8Array): { text: string; encoding: PartEncoding } {
  const encoding = encodingOf(d);
  const text = textOf(d, encoding);
  if (hasDtd(text)) throw new XmlDamaged('a DTD');
  return { text, encoding };
}

/**
 * Opens .xlsx bytes; `file` names the workbook in error messages. `inflate` may be the platform's native one (Node's
 * zlib is several times faster than fflate, which stays the default so this runs in a browser).
 */
export function openXlsx(bytes: Uint8Array, file = '工作簿', inflate?: Inflate, crc?: Crc32): Result<XlsxPackage> {
  switch (sniff(bytes)) {
    case 'encrypted':
      return fail({ code: 'WORKBOOK_ENCRYPTED', message: message('WORKBOOK_ENCRYPTED', file) });
    case 'legacy':
      return fail({ code: 'WORKBOOK_LEGACY', message: message('WORKBOOK_LEGACY', file) });
    case 'other':
      return fail({ code: 'NOT_A_WORKBOOK', message: message('NOT_A_WORKBOOK', file) });
    case 'zip':
      break;
  }
  const z = readZip(bytes, inflate, crc);
  if (!z.ok) {
    if (z.why === 'too-large')
      return fail({ code: 'WORKBOOK_TOO_LARGE', message: message('WORKBOOK_TOO_LARGE', file, z.part ?? '', MAX_PART_BYTES / 1024 / 1024) });
    if (z.why === 'duplicate') return fail({ code: 'WORKBOOK_DAMAGED', message: message('WORKBOOK_DUPLICATE_PART', file, z.part ?? '') });
    return fail({ code: 'WORKBOOK_DAMAGED', message: message('WORKBOOK_DAMAGED', file) });
  }
  const damaged = z.zip.firstDamaged();
  if (damaged !== null) return fail({ code: 'WORKBOOK_DAMAGED', message: message('WORKBOOK_PART_DAMAGED', file, damaged) });
  return XlsxPackage.open(z.zip, file);
}

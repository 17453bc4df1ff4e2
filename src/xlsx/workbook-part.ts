import { findEndTag, findTags, withAttr } from './xml-text';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** A sheet as workbook.xml lists it; `rId` leads to its part through the workbook's relationships. */
export interface WorkbookSheet {
  name: string;
  state: SheetState;
  rId: string;
}

const STRICT_NAMESPACE = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

export function isStrict(workbookXml: string): boolean {
  return workbookXml.includes(STRICT_NAMESPACE);
}

export function workbookSheets(xml: string): WorkbookSheet[] {
  return findTags(xml, 'sheet').map((t) => {
    const st = t.attrs.get('state');
    return { name: t.attrs.get('name') ?? '', state: st === 'hidden' || st === 'veryHidden' ? st : 'visible', rId: t.attrs.get('id') ?? '' };
  });
}

/** Dates count from 1904-01-01 (old Mac workbooks) instead of 1900. */
export function isDate1904(xml: string): boolean {
  const pr = findTags(xml, 'workbookPr')[0];
  const v = pr?.attrs.get('date1904');
  return v === '1' || v === 'true';
}

/** Elements that follow calcPr in CT_Workbook, where a missing calcPr must go before. */
const AFTER_CALC_PR = ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

/**
 * workbook.xml asking for a full recalculation on load, so Excel, WPS and LibreOffice compute the written formulas
 * themselves; only calcPr's text changes.
 */
export function withFullCalcOnLoad(xml: string): string {
  const calc = findTags(xml, 'calcPr')[0];
  if (calc) {
    const v = calc.attrs.get('fullCalcOnLoad');
    if (v === '1' || v === 'true') return xml;
    return xml.slice(0, calc.start) + withAttr(calc.text, 'fullCalcOnLoad', '1') + xml.slice(calc.end);
  }
  const root = findTags(xml, 'workbook')[0];
  const prefix = /^<([\w.-]+:)?/.exec(root?.text ?? '')?.[1] ?? '';
  const el = `<${prefix}calcPr fullCalcOnLoad="1"/>`;
  let at = -1;
  for (const name of AFTER_CALC_PR) {
    const t = findTags(xml, name)[0];
    if (t && (at < 0 || t.start < at)) at = t.start;
  }
  if (at < 0) at = findEndTag(xml, 'workbook', 0);
  return xml.slice(0, at) + el + xml.slice(at);
}

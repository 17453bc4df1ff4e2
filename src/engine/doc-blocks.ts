import type { MergedArea } from './snapshot';

/**
 * A Word document's body as the rubric reader sees it, whatever wrote it: paragraphs and tables in document order.
 * A table is a rectangular grid (one column per tblGrid column) with each merged area's text at its top-left cell
 * and the area listed in `merges`, exactly as a worksheet snapshot holds merged cells.
 */
export interface DocParagraph {
  kind: 'paragraph';
  text: string;
  /** The level (0 = top) of a paragraph Word numbers itself (w:numPr), whose 一、 or 1、 is then not in its text. */
  listLevel?: number;
}

export interface DocTable {
  kind: 'table';
  /** cells[r][c], 0-based; '' where a merged area continues or nothing is written. */
  cells: string[][];
  /** 1-based, like MergedArea everywhere else. */
  merges: MergedArea[];
  /** Rows marked to repeat on every printed page (w:tblHeader), counted from the top. */
  headerRows: number;
}

export type DocBlock = DocParagraph | DocTable;

import type { DocTable } from '../engine/doc-blocks';
import type { MergedArea } from '../engine/snapshot';

/**
 * A Word table as XML holds it, turned into the rectangular grid a worksheet would hold. Word places each w:tc
 * after the row's w:gridBefore empty grid columns; a cell covers w:gridSpan grid columns; w:vMerge without
 * "restart" continues the cell above that starts in the same grid column (its own text, usually empty, is dropped).
 * Rows shorter than the grid (w:gridAfter, or writers that omit it) are padded.
 */
export interface CellSpec {
  text: string;
  span: number;
  vMerge: 'restart' | 'continue' | null;
}

export interface RowSpec {
  gridBefore: number;
  header: boolean;
  cells: CellSpec[];
}

export function buildGrid(gridCols: number, rows: readonly RowSpec[]): DocTable {
  const width = Math.max(gridCols, ...rows.map((r) => r.gridBefore + r.cells.reduce((n, c) => n + Math.max(1, c.span), 0)), 0);
  const cells: string[][] = rows.map(() => new Array<string>(width).fill(''));
  const areas: MergedArea[] = [];
  /** The area each grid column's last cell belongs to, for a vMerge continuation in the row below. */
  let above = new Map<number, MergedArea>();
  rows.forEach((row, r) => {
    const here = new Map<number, MergedArea>();
    let c = row.gridBefore;
    for (const cell of row.cells) {
      const span = Math.max(1, cell.span);
      const upper = above.get(c);
      if (cell.vMerge === 'continue' && upper && upper.left === c + 1) {
        upper.bottom = r + 1;
        here.set(c, upper);
      } else {
        const area: MergedArea = { top: r + 1, left: c + 1, bottom: r + 1, right: Math.min(width, c + span) };
        if (c < width) cells[r][c] = cell.text;
        areas.push(area);
        here.set(c, area);
      }
      c += span;
    }
    above = here;
  });
  let headerRows = 0;
  while (headerRows < rows.length && rows[headerRows].header) headerRows++;
  return { kind: 'table', cells, merges: areas.filter((a) => a.bottom > a.top || a.right > a.left), headerRows };
}

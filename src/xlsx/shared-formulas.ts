/**
 * A long column of item formulas that differ only by row is stored the way Excel stores a filled-down column: one
 * master formula and clones that name it (<f t="shared">). The workbook computes the same, and is written smaller;
 * Excel, WPS and LibreOffice all read shared formulas. Reading expands each clone back into its own formula text.
 */
import { colLetter, colNumber } from '../engine/snapshot';

const REF = /(?<![A-Za-z0-9_.$"])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g;

type Ref = { absCol: string; col: number; absRow: string; row: number; /** $A$, the text before the row number. */ head: string };
type Part = string | Ref;

/** The formula cut into literal text and the A1 references that move when it is filled. */
function parts(formula: string): Part[] {
  const out: Part[] = [];
  formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/).forEach((piece, i) => {
    if (i % 2 === 1) return void out.push(piece);
    let at = 0;
    for (const m of piece.matchAll(REF)) {
      out.push(piece.slice(at, m.index), { absCol: m[1], col: colNumber(m[2]), absRow: m[3], row: Number(m[4]), head: `${m[1]}${m[2]}${m[3]}` });
      at = (m.index ?? 0) + m[0].length;
    }
    out.push(piece.slice(at));
  });
  return out;
}

function render(p: Part[], dRow: number, dCol: number): string {
  let s = '';
  for (const x of p) {
    if (typeof x === 'string') s += x;
    else s += `${x.absCol}${colLetter(x.absCol ? x.col : x.col + dCol)}${x.absRow}${x.absRow ? x.row : x.row + dRow}`;
  }
  return s;
}

/** The formula as it reads when filled down by `delta` rows: relative row numbers move, text in quotes does not. */
export function shiftRows(formula: string, delta: number): string {
  return render(parts(formula), delta, 0);
}

/** A shared formula's master text as one of its clones reads, `dRow` rows down and `dCol` columns right. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  return render(parts(formula), dRow, dCol);
}

/** Expands clones of one master without re-parsing it for every cell. */
export class SharedMaster {
  private readonly p: Part[];
  constructor(readonly text: string, readonly row: number, readonly col: number) {
    this.p = parts(text);
  }
  at(row: number, col: number): string {
    return row === this.row && col === this.col ? this.text : render(this.p, row - this.row, col - this.col);
  }
}

interface Run {
  masterRow: number;
  parts: Part[];
  lastRow: number;
}

/**
 * Does `formula` (from `at` on) read exactly as the parts filled down by `dRow` rows? Compared in place: a big sheet
 * checks tens of thousands of formulas of a thousand characters each, so nothing is copied or rendered.
 */
function readsAs(p: Part[], dRow: number, formula: string, at: number): boolean {
  for (const x of p) {
    if (typeof x === 'string') {
      if (!formula.startsWith(x, at)) return false;
      at += x.length;
      continue;
    }
    if (!formula.startsWith(x.head, at)) return false;
    at += x.head.length;
    const want = x.absRow ? x.row : x.row + dRow;
    let row = 0;
    const from = at;
    for (let c = formula.charCodeAt(at); c >= 48 && c <= 57; c = formula.charCodeAt(++at)) row = row * 10 + (c - 48);
    if (at === from || row !== want || formula.charCodeAt(from) === 48) return false;
  }
  return at === formula.length;
}

/** Decides, cell by cell down each column, whether a formula continues the run of the cell above it. */
export class SharedFormulaRuns {
  private readonly runs = new Map<number, Run>();

  /**
   * The row of the run's master when this cell continues a run, else null (and it starts a new run). A leading '='
   * is not part of the formula: item formulas run to a thousand characters, so they are compared, not copied.
   */
  continues(row: number, col: number, formula: string): number | null {
    const at = formula.startsWith('=') ? 1 : 0;
    const run = this.runs.get(col);
    if (run && row === run.lastRow + 1 && readsAs(run.parts, row - run.masterRow, formula, at)) {
      run.lastRow = row;
      return run.masterRow;
    }
    this.runs.set(col, { masterRow: row, parts: parts(at ? formula.slice(1) : formula), lastRow: row });
    return null;
  }
}

import { fitsLimits, formulaSize, MAX_FORMULA_LENGTH, MAX_FUNCTION_ARGS, MAX_NESTING } from './formula-limits';

/**
 * Item formulas of one shape differ from row to row only in their row numbers. Building each from its parts made
 * tens of megabytes of short-lived text on a sheet of thousands of items, and measuring each against Excel's limits
 * read all of it again. A template is the formula built once for a row no sheet has, cut where that row number
 * stands; an item's formula is the template stamped with its row, and its size is known without reading it.
 */

/** Rows past Excel's last (1,048,576): no cell reference in a real sheet names them. */
const PROBE = 1048577;
const CHECK = 1048579;

export class RowTemplate {
  private readonly fixed: number;
  /** The pieces with the formula's '=' in front: a written formula is made in one piece, never '=' + text. */
  private readonly written: string[];

  private constructor(
    pieces: string[],
    private readonly maxArgs: number,
    private readonly depth: number,
  ) {
    this.fixed = pieces.reduce((n, p) => n + p.length, 0) + 1;
    this.written = [`=${pieces[0]}`, ...pieces.slice(1)];
  }

  /**
   * The template of `build`, or null when its text holds the probe row's digits anywhere but in its row numbers
   * (a constant that happens to read 1048577): building for a second probe row must cut into the same pieces.
   */
  static of(build: (row: number) => string): RowTemplate | null {
    const pieces = build(PROBE).split(String(PROBE));
    const check = build(CHECK).split(String(CHECK));
    if (pieces.length !== check.length || pieces.some((p, i) => p !== check[i])) return null;
    const size = formulaSize(pieces.join(String(PROBE)));
    return new RowTemplate(pieces, size.maxArgs, size.depth);
  }

  /** The formula for `row`, with its leading '='. */
  formula(row: number): string {
    return this.written.join(String(row));
  }

  /** Whether the formula for `row` is within Excel's limits. */
  fits(row: number): boolean {
    const length = this.fixed + (this.written.length - 1) * String(row).length;
    return length <= MAX_FORMULA_LENGTH && this.maxArgs <= MAX_FUNCTION_ARGS && this.depth <= MAX_NESTING;
  }
}

/** Templates by shape (whatever besides the row decides the formula's text), each made on first use. */
export class RowTemplates {
  private readonly made = new Map<string, RowTemplate | null>();

  /** The formula (with its '=') for `row`, and whether it fits Excel's limits. */
  at(shape: string, row: number, build: (row: number) => string): { formula: string; fits: boolean } {
    let t = this.made.get(shape);
    if (t === undefined) {
      t = RowTemplate.of(build);
      this.made.set(shape, t);
    }
    if (t === null) {
      const formula = `=${build(row)}`;
      return { formula, fits: fitsLimits(formula) };
    }
    return { formula: t.formula(row), fits: t.fits(row) };
  }
}

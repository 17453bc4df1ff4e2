/**
 * Excel's limits on one formula (Microsoft's "Excel specifications and limits"): 8,192 characters, 255 arguments to
 * one function, 64 levels of nested functions. WPS and LibreOffice accept at least as much. Every formula a plan
 * writes is measured here, so a fill never writes one that a spreadsheet program would refuse to open.
 */
export const MAX_FORMULA_LENGTH = 8192;
export const MAX_FUNCTION_ARGS = 255;
export const MAX_NESTING = 64;

export interface FormulaSize {
  /** Characters, counting the leading '='. */
  length: number;
  /** The most arguments any one function call takes. */
  maxArgs: number;
  /** The deepest nesting of function calls. */
  depth: number;
}

/** Measures a formula's text: string literals and array constants ({"是","√"}) do not count as arguments. */
export function formulaSize(formula: string): FormulaSize {
  // Character codes, not one-character strings: a big sheet measures tens of megabytes of formulas.
  const skip = formula.charCodeAt(0) === EQ ? 0 : 1;
  const f = formula;
  let maxArgs = 0;
  let depth = 0;
  // One entry per open parenthesis: the arguments seen so far, or -1 for a grouping parenthesis.
  const stack: number[] = [];
  let calls = 0;
  let inArray = 0;
  for (let i = 0; i < f.length; i++) {
    const ch = f.charCodeAt(i);
    if (ch === QUOTE) {
      i++;
      while (i < f.length && !(f.charCodeAt(i) === QUOTE && f.charCodeAt(i + 1) !== QUOTE)) i += f.charCodeAt(i) === QUOTE ? 2 : 1;
      continue;
    }
    if (ch === OPEN_BRACE) inArray++;
    else if (ch === CLOSE_BRACE) inArray--;
    else if (ch === OPEN) {
      const isCall = i > 0 && isNameChar(f.charCodeAt(i - 1));
      stack.push(isCall ? 1 : -1);
      if (isCall) {
        calls++;
        if (calls > depth) depth = calls;
        // A call with nothing inside takes no argument: NOW().
        if (f.charCodeAt(i + 1) === CLOSE) stack[stack.length - 1] = 0;
      }
    } else if (ch === CLOSE) {
      const n = stack.pop();
      if (n !== undefined && n >= 0) {
        calls--;
        if (n > maxArgs) maxArgs = n;
      }
    } else if (ch === COMMA && inArray === 0 && stack.length > 0 && stack[stack.length - 1] >= 0) {
      stack[stack.length - 1]++;
    }
  }
  return { length: f.length + skip, maxArgs, depth };
}

const EQ = 61;
const QUOTE = 34;
const OPEN = 40;
const CLOSE = 41;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** [A-Za-z0-9_.]: the character before '(' that makes it a call. */
function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 46;
}

export function fitsLimits(formula: string): boolean {
  const s = formulaSize(formula);
  return s.length <= MAX_FORMULA_LENGTH && s.maxArgs <= MAX_FUNCTION_ARGS && s.depth <= MAX_NESTING;
}

/** SUM over any number of terms within 255 arguments a call: SUM(SUM(a…),SUM(b…)) when there are more. */
export function sumOf(terms: readonly string[]): string {
  if (terms.length <= MAX_FUNCTION_ARGS) return `SUM(${terms.join(',')})`;
  const groups: string[] = [];
  for (let i = 0; i < terms.length; i += MAX_FUNCTION_ARGS) groups.push(sumOf(terms.slice(i, i + MAX_FUNCTION_ARGS)));
  return sumOf(groups);
}

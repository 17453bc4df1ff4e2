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
  const f = formula.startsWith('=') ? formula : `=${formula}`;
  let maxArgs = 0;
  let depth = 0;
  // One entry per open parenthesis: the arguments seen so far, or -1 for a grouping parenthesis.
  const stack: number[] = [];
  let calls = 0;
  let inArray = 0;
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    if (ch === '"') {
      i++;
      while (i < f.length && !(f[i] === '"' && f[i + 1] !== '"')) i += f[i] === '"' ? 2 : 1;
      continue;
    }
    if (ch === '{') inArray++;
    else if (ch === '}') inArray--;
    else if (ch === '(') {
      const isCall = /[A-Za-z0-9_.]/.test(f[i - 1] ?? '');
      stack.push(isCall ? 1 : -1);
      if (isCall) {
        calls++;
        if (calls > depth) depth = calls;
        // A call with nothing inside takes no argument: NOW().
        if (f[i + 1] === ')') stack[stack.length - 1] = 0;
      }
    } else if (ch === ')') {
      const n = stack.pop();
      if (n !== undefined && n >= 0) {
        calls--;
        if (n > maxArgs) maxArgs = n;
      }
    } else if (ch === ',' && inArray === 0 && stack.length > 0 && stack[stack.length - 1] >= 0) {
      stack[stack.length - 1]++;
    }
  }
  return { length: f.length, maxArgs, depth };
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

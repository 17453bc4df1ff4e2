import { colLetter, colNumber } from './snapshot';

/**
 * Works out a formula saved without its result (openpyxl, pandas and scripts write them so) when it is plain
 * arithmetic: numbers, cells of the same sheet, + − × ÷ ^, parentheses and SUM over cells and ranges. Anything more
 * (other functions, other sheets, text) gives null: the spreadsheet program alone knows what it computes.
 */
type Lookup = (row: number, col: number) => number | null;

const TOKEN = /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|(SUM)\s*\(|([-+*/^(),]))/iy;

type Token = { n: number } | { ref: string } | { fn: 'SUM' } | { op: string };

function tokens(text: string): Token[] | null {
  const out: Token[] = [];
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) return null;
    at = TOKEN.lastIndex;
    if (m[1] !== undefined) out.push({ n: Number(m[1]) });
    else if (m[3] !== undefined) out.push({ fn: 'SUM' });
    else if (m[2] !== undefined) out.push({ ref: m[2] });
    else out.push({ op: m[4] });
  }
  return out;
}

function cell(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref) as RegExpExecArray;
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

/** Formula text (with or without '=') → its number, or null when it is not plain arithmetic over known numbers. */
export function evaluateArithmetic(formula: string, lookup: Lookup): number | null {
  const ts = tokens(formula.replace(/^\s*=/, ''));
  if (!ts || ts.length === 0) return null;
  let i = 0;
  const peekOp = () => {
    const t = ts[i];
    return t && 'op' in t ? t.op : null;
  };
  const fail = (): never => {
    throw new Error('not arithmetic');
  };
  const refValue = (ref: string): number => {
    const c = cell(ref);
    const v = lookup(c.row, c.col);
    return v === null ? fail() : v;
  };
  const sumArg = (): number => {
    const t = ts[i];
    if (t && 'ref' in t && t.ref.includes(':')) {
      i++;
      const [a, b] = t.ref.split(':').map(cell);
      let total = 0;
      for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++)
        for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) total += refValue(`${colLetter(c)}${r}`);
      return total;
    }
    return expr(1);
  };
  const primary = (): number => {
    const t = ts[i++];
    if (!t) return fail();
    if ('n' in t) return t.n;
    if ('ref' in t) return t.ref.includes(':') ? fail() : refValue(t.ref);
    if ('fn' in t) {
      let total = 0;
      if (peekOp() !== ')') {
        total += sumArg();
        while (peekOp() === ',') {
          i++;
          total += sumArg();
        }
      }
      if (peekOp() !== ')') fail();
      i++;
      return total;
    }
    if (t.op === '(') {
      const v = expr(1);
      if (peekOp() !== ')') fail();
      i++;
      return v;
    }
    return fail();
  };
  // Excel negates before it raises: -2^2 is 4.
  const unary = (): number => {
    const op = peekOp();
    if (op === '-' || op === '+') {
      i++;
      return op === '-' ? -unary() : unary();
    }
    return primary();
  };
  const PREC: Record<string, number> = { '+': 1, '-': 1, '*': 2, '/': 2, '^': 3 };
  const expr = (min: number): number => {
    let left = unary();
    for (;;) {
      const op = peekOp();
      if (op === null || PREC[op] === undefined || PREC[op] < min) break;
      i++;
      const right = expr(PREC[op] + 1);
      if (op === '+') left += right;
      else if (op === '-') left -= right;
      else if (op === '*') left *= right;
      else if (op === '/') left = right === 0 ? fail() : left / right;
      else left = left ** right;
    }
    return left;
  };
  try {
    const v = expr(1);
    if (i !== ts.length) return null;
    return Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}


import type { CellValue } from '../../src/engine/snapshot';
import { colNumber } from '../../src/engine/snapshot';

/**
 * Just enough of Excel's calculation for the fake workbook to hold what Excel would show after a write: the
 * functions the engine's formulas use (SUM COUNT MIN MAX IF IFERROR ROUND ABS OR AND TRIM SUBSTITUTE LEN LEFT RIGHT MID
 * FIND MATCH SUMPRODUCT ISNUMBER ISLOGICAL ISERROR ISTEXT COUNTIF), array constants and Excel's element-wise array
 * evaluation, references,
 * arithmetic, & and comparisons. Anything else is #NAME?, as in an Excel without the add-in's KH functions.
 */
type V = CellValue | V[];
export type Lookup = (row: number, col: number) => CellValue;

class FormulaError extends Error {}

export function evaluate(formula: string, cell: Lookup): CellValue {
  try {
    const p = new Parser(formula.replace(/^=/, ''), cell);
    const t = p.expr();
    if (p.rest().trim() !== '') throw new FormulaError('#NAME?');
    const v = t();
    const out = Array.isArray(v) ? flat(v)[0] ?? null : v;
    return out === null ? 0 : out;
  } catch (e) {
    if (e instanceof FormulaError) return e.message;
    throw e;
  }
}

function flat(v: V): CellValue[] {
  return Array.isArray(v) ? v.flatMap(flat) : [v];
}

function num(v: V): number {
  const x = Array.isArray(v) ? flat(v)[0] ?? null : v;
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x === null || x === '') return 0;
  if (typeof x === 'string' && x.startsWith('#')) throw new FormulaError(x);
  const n = Number(x);
  if (Number.isNaN(n)) throw new FormulaError('#VALUE!');
  return n;
}

function str(v: V): string {
  const x = Array.isArray(v) ? flat(v)[0] ?? null : v;
  return x === null ? '' : typeof x === 'boolean' ? (x ? 'TRUE' : 'FALSE') : String(x);
}

function numbersIn(args: V[]): number[] {
  return args.flatMap((a) => (Array.isArray(a) ? flat(a).filter((x): x is number => typeof x === 'number') : [num(a)]));
}

/** Excel's array evaluation: a function of one value applied to each element of an array argument. */
function map1(v: V, f: (x: CellValue) => CellValue): V {
  return Array.isArray(v) ? flat(v).map(f) : f(v);
}

function map2(a: V, b: V, f: (x: CellValue, y: CellValue) => CellValue): V {
  if (!Array.isArray(a) && !Array.isArray(b)) return f(a, b);
  const xs = Array.isArray(a) ? flat(a) : null;
  const ys = Array.isArray(b) ? flat(b) : null;
  const n = Math.max(xs?.length ?? 1, ys?.length ?? 1);
  return Array.from({ length: n }, (_, i) => f(xs ? xs[i] ?? null : (a as CellValue), ys ? ys[i] ?? null : (b as CellValue)));
}

function mapArgs(args: V[], f: (xs: CellValue[]) => CellValue): V {
  const n = Math.max(1, ...args.map((a) => (Array.isArray(a) ? flat(a).length : 1)));
  if (!args.some(Array.isArray)) return f(args as CellValue[]);
  return Array.from({ length: n }, (_, i) => f(args.map((a) => (Array.isArray(a) ? flat(a)[i] ?? null : a))));
}

const ARRAY_FUNCTIONS: Record<string, (args: V[]) => V> = {
  LEN: (a) => map1(a[0], (x) => str(x).length),
  TRIM: (a) => map1(a[0], (x) => str(x).trim().replace(/ +/g, ' ')),
  SUBSTITUTE: (a) => mapArgs(a, ([t, o, n, k]) => {
    const parts = str(t).split(str(o));
    if (k === undefined) return parts.join(str(n));
    // Only the k-th occurrence is replaced.
    const i = num(k);
    return parts.length <= i ? str(t) : parts.slice(0, i).join(str(o)) + str(n) + parts.slice(i).join(str(o));
  }),
  MID: (a) => mapArgs(a, ([t, start, n]) => str(t).substr(num(start) - 1, num(n))),
  LEFT: (a) => mapArgs(a.length > 1 ? a : [a[0], 1], ([t, n]) => str(t).slice(0, num(n))),
  RIGHT: (a) => mapArgs(a.length > 1 ? a : [a[0], 1], ([t, n]) => (num(n) === 0 ? '' : str(t).slice(-num(n)))),
  FIND: (a) =>
    mapArgs(a, ([needle, hay]) => {
      const at = str(hay).indexOf(str(needle));
      if (at < 0) throw new FormulaError('#VALUE!');
      return at + 1;
    }),
};

const FUNCTIONS: Record<string, (args: V[]) => CellValue> = {
  SUMPRODUCT: (a) => {
    const arrays = a.map((x) => (Array.isArray(x) ? flat(x) : [x]));
    const n = Math.max(...arrays.map((x) => x.length));
    let sum = 0;
    for (let i = 0; i < n; i++) sum += arrays.reduce((p, x) => p * (typeof x[i] === 'number' ? (x[i] as number) : typeof x[i] === 'boolean' ? 0 : Number(x[i] ?? 0) || 0), 1);
    return sum;
  },
  MATCH: (a) => {
    const want = Array.isArray(a[0]) ? flat(a[0])[0] ?? null : a[0];
    const list = Array.isArray(a[1]) ? flat(a[1]) : [a[1]];
    const at = list.findIndex((x) => (typeof x === 'string' && typeof want === 'string' ? x.toLowerCase() === want.toLowerCase() : x === want));
    if (at < 0) throw new FormulaError('#N/A');
    return at + 1;
  },
  SUM: (a) => numbersIn(a).reduce((s, n) => s + n, 0),
  COUNT: (a) => a.flatMap((x) => (Array.isArray(x) ? flat(x) : [x])).filter((x) => typeof x === 'number').length,
  MIN: (a) => (numbersIn(a).length ? Math.min(...numbersIn(a)) : 0),
  MAX: (a) => (numbersIn(a).length ? Math.max(...numbersIn(a)) : 0),
  ABS: (a) => Math.abs(num(a[0])),
  ROUND: (a) => {
    const f = 10 ** num(a[1] ?? 0);
    return Math.round(num(a[0]) * f + Math.sign(num(a[0])) * 1e-9) / f;
  },
  // COUNTIF with a plain text criterion only (no wildcards or operators): what the written formulas use.
  COUNTIF: (a) => {
    const want = str(Array.isArray(a[1]) ? flat(a[1])[0] ?? null : a[1]).toLowerCase();
    return (Array.isArray(a[0]) ? flat(a[0]) : [a[0]]).filter((x) => typeof x === 'string' && x.toLowerCase() === want).length;
  },
  OR: (a) => a.some((x) => num(x) !== 0),
  AND: (a) => a.every((x) => num(x) !== 0),
};

/** Parses into thunks, so IF and IFERROR evaluate only the branch they need, as Excel does. */
type T = () => V;

class Parser {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly cell: Lookup,
  ) {}

  rest(): string {
    return this.s.slice(this.i);
  }

  private ws(): void {
    while (this.s[this.i] === ' ') this.i++;
  }

  private eat(t: string): boolean {
    this.ws();
    if (this.s.startsWith(t, this.i)) {
      this.i += t.length;
      return true;
    }
    return false;
  }

  expr(): T {
    let l = this.concat();
    for (;;) {
      const op = ['>=', '<=', '<>', '=', '>', '<'].find((o) => this.eat(o));
      if (!op) return l;
      const [a, b] = [l, this.concat()];
      l = () => map2(a(), b(), (x, y) => compare(op, x, y));
    }
  }

  private concat(): T {
    let l = this.add();
    while (this.eat('&')) {
      const [a, b] = [l, this.add()];
      l = () => str(a()) + str(b());
    }
    return l;
  }

  private add(): T {
    let l = this.mul();
    for (;;) {
      const op = this.eat('+') ? '+' : this.eat('-') ? '-' : null;
      if (!op) return l;
      const [a, b] = [l, this.mul()];
      l = op === '+' ? () => map2(a(), b(), (x, y) => num(x) + num(y)) : () => map2(a(), b(), (x, y) => num(x) - num(y));
    }
  }

  private mul(): T {
    let l = this.unary();
    for (;;) {
      const op = this.eat('*') ? '*' : this.eat('/') ? '/' : null;
      if (!op) return l;
      const [a, b] = [l, this.unary()];
      l =
        op === '*'
          ? () => map2(a(), b(), (x, y) => num(x) * num(y))
          : () =>
              map2(a(), b(), (x, y) => {
                const d = num(y);
                if (d === 0) throw new FormulaError('#DIV/0!');
                return num(x) / d;
              });
    }
  }

  private unary(): T {
    if (this.eat('-')) {
      const a = this.unary();
      return () => map1(a(), (x) => -num(x));
    }
    if (this.eat('+')) return this.unary();
    return this.atom();
  }

  private atom(): T {
    this.ws();
    const rest = this.rest();
    if (this.eat('(')) {
      const v = this.expr();
      if (!this.eat(')')) throw new FormulaError('#NAME?');
      return v;
    }
    if (this.eat('{')) {
      const items: T[] = [];
      do items.push(this.atom());
      while (this.eat(',') || this.eat(';'));
      if (!this.eat('}')) throw new FormulaError('#NAME?');
      return () => items.map((t) => t() as CellValue);
    }
    if (rest.startsWith('"')) {
      const m = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!m) throw new FormulaError('#NAME?');
      this.i += m[0].length;
      const text = m[1].replace(/""/g, '"');
      return () => text;
    }
    const n = /^\d+(\.\d+)?/.exec(rest);
    if (n) {
      this.i += n[0].length;
      return () => Number(n[0]);
    }
    const ref = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![A-Z0-9_.(])/.exec(rest);
    if (ref) {
      this.i += ref[0].length;
      const [r1, c1] = [Number(ref[2]), colNumber(ref[1])];
      if (!ref[3]) return () => this.cell(r1, c1);
      const [r2, c2] = [Number(ref[4]), colNumber(ref[3])];
      return () => {
        const out: V[] = [];
        for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(this.cell(r, c));
        return out;
      };
    }
    const fn = /^([A-Z][A-Z0-9.]*)\(/i.exec(rest);
    if (fn) {
      this.i += fn[0].length;
      const args: T[] = [];
      if (!this.eat(')')) {
        do args.push(this.expr());
        while (this.eat(','));
        if (!this.eat(')')) throw new FormulaError('#NAME?');
      }
      const name = fn[1].toUpperCase();
      if (name === 'IF') return () => (num(args[0]()) !== 0 ? (args[1] ? args[1]() : true) : args[2] ? args[2]() : false);
      if (name === 'IFERROR')
        return () => {
          try {
            const v = args[0]();
            return isError(v) ? args[1]() : v;
          } catch (e) {
            if (e instanceof FormulaError) return args[1]();
            throw e;
          }
        };
      if (name === 'ISNUMBER' || name === 'ISLOGICAL' || name === 'ISERROR' || name === 'ISTEXT')
        return () => {
          let v: V;
          try {
            v = args[0]();
          } catch (e) {
            if (e instanceof FormulaError) return name === 'ISERROR';
            throw e;
          }
          return map1(v, (x) =>
            name === 'ISNUMBER' ? typeof x === 'number' : name === 'ISLOGICAL' ? typeof x === 'boolean' : name === 'ISTEXT' ? typeof x === 'string' && !isError(x) : isError(x),
          );
        };
      const arrayFn = ARRAY_FUNCTIONS[name];
      if (arrayFn) return () => arrayFn(args.map((a) => a()));
      const f = FUNCTIONS[name];
      return () => {
        if (!f) throw new FormulaError('#NAME?');
        return f(args.map((a) => a()));
      };
    }
    const bool = /^(TRUE|FALSE)(?![A-Z0-9(])/i.exec(rest);
    if (bool) {
      this.i += bool[0].length;
      const b = bool[1].toUpperCase() === 'TRUE';
      return () => b;
    }
    throw new FormulaError('#NAME?');
  }
}

function isError(v: V): boolean {
  return typeof v === 'string' && v.startsWith('#');
}

function compare(op: string, a: V, b: V): boolean {
  const x = Array.isArray(a) ? flat(a)[0] ?? null : a;
  const y = Array.isArray(b) ? flat(b)[0] ?? null : b;
  const c =
    typeof x === 'string' || typeof y === 'string'
      ? str(x).localeCompare(str(y))
      : num(x) - num(y);
  return { '=': c === 0, '<>': c !== 0, '>': c > 0, '<': c < 0, '>=': c >= 0, '<=': c <= 0 }[op] as boolean;
}

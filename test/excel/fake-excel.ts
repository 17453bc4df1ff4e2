import { OfficeMockObject } from 'office-addin-mock';
import type { CellValue, MergedArea } from '../../src/engine/snapshot';
import { rangeAddress, parseRangeAddress } from '../../src/excel/addresses';
import type { CellReading, FixtureCell } from '../contract/adapter-contract';
import { evaluate } from './fake-formula';

/**
 * A workbook that behaves, for this add-in's purposes, like Excel behind Office.js: office-addin-mock's
 * OfficeMockObject supplies load/sync semantics (a property read before load and sync is an error), and this file
 * adds what the mock lacks — worksheets that exist or not (getItemOrNullObject, add, visibility), used ranges,
 * merged areas (getMergedAreasOrNullObject), the queue of writes that only happens at context.sync, Excel's reading
 * of typed input ('=…' becomes a formula, "'…" stays text, "12" becomes a number), recalculation, and a count of
 * every context.sync made through any context.
 */
interface Cell {
  value: CellValue;
  formula: string | null;
  numFmt?: string;
}

export class FakeSheet {
  readonly cells = new Map<string, Cell>();
  merges: MergedArea[] = [];
  visibility = 'Visible';
  constructor(public name: string) {}

  get(row: number, col: number): Cell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  put(row: number, col: number, patch: Partial<Cell>): void {
    const c = { value: null, formula: null, ...this.get(row, col), ...patch };
    if (c.value === null && c.formula === null && c.numFmt === undefined) this.cells.delete(`${row},${col}`);
    else this.cells.set(`${row},${col}`, c);
  }

  /**
   * Excel's 插入整列: cells from `at` rightwards move `n` columns right; a merged area starting there moves with them,
   * one spanning the insertion point widens. Excel would also re-point formulas; this fake refuses a sheet that has
   * any rather than leave them pointing at the wrong cells.
   */
  insertColumns(at: number, n: number): void {
    if ([...this.cells.values()].some((c) => c.formula !== null)) throw new Error('fake-excel：含公式的工作表不支持插入列');
    const moved = [...this.cells].map(([k, c]) => {
      const [r, col] = k.split(',').map(Number);
      return [`${r},${col >= at ? col + n : col}`, c] as const;
    });
    this.cells.clear();
    for (const [k, c] of moved) this.cells.set(k, c);
    this.merges = this.merges.map((m) =>
      m.left >= at ? { ...m, left: m.left + n, right: m.right + n } : m.right >= at ? { ...m, right: m.right + n } : m,
    );
  }

  /** Excel's used range: cells with content (and, unless valuesOnly, formats and merges); A1 when there are none. */
  used(valuesOnly: boolean): MergedArea {
    let top = Infinity, left = Infinity, bottom = 0, right = 0;
    const take = (r: number, c: number) => {
      top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
    };
    for (const [k, c] of this.cells) {
      if (valuesOnly && c.value === null && c.formula === null) continue;
      const [r, col] = k.split(',').map(Number);
      take(r, col);
    }
    if (!valuesOnly) for (const m of this.merges) { take(m.top, m.left); take(m.bottom, m.right); }
    return bottom === 0 ? { top: 1, left: 1, bottom: 1, right: 1 } : { top, left, bottom, right };
  }
}

export class OfficeError extends Error {
  constructor(public code: string, message: string) {
    super(message);
  }
}

type Op = () => void;

const MAX_ROW = 1048576;

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  active = '';
  selection: { sheet: string; area: MergedArea } | null = null;
  /** Every context.sync through any context since the last reset. */
  syncs = 0;
  calculationSuspensions = 0;
  /** Highest ExcelApi minor version this "Excel" supports (1.13 = Microsoft 365). */
  apiMinor = 13;
  /** Makes the next sync throw this error, as Excel does when a cell is being edited or a sheet is protected. */
  failNextSync: OfficeError | null = null;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string, cells: FixtureCell[][] = [], merges: string[] = []): FakeSheet {
    const s = new FakeSheet(name);
    cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && typeof v === 'object') s.put(r + 1, c + 1, { formula: v.formula });
        else if (v !== null && v !== undefined) s.put(r + 1, c + 1, { value: v });
      }),
    );
    s.merges = merges.map((m) => parseRangeAddress(m) as MergedArea);
    this.sheets.push(s);
    if (!this.active) this.active = name;
    return s;
  }

  /** What the cell shows, formulas recalculated, read straight from the store (not through the adapter). */
  read(sheet: string, row: number, col: number): CellReading {
    const s = this.sheet(sheet);
    const c = s?.get(row, col);
    return { value: s ? this.valueOf(s, row, col) : null, formula: c?.formula ?? null, numFmt: c?.numFmt ?? 'General' };
  }

  private valueOf(s: FakeSheet, row: number, col: number, depth = 0): CellValue {
    const c = s.get(row, col);
    if (!c) return null;
    if (c.formula === null) return c.value;
    if (depth > 50) return '#REF!';
    return evaluate(c.formula, (r, cc) => this.valueOf(s, r, cc, depth + 1));
  }

  install(): this {
    const g = globalThis as Record<string, unknown>;
    g.Excel = new OfficeMockObject({ run: async (batch: (c: unknown) => Promise<unknown>) => batch(this.context()) });
    g.Office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported: (set: string, version: string) => set === 'ExcelApi' && Number(version.split('.')[1] ?? 0) <= this.apiMinor,
        },
      },
    });
    return this;
  }

  static uninstall(): void {
    const g = globalThis as Record<string, unknown>;
    delete g.Excel;
    delete g.Office;
  }

  /** A fresh RequestContext for one Excel.run: queued operations run, in order, at its next sync. */
  private context(): Excel.RequestContext {
    const ops: Op[] = [];
    const loaded: OfficeMockObject[] = [];
    const track = <T extends OfficeMockObject>(o: T): T => (loaded.push(o), o);
    const ctx = new OfficeMockObject({
      workbook: {
        worksheets: {
          getActiveWorksheet: () => this.worksheet(this.active, ops, track),
          getItem: (name: string) => {
            ops.push(() => {
              if (!this.sheet(name)) throw new OfficeError('ItemNotFound', `找不到工作表 ${name}`);
            });
            return this.worksheet(name, ops, track);
          },
          getItemOrNullObject: (name: string) => {
            const w = this.worksheet(name, ops, track);
            w.isNullObject = !this.sheet(name);
            return w;
          },
          add: (name: string) => {
            ops.push(() => {
              if (this.sheet(name)) throw new OfficeError('ItemAlreadyExists', `工作表 ${name} 已存在`);
              this.sheets.push(new FakeSheet(name));
            });
            return this.worksheet(name, ops, track);
          },
          load: () => {
            coll().items = this.sheets.map((s) => ({ name: s.name }));
          },
        },
        application: {
          suspendApiCalculationUntilNextSync: () => {
            this.calculationSuspensions++;
          },
        },
        getSelectedRange: () => {
          const sel = this.selection ?? { sheet: this.active, area: { top: 1, left: 1, bottom: 1, right: 1 } };
          return this.range(sel.sheet, sel.area, ops, track);
        },
      },
    }) as unknown as { workbook: { worksheets: Record<string, unknown> }; sync: () => Promise<void> };
    const coll = () => ctx.workbook.worksheets;
    const mockSync = ctx.sync.bind(ctx);
    ctx.sync = async () => {
      this.syncs++;
      const failure = this.failNextSync;
      this.failNextSync = null;
      if (failure) throw failure;
      for (const op of ops.splice(0)) op();
      for (const o of loaded) await o.sync();
      await mockSync();
      await new Promise((r) => setImmediate(r));
    };
    return ctx as unknown as Excel.RequestContext;
  }

  private worksheet(name: string, ops: Op[], track: <T extends OfficeMockObject>(o: T) => T): OfficeMockObject {
    const w = track(
      new OfficeMockObject({
        name,
        getRange: (address?: string) =>
          this.range(name, address ? (parseRangeAddress(address) as MergedArea) : null, ops, track),
        getUsedRange: (valuesOnly = false) => {
          const s = this.sheet(name);
          return this.range(name, s ? s.used(valuesOnly) : { top: 1, left: 1, bottom: 1, right: 1 }, ops, track);
        },
        activate: () => ops.push(() => (this.active = name)),
      }),
    );
    w.isNullObject = false;
    writable(w, 'visibility', 'Visible', (v) => ops.push(() => (this.need(name).visibility = String(v))));
    return w;
  }

  private need(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw new OfficeError('ItemNotFound', `找不到工作表 ${name}`);
    return s;
  }

  /** A range: its data is taken when it is made; writes to values/formulas/numberFormat queue until sync. */
  private range(
    sheet: string,
    area: MergedArea | null,
    ops: Op[],
    track: <T extends OfficeMockObject>(o: T) => T,
  ): OfficeMockObject {
    const s = this.sheet(sheet);
    const a = area ?? { top: 1, left: 1, bottom: 1048576, right: 16384 };
    // Whole columns or rows (getRange('E:E')) are only inserted or cleared here, never read: no million-row arrays.
    const readable = (a.bottom - a.top + 1) * (a.right - a.left + 1) <= 1_000_000;
    const grid = <T>(f: (r: number, c: number) => T): T[][] | undefined =>
      area && s && readable
        ? Array.from({ length: a.bottom - a.top + 1 }, (_, i) =>
            Array.from({ length: a.right - a.left + 1 }, (_, j) => f(a.top + i, a.left + j)),
          )
        : undefined;
    const values = grid((r, c) => (s ? (this.read(sheet, r, c).value ?? '') : ''));
    const formulas = grid((r, c) => s?.get(r, c)?.formula ?? (s ? (this.read(sheet, r, c).value ?? '') : ''));
    const merged = s ? s.merges.filter((m) => m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left) : [];
    const numberFormat = grid((row, col) => s?.get(row, col)?.numFmt ?? 'General');
    const data = values && formulas && numberFormat ? { values, formulas, numberFormat } : {};
    const quoted = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
    const r = track(
      new OfficeMockObject({
        ...data,
        address: `${quoted}!${rangeAddress(a.top, a.left, a.bottom, a.right)}`,
        rowIndex: a.top - 1,
        columnIndex: a.left - 1,
        getMergedAreasOrNullObject: () => {
          if (this.apiMinor < 13) throw new OfficeError('ApiNotFound', 'getMergedAreasOrNullObject 需要 ExcelApi 1.13');
          const areas = track(
            new OfficeMockObject({
              address: merged.map((m) => `${quoted}!${rangeAddress(m.top, m.left, m.bottom, m.right)}`).join(', '),
            }),
          );
          areas.isNullObject = merged.length === 0;
          return areas;
        },
        clear: (applyTo = 'All') =>
          ops.push(() => {
            const st = this.need(sheet);
            for (const k of [...st.cells.keys()]) {
              const [row, col] = k.split(',').map(Number);
              if (row < a.top || row > a.bottom || col < a.left || col > a.right) continue;
              st.put(row, col, applyTo === 'Contents' ? { value: null, formula: null } : { value: null, formula: null, numFmt: undefined });
            }
          }),
        select: () => ops.push(() => (this.selection = { sheet, area: a })),
        insert: (shift: string) =>
          ops.push(() => {
            if (shift !== 'Right' || a.top !== 1 || a.bottom !== MAX_ROW)
              throw new OfficeError('NotImplemented', '本测试替身只模拟整列向右插入');
            this.need(sheet).insertColumns(a.left, a.right - a.left + 1);
          }),
        merge: () => ops.push(() => this.need(sheet).merges.push({ ...a })),
      }),
    );
    const each = (input: unknown, f: (row: number, col: number, x: unknown) => void) => {
      (input as unknown[][]).forEach((line, i) => line.forEach((x, j) => f(a.top + i, a.left + j, x)));
    };
    const typed = (v: unknown) => ops.push(() => each(v, (row, col, x) => this.type(this.need(sheet), row, col, x)));
    writable(r, 'values', values, typed);
    writable(r, 'formulas', formulas, typed);
    writable(r, 'numberFormat', numberFormat, (v) =>
      ops.push(() => each(v, (row, col, x) => x !== null && this.need(sheet).put(row, col, { numFmt: String(x) }))),
    );
    return r;
  }

  /** What Excel makes of input set through Range.values or Range.formulas, as if typed into the cell. */
  private type(s: FakeSheet, row: number, col: number, x: unknown): void {
    if (x === null || x === undefined) return;
    if (x === '') return s.put(row, col, { value: null, formula: null });
    if (typeof x === 'number' || typeof x === 'boolean') return s.put(row, col, { value: x, formula: null });
    const t = String(x);
    if (t.startsWith("'")) return s.put(row, col, { value: t.slice(1), formula: null });
    if (/^[-+]?\d[\d,]*(\.\d+)?$/.test(t)) return s.put(row, col, { value: Number(t.replace(/,/g, '')), formula: null });
    if (/^(true|false)$/i.test(t)) return s.put(row, col, { value: t.toLowerCase() === 'true', formula: null });
    if (/^[=+\-@]/.test(t)) return s.put(row, col, { value: null, formula: t.startsWith('=') ? t : `=${t}` });
    s.put(row, col, { value: t, formula: null });
  }
}

/**
 * Turns a mock property into a setter that queues a write. The mock itself assigns the loaded value (the very
 * array it was given) or its "not loaded" markers back to the property; only a new array is a write.
 */
function writable(o: OfficeMockObject, prop: string, initial: unknown, onWrite: (v: unknown) => void): void {
  let current: unknown = (o as Record<string, unknown>)[prop];
  if (current === undefined) current = initial;
  Object.defineProperty(o, prop, {
    configurable: true,
    get: () => current,
    set: (v: unknown) => {
      if ((Array.isArray(v) && v !== initial) || (typeof v === 'string' && !v.startsWith('Error,') && v !== initial)) onWrite(v);
      current = v;
    },
  });
}

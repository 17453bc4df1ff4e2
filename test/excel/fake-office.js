/*
 * The one fake Excel behind Office.js, for the unit tests (test/excel/fake-excel.ts wraps it with types and a formula
 * evaluator) and for the task pane in Chromium (scripts/taskpane-harness.js injects this file into the page before the
 * add-in's scripts). Plain JavaScript with no imports, so the same text runs in Node and in a browser.
 *
 * It models what the add-in relies on and what real hosts enforce:
 * - a request context whose queued work happens only at context.sync; properties readable only after load + sync;
 *   *OrNullObject lookups; Excel.run flushing what a batch left queued;
 * - Excel on the web's 5 MB limit on a request and on a response (RequestPayloadSizeLimitExceeded /
 *   ResponsePayloadSizeLimitExceeded), and the 5 million cells a single read may return;
 * - Excel's reading of typed input: '=…' a formula, "'…" text, "001" "1E5" "(5)" "￥5" "1 1/2" "2024-1-5" numbers or
 *   dates, "#N/A" an error, TRUE/FALSE booleans, and a cell formatted "@" keeping whatever it is given as text;
 * - workbook structure protection (no sheet may be added or hidden) and sheet protection (no cell may change);
 * - custom XML parts (ExcelApi 1.5), valueTypes, number formats, merged areas (ExcelApi 1.13), used ranges;
 * - Office.addin.showAsTaskpane (SharedRuntime 1.1) and Office.context.ui.displayDialogAsync, recorded.
 */
(function (root) {
  'use strict';

  const MAX_ROW = 1048576;
  const MAX_COL = 16384;
  const PAYLOAD_LIMIT = 5 * 1024 * 1024;
  const CELL_LIMIT = 5000000;
  const ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!'];

  class OfficeError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
      this.name = 'RichApi.Error';
    }
  }

  const letters = (n) => {
    let s = '';
    for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
    return s;
  };
  const colNumber = (l) => [...l.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const a1 = (r, c) => `${letters(c)}${r}`;
  const areaText = ({ top, left, bottom, right }) =>
    top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;
  const quoted = (name) => (/^[\p{L}\p{N}_.]+$/u.test(name) && !/^\d/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

  function parseArea(address) {
    const local = String(address).slice(String(address).lastIndexOf('!') + 1).replace(/\$/g, '').trim();
    const rows = /^(\d+):(\d+)$/.exec(local);
    if (rows) return norm(Number(rows[1]), 1, Number(rows[2]), MAX_COL);
    const cols = /^([A-Z]+):([A-Z]+)$/i.exec(local);
    if (cols) return norm(1, colNumber(cols[1]), MAX_ROW, colNumber(cols[2]));
    const [from, to = from] = local.split(':').map((p) => {
      const m = /^([A-Z]{1,3})(\d+)$/i.exec(p);
      if (!m) throw new OfficeError('InvalidArgument', `无效的地址：${address}`);
      return { r: Number(m[2]), c: colNumber(m[1]) };
    });
    return norm(from.r, from.c, to.r, to.c);
  }
  function norm(r1, c1, r2, c2) {
    return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  }
  const cellsIn = (a) => (a.bottom - a.top + 1) * (a.right - a.left + 1);

  function utf8Length(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
    }
    return n;
  }
  const jsonBytes = (v) => utf8Length(JSON.stringify(v === undefined ? null : v));

  /** Days since 1899-12-30, as Excel counts them. */
  function serial(y, m, d) {
    return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
  }

  /**
   * What Excel makes of a string typed into a cell with the given number format: { value, formula, error, numFmt? }.
   * The conversions are the ones a zh-CN Excel applies; what they have in common is that the text does not survive.
   */
  function typedInput(x, numFmt) {
    if (typeof x !== 'string') return { value: x, formula: null };
    if (x === '') return { value: null, formula: null };
    if (numFmt === '@') return { value: x, formula: null };
    if (x.startsWith("'")) return { value: x.slice(1), formula: null };
    if (x.length > 1 && x.startsWith('=')) return { value: null, formula: x };
    const t = x.trim();
    const upper = t.toUpperCase();
    if (ERRORS.includes(upper)) return { value: upper, formula: null, error: true };
    if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE', formula: null };
    const plain = /^([+-]?)[￥¥$]?\s*(\d[\d,]*\.?\d*|\.\d+)(e[+-]?\d+)?\s*(%?)$/i.exec(t);
    if (plain) {
      const n = Number((plain[2] + (plain[3] || '')).replace(/,/g, '')) * (plain[1] === '-' ? -1 : 1);
      return { value: plain[4] ? n / 100 : n, formula: null };
    }
    const paren = /^\(\s*[￥¥$]?(\d[\d,]*\.?\d*)\s*\)$/.exec(t);
    if (paren) return { value: -Number(paren[1].replace(/,/g, '')), formula: null };
    const mixed = /^(\d+)\s+(\d+)\/(\d+)$/.exec(t);
    if (mixed && Number(mixed[3]) !== 0) return { value: Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]), formula: null };
    const date = /^(\d{4})\s*[-/年]\s*(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?$/.exec(t);
    if (date) return { value: serial(+date[1], +date[2], +date[3]), formula: null, numFmt: 'yyyy/m/d' };
    if (/^[+-@]/.test(t) && /[A-Za-z(]/.test(t.slice(1))) return { value: null, formula: `=${t.replace(/^@/, '')}` };
    return { value: x, formula: null };
  }

  /** Every change to the workbook's content counts here, so a sync can tell whether it wrote anything (an undo step). */
  let changes = 0;

  class Sheet {
    constructor(name) {
      this.name = name;
      this.cells = new Map();
      this.merges = [];
      this.visibility = 'Visible';
      this.protected = false;
      /** What formatting and layout calls set, in order: { what, area?, value }. Cells are not affected. */
      this.layout = [];
      this.charts = [];
    }
    get(row, col) {
      return this.cells.get(`${row},${col}`);
    }
    put(row, col, patch) {
      changes++;
      const c = { value: null, formula: null, ...this.get(row, col), ...patch };
      if (!('error' in patch) && ('value' in patch || 'formula' in patch)) delete c.error;
      if (c.error === false) delete c.error;
      if (c.numFmt === undefined || c.numFmt === 'General') delete c.numFmt;
      if (c.value === null && c.formula === null && c.numFmt === undefined) this.cells.delete(`${row},${col}`);
      else this.cells.set(`${row},${col}`, c);
    }
    /** Excel's 插入整列. Formulas would be re-pointed by Excel; this fake refuses a sheet that has any. */
    insertColumns(at, n) {
      changes++;
      if ([...this.cells.values()].some((c) => c.formula !== null))
        throw new Error('fake-excel：含公式的工作表不支持插入列');
      const moved = [...this.cells].map(([k, c]) => {
        const [r, col] = k.split(',').map(Number);
        return [`${r},${col >= at ? col + n : col}`, c];
      });
      this.cells.clear();
      for (const [k, c] of moved) this.cells.set(k, c);
      this.merges = this.merges.map((m) =>
        m.left >= at ? { ...m, left: m.left + n, right: m.right + n } : m.right >= at ? { ...m, right: m.right + n } : m,
      );
    }
    /** Excel's 插入行 above `at`: rows move down, formulas are re-pointed only by the evaluator's own reading. */
    insertRows(at, n) {
      changes++;
      const moved = [...this.cells].map(([k, c]) => {
        const [r, col] = k.split(',').map(Number);
        return [`${r >= at ? r + n : r},${col}`, c];
      });
      this.cells.clear();
      for (const [k, c] of moved) this.cells.set(k, c);
    }
    used(valuesOnly) {
      let top = Infinity, left = Infinity, bottom = 0, right = 0;
      const take = (r, c) => {
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

  class FakeWorkbook {
    /**
     * workbook: { active?, sheets: [{ name, rows: cell[][], merges?: string[] }] } where a cell is a value or
     * { formula, value }; evaluate(formula, lookup): what a formula shows (omitted: formula cells show '').
     */
    constructor(workbook = { sheets: [] }, evaluate = null) {
      this.sheets = [];
      this.active = workbook.active || '';
      this.selection = null;
      this.selections = [];
      this.syncs = 0;
      this.calculationSuspensions = 0;
      this.apiMinor = 13;
      this.failNextSync = null;
      this.payloadLimit = PAYLOAD_LIMIT;
      this.structureProtected = false;
      this.parts = [];
      this.nextPartId = 1;
      /** Per sync: the bytes sent and received, for tests and the bench to look at. */
      this.requests = [];
      this.taskpaneShown = 0;
      /** Ctrl+Z steps the add-in's writes made, and the RunOptions each Excel.run was given. */
      this.undoSteps = 0;
      /** Office.context.platform, and the addresses openBrowserWindow was asked to open. */
      this.platform = 'OfficeOnline';
      this.browserWindows = [];
      this.openBrowserWindowApi = true;
      this.runOptions = [];
      this.dialogs = [];
      this.evaluate = evaluate;
      for (const def of workbook.sheets || []) this.addSheet(def.name, def.rows || [], def.merges || []);
    }

    sheet(name) {
      return this.sheets.find((s) => s.name === name);
    }

    addSheet(name, rows = [], merges = []) {
      const s = new Sheet(name);
      rows.forEach((row, r) =>
        (row || []).forEach((v, c) => {
          if (v !== null && typeof v === 'object') s.put(r + 1, c + 1, { formula: v.formula, value: v.value ?? null });
          else if (v !== null && v !== undefined && v !== '') s.put(r + 1, c + 1, { value: v });
        }),
      );
      s.merges = merges.map(parseArea);
      this.sheets.push(s);
      if (!this.active) this.active = name;
      return s;
    }

    /** What a cell shows: its value, a formula's result (recalculated when an evaluator is given), '' when empty. */
    valueOf(s, row, col, depth = 0) {
      const c = s.get(row, col);
      if (!c) return null;
      if (c.formula === null) return c.value;
      if (!this.evaluate) return c.value;
      if (depth > 50) return '#REF!';
      return this.evaluate(c.formula, (r, cc) => this.valueOf(s, r, cc, depth + 1));
    }

    typeOf(s, row, col) {
      const c = s.get(row, col);
      if (!c) return 'Empty';
      const v = this.valueOf(s, row, col);
      if (c.error || (c.formula !== null && typeof v === 'string' && ERRORS.includes(v))) return 'Error';
      if (v === null || v === '') return 'Empty';
      return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
    }

    /** The cell as a test looks at it: { value, formula, numFmt }. */
    read(sheet, row, col) {
      const s = this.sheet(sheet);
      const c = s && s.get(row, col);
      return { value: s ? this.valueOf(s, row, col) : null, formula: c ? c.formula : null, numFmt: (c && c.numFmt) || 'General' };
    }

    need(name) {
      const s = this.sheet(name);
      if (!s) throw new OfficeError('ItemNotFound', `找不到工作表“${name}”`);
      return s;
    }

    writable(name) {
      const s = this.need(name);
      if (s.protected)
        throw new OfficeError('AccessDenied', 'The cell or chart that you are trying to change is protected and therefore read-only.');
      return s;
    }

    structure() {
      if (this.structureProtected)
        // Excel's AccessDenied does not say which protection refused: the same words as for a protected sheet.
        throw new OfficeError('AccessDenied', 'The cell or chart that you are trying to change is protected and therefore read-only.');
    }

    /** Excel's reading of input set through Range.values or Range.formulas. */
    type(s, row, col, x) {
      if (x === null || x === undefined) return;
      const cur = s.get(row, col);
      const t = typedInput(x, cur && cur.numFmt);
      const patch = { value: t.value, formula: t.formula, error: !!t.error };
      if (t.numFmt && !(cur && cur.numFmt)) patch.numFmt = t.numFmt;
      s.put(row, col, patch);
    }

    /** A fresh RequestContext for one Excel.run. */
    /** group: the Excel.run's undo group when it asked mergeUndoGroup on a host that has it (ExcelApi 1.20). */
    context(group = null) {
      const fake = this;
      let pending = [];
      let loads = [];
      let requestBytes = 0;
      const queue = (op, bytes = 64) => {
        pending.push(op);
        requestBytes += bytes;
      };
      /** A load: resolve() runs at sync; its result's size counts toward the response. */
      const loadable = (target, resolve) => {
        const loaded = {};
        target.load = (props) => {
          const names =
            typeof props === 'string' || Array.isArray(props)
              ? (Array.isArray(props) ? props : String(props).split(',')).map((p) => p.trim()).filter(Boolean)
              : Object.keys(props || {});
          requestBytes += 64;
          loads.push(() => {
            let bytes = 0;
            for (const n of names) {
              loaded[n] = resolve(n);
              bytes += jsonBytes(loaded[n]);
            }
            return bytes;
          });
          return target;
        };
        return (name) => {
          if (!(name in loaded))
            throw new OfficeError('PropertyNotLoaded', `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
          return loaded[name];
        };
      };
      const nullable = (target, exists) => {
        let isNull;
        loads.push(() => {
          isNull = !exists();
          return 8;
        });
        Object.defineProperty(target, 'isNullObject', {
          get: () => {
            if (isNull === undefined) throw new OfficeError('PropertyNotLoaded', 'isNullObject 要在 context.sync() 之后才能读取');
            return isNull;
          },
        });
      };
      const clientResult = (compute) => {
        const result = {};
        let value;
        let done = false;
        loads.push(() => {
          value = compute();
          done = true;
          return jsonBytes(value);
        });
        Object.defineProperty(result, 'value', {
          get: () => {
            if (!done) throw new OfficeError('PropertyNotLoaded', 'ClientResult.value 要在 context.sync() 之后才能读取');
            return value;
          },
        });
        return result;
      };

      const READERS = {
        address: (s, a) => `${quoted(s.name)}!${areaText(a)}`,
        rowCount: (s, a) => a.bottom - a.top + 1,
        columnCount: (s, a) => a.right - a.left + 1,
        rowIndex: (s, a) => a.top - 1,
        columnIndex: (s, a) => a.left - 1,
        values: (s, a) => grid(a, (r, c) => {
          const v = fake.valueOf(s, r, c);
          return v === null ? '' : v;
        }),
        formulas: (s, a) => grid(a, (r, c) => {
          const cell = s.get(r, c);
          if (!cell) return '';
          if (cell.formula !== null) return cell.formula;
          return cell.value === null ? '' : cell.value;
        }),
        valueTypes: (s, a) => grid(a, (r, c) => fake.typeOf(s, r, c)),
        numberFormat: (s, a) => grid(a, (r, c) => (s.get(r, c) && s.get(r, c).numFmt) || 'General'),
      };
      let cellsRead = 0;
      function grid(a, pick) {
        cellsRead += cellsIn(a);
        if (cellsRead > CELL_LIMIT) throw new OfficeError('ResponsePayloadSizeLimitExceeded', `一次读取超过 ${CELL_LIMIT} 个单元格`);
        const out = [];
        for (let r = a.top; r <= a.bottom; r++) {
          const line = [];
          for (let c = a.left; c <= a.right; c++) line.push(pick(r, c));
          out.push(line);
        }
        return out;
      }

      function rangeProxy(sheetName, areaAt) {
        const range = {};
        const read = loadable(range, (n) => {
          const s = fake.need(sheetName);
          if (!READERS[n]) throw new OfficeError('InvalidArgument', `假 Excel 不支持读取 Range.${n}`);
          return READERS[n](s, areaAt(s));
        });
        const writer = (apply) => (input) => {
          queue(() => {
            const s = fake.writable(sheetName);
            const a = areaAt(s);
            if (!Array.isArray(input) || input.length !== a.bottom - a.top + 1 || input.some((l) => !Array.isArray(l) || l.length !== a.right - a.left + 1))
              throw new OfficeError('InvalidArgument', `写入的数组与区域 ${areaText(a)} 的大小不一致`);
            input.forEach((line, i) => line.forEach((x, j) => x !== null && x !== undefined && apply(s, a.top + i, a.left + j, x)));
          }, 64 + jsonBytes(input));
        };
        const setInput = writer((s, r, c, x) => fake.type(s, r, c, x));
        for (const [name, set] of [
          ['values', setInput],
          ['formulas', setInput],
          ['numberFormat', writer((s, r, c, x) => s.put(r, c, { numFmt: String(x) }))],
          ['valueTypes', null],
          ['address', null],
          ['rowCount', null],
          ['columnCount', null],
          ['rowIndex', null],
          ['columnIndex', null],
        ]) {
          Object.defineProperty(range, name, {
            get: () => read(name),
            set: set || (() => { throw new OfficeError('InvalidArgument', `Range.${name} 只读`); }),
            enumerable: true,
          });
        }
        range.clear = (what = 'All') =>
          queue(() => {
            const s = fake.writable(sheetName);
            const a = areaAt(s);
            for (const key of [...s.cells.keys()]) {
              const [r, c] = key.split(',').map(Number);
              if (r < a.top || r > a.bottom || c < a.left || c > a.right) continue;
              if (what === 'Contents') s.put(r, c, { value: null, formula: null });
              else s.cells.delete(key);
            }
          });
        range.select = () =>
          queue(() => {
            const s = fake.need(sheetName);
            if (s.name !== fake.active) throw new OfficeError('InvalidSelection', '只能选中当前工作表中的单元格');
            const a = areaAt(s);
            fake.selection = { sheet: s.name, area: a };
            fake.selections.push(`${quoted(s.name)}!${areaText(a)}`);
          });
        range.insert = (shift) =>
          queue(() => {
            const s = fake.writable(sheetName);
            const a = areaAt(s);
            if (shift === 'Right' && a.top === 1 && a.bottom === MAX_ROW) return s.insertColumns(a.left, a.right - a.left + 1);
            if (shift === 'Down' && a.left === 1 && a.right === MAX_COL) return s.insertRows(a.top, a.bottom - a.top + 1);
            throw new OfficeError('NotImplemented', '本测试替身只模拟整列向右、整行向下插入');
          });
        range.merge = () => queue(() => { changes++; fake.writable(sheetName).merges.push({ ...areaAt(fake.need(sheetName)) }); });
        range.unmerge = () =>
          queue(() => {
            changes++;
            const s = fake.writable(sheetName);
            const a = areaAt(s);
            s.merges = s.merges.filter((m) => m.bottom < a.top || m.top > a.bottom || m.right < a.left || m.left > a.right);
          });
        range.format = formatProxy(sheetName, areaAt);
        range.getMergedAreasOrNullObject = () => {
          if (fake.apiMinor < 13) throw new OfficeError('ApiNotFound', 'getMergedAreasOrNullObject 需要 ExcelApi 1.13');
          const merged = {};
          const inside = () => {
            const s = fake.need(sheetName);
            const a = areaAt(s);
            return s.merges.filter((m) => m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left);
          };
          const readMerged = loadable(merged, () => {
            const s = fake.need(sheetName);
            return inside().map((m) => `${quoted(s.name)}!${areaText(m)}`).join(', ');
          });
          nullable(merged, () => inside().length > 0);
          Object.defineProperty(merged, 'address', { get: () => readMerged('address') });
          return merged;
        };
        return range;
      }

      /** Range.format as the report sheet uses it (ExcelApi 1.1–1.2): each setting is recorded on the sheet's layout. */
      function formatProxy(sheetName, areaAt) {
        const record = (what) => (value) =>
          queue(() => {
            const s = fake.writable(sheetName);
            s.layout.push({ what, area: areaText(areaAt(s)), value });
          });
        const settable = (target, names, prefix) => {
          for (const n of names) Object.defineProperty(target, n, { set: record(prefix + n), get: () => { throw new OfficeError('PropertyNotLoaded', `${prefix}${n} 未加载`); } });
          return target;
        };
        const format = settable({}, ['columnWidth', 'rowHeight', 'wrapText', 'horizontalAlignment', 'verticalAlignment'], '');
        format.font = settable({}, ['bold', 'size', 'color', 'name'], 'font.');
        format.borders = { getItem: (edge) => settable({}, ['style', 'color', 'weight'], `borders.${edge}.`) };
        return format;
      }

      /** Worksheet.pageLayout (ExcelApi 1.9) and Worksheet.charts (1.1), recorded like formats. */
      function pageLayoutProxy(nameAt) {
        if (fake.apiMinor < 9) throw new OfficeError('ApiNotFound', 'pageLayout 需要 ExcelApi 1.9');
        const record = (what) => (value) => queue(() => fake.writable(nameAt()).layout.push({ what: `pageLayout.${what}`, value }));
        const layout = {};
        for (const n of ['orientation', 'paperSize', 'zoom', 'centerHorizontally']) Object.defineProperty(layout, n, { set: record(n) });
        layout.setPrintTitleRows = record('printTitleRows');
        return layout;
      }

      function chartsProxy(nameAt) {
        let items;
        const charts = {
          add: (type) => {
            const chart = { type, name: '', title: {}, legend: {}, position: null, x: null };
            queue(() => fake.writable(nameAt()).charts.push(chart));
            chart.series = { getItemAt: () => ({ setXAxisValues: () => undefined }) };
            chart.setPosition = (from, to) => (chart.position = `${from}:${to}`);
            chart.delete = () => queue(() => {
              const s = fake.writable(nameAt());
              s.charts = s.charts.filter((c) => c !== chart);
            });
            return chart;
          },
          load: () => {
            loads.push(() => {
              items = fake.need(nameAt()).charts.map((c) => Object.assign(c, {
                delete: () => queue(() => {
                  const s = fake.writable(nameAt());
                  s.charts = s.charts.filter((x) => x !== c);
                }),
              }));
              return 64;
            });
            return charts;
          },
        };
        Object.defineProperty(charts, 'items', {
          get: () => {
            if (!items) throw new OfficeError('PropertyNotLoaded', 'items 要在 load 和 context.sync() 之后才能读取');
            return items;
          },
        });
        return charts;
      }

      function sheetProxy(nameAt, orNull) {
        const sheet = {};
        const read = loadable(sheet, (n) => {
          const s = fake.need(nameAt());
          if (n === 'name' || n === 'visibility') return s[n];
          throw new OfficeError('InvalidArgument', `假 Excel 不支持读取 Worksheet.${n}`);
        });
        if (orNull) nullable(sheet, () => !!fake.sheet(nameAt()));
        else Object.defineProperty(sheet, 'isNullObject', { get: () => false });
        Object.defineProperty(sheet, 'name', { get: () => read('name') });
        Object.defineProperty(sheet, 'visibility', {
          get: () => read('visibility'),
          set: (v) =>
            queue(() => {
              fake.structure();
              fake.need(nameAt()).visibility = v;
            }),
        });
        const protection = {};
        const readProtection = loadable(protection, () => fake.need(nameAt()).protected);
        Object.defineProperty(protection, 'protected', { get: () => readProtection('protected') });
        sheet.protection = protection;
        sheet.activate = () => queue(() => (fake.active = fake.need(nameAt()).name));
        sheet.getRange = (address) => {
          const area = address ? parseArea(address) : { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL };
          return rangeProxy(nameAt(), () => area);
        };
        sheet.getUsedRange = (valuesOnly = false) => rangeProxy(nameAt(), (s) => s.used(valuesOnly));
        Object.defineProperty(sheet, 'pageLayout', { get: () => pageLayoutProxy(nameAt) });
        Object.defineProperty(sheet, 'charts', { get: () => chartsProxy(nameAt) });
        return sheet;
      }

      function partProxy(id) {
        const part = {};
        const find = () => fake.parts.find((p) => p.id === id);
        const read = loadable(part, (n) => {
          const p = find();
          if (!p) throw new OfficeError('ItemNotFound', '找不到自定义 XML 部件');
          if (n === 'id') return p.id;
          if (n === 'namespaceUri') return p.namespaceUri;
          throw new OfficeError('InvalidArgument', `假 Excel 不支持读取 CustomXmlPart.${n}`);
        });
        Object.defineProperty(part, 'id', { get: () => read('id') });
        Object.defineProperty(part, 'namespaceUri', { get: () => read('namespaceUri') });
        part.getXml = () => clientResult(() => {
          const p = find();
          if (!p) throw new OfficeError('ItemNotFound', '找不到自定义 XML 部件');
          return p.xml;
        });
        part.setXml = (xml) =>
          queue(() => {
            const p = find();
            if (!p) throw new OfficeError('ItemNotFound', '找不到自定义 XML 部件');
            p.xml = xml;
            changes++;
            p.namespaceUri = namespaceOf(xml);
          }, 64 + jsonBytes(xml));
        part.delete = () => queue(() => { changes++; fake.parts = fake.parts.filter((p) => p.id !== id); });
        return part;
      }

      function partsCollection(filter) {
        const coll = {};
        const matching = () => fake.parts.filter((p) => !filter || p.namespaceUri === filter);
        let items;
        coll.load = () => {
          requestBytes += 64;
          loads.push(() => {
            items = matching().map((p) => partProxy(p.id));
            const list = matching();
            return jsonBytes(list.map((p) => ({ id: p.id, namespaceUri: p.namespaceUri })));
          });
          return coll;
        };
        Object.defineProperty(coll, 'items', {
          get: () => {
            if (!items) throw new OfficeError('PropertyNotLoaded', 'items 要在 load 和 context.sync() 之后才能读取');
            return items;
          },
        });
        coll.getCount = () => clientResult(() => matching().length);
        coll.getByNamespace = (ns) => partsCollection(ns);
        coll.getItem = (id) => partProxy(id);
        coll.add = (xml) => {
          if (fake.apiMinor < 5) throw new OfficeError('ApiNotFound', 'customXmlParts 需要 ExcelApi 1.5');
          const id = `{FAKE-PART-${fake.nextPartId++}}`;
          queue(() => { changes++; fake.parts.push({ id, xml, namespaceUri: namespaceOf(xml) }); }, 64 + jsonBytes(xml));
          return partProxy(id);
        };
        return coll;
      }

      const worksheets = {};
      const readItems = loadable(worksheets, () => fake.sheets.map((s) => ({ name: s.name, visibility: s.visibility })));
      Object.defineProperty(worksheets, 'items', { get: () => readItems('items/name') });
      const origLoad = worksheets.load;
      worksheets.load = () => origLoad('items/name');
      worksheets.getActiveWorksheet = () => {
        let name;
        queue(() => (name = fake.active), 16);
        return sheetProxy(() => name ?? fake.active, false);
      };
      worksheets.getItem = (n) => {
        queue(() => fake.need(n), 16);
        return sheetProxy(() => n, false);
      };
      worksheets.getItemOrNullObject = (n) => sheetProxy(() => n, true);
      worksheets.add = (n) => {
        queue(() => {
          fake.structure();
          if (fake.sheet(n)) throw new OfficeError('ItemAlreadyExists', `工作表“${n}”已存在`);
          changes++;
          fake.sheets.push(new Sheet(n));
        });
        return sheetProxy(() => n, false);
      };

      const protection = {};
      const readWbProtection = loadable(protection, () => fake.structureProtected);
      Object.defineProperty(protection, 'protected', { get: () => readWbProtection('protected') });

      const context = {
        workbook: {
          worksheets,
          protection,
          customXmlParts: partsCollection(null),
          application: {
            suspendApiCalculationUntilNextSync: () => {
              if (fake.apiMinor < 6) throw new OfficeError('ApiNotFound', 'suspendApiCalculationUntilNextSync 需要 ExcelApi 1.6');
              fake.calculationSuspensions++;
            },
          },
          getSelectedRange: () =>
            rangeProxy((fake.selection && fake.selection.sheet) || fake.active, () =>
              (fake.selection && fake.selection.area) || { top: 1, left: 1, bottom: 1, right: 1 },
            ),
        },
        sync: () =>
          new Promise((resolve, reject) => {
            const ops = pending;
            const reads = loads;
            const sent = requestBytes;
            pending = [];
            loads = [];
            requestBytes = 0;
            cellsRead = 0;
            fake.syncs++;
            // A round trip: nothing queued happens until the request reaches Excel.
            const run = () => {
              try {
                const failure = fake.failNextSync;
                fake.failNextSync = null;
                if (failure) throw failure;
                if (sent > fake.payloadLimit)
                  throw new OfficeError('RequestPayloadSizeLimitExceeded', `请求大小 ${sent} 字节超过了上限 ${fake.payloadLimit} 字节`);
                const before = changes;
                for (const op of ops) op();
                // Excel: each sync that changes the workbook is one undo step, unless its Excel.run merges them.
                if (changes !== before && !(group && group.recorded)) {
                  fake.undoSteps++;
                  if (group) group.recorded = true;
                }
                let received = 0;
                for (const r of reads) received += r();
                fake.requests.push({ sent, received });
                if (received > fake.payloadLimit)
                  throw new OfficeError('ResponsePayloadSizeLimitExceeded', `响应大小 ${received} 字节超过了上限 ${fake.payloadLimit} 字节`);
                resolve();
              } catch (e) {
                reject(e);
              }
            };
            if (typeof setImmediate === 'function') setImmediate(run);
            else setTimeout(run, 1);
          }),
        hasPending: () => pending.length > 0,
      };
      return context;
    }

    /** The Excel and Office globals an add-in sees. */
    globals() {
      const fake = this;
      const Excel = {
        run: async (optionsOrBatch, maybeBatch) => {
          const batch = typeof optionsOrBatch === 'function' ? optionsOrBatch : maybeBatch;
          const options = typeof optionsOrBatch === 'function' ? {} : optionsOrBatch || {};
          // Older hosts ignore RunOptions they do not know, as Excel does with mergeUndoGroup before ExcelApi 1.20.
          const merges = options.mergeUndoGroup === true && fake.apiMinor >= 20;
          fake.runOptions.push(options);
          const context = fake.context(merges ? { recorded: false } : null);
          const result = await batch(context);
          // Excel.run sends whatever the batch queued after its last sync.
          if (context.hasPending()) await context.sync();
          return result;
        },
        ErrorCodes: { accessDenied: 'AccessDenied', itemNotFound: 'ItemNotFound' },
      };
      const Office = {
        HostType: { Excel: 'Excel' },
        PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
        context: {
          get platform() {
            return fake.platform;
          },
          requirements: {
            isSetSupported: (set, version = '1.1') => {
              const minor = Number(String(version).split('.')[1] || 0);
              if (set === 'ExcelApi') return minor <= fake.apiMinor;
              if (set === 'SharedRuntime') return minor <= 1;
              if (set === 'CustomFunctionsRuntime') return minor <= 3;
              if (set === 'DialogApi') return minor <= 1;
              // Office on Mac has had openBrowserWindow since 2020; the fake offers it everywhere, as current hosts do.
              if (set === 'OpenBrowserWindowApi') return minor <= 1 && fake.openBrowserWindowApi;
              return false;
            },
          },
          ui: {
            openBrowserWindow: (url) => {
              fake.browserWindows.push(url);
            },
            displayDialogAsync: (url, options, callback) => {
              fake.dialogs.push(url);
              const cb = typeof options === 'function' ? options : callback;
              if (cb) cb({ status: 'succeeded', value: { close() {}, addEventHandler() {} } });
            },
          },
        },
        addin: {
          showAsTaskpane: () => {
            fake.taskpaneShown++;
            return Promise.resolve();
          },
        },
        onReady(cb) {
          const info = { host: 'Excel', platform: fake.platform };
          if (cb) setTimeout(() => cb(info), 0);
          return Promise.resolve(info);
        },
      };
      return { Excel, Office };
    }

    /** For the browser test: what the workbook holds, looked at from outside the pane. */
    inspect() {
      const fake = this;
      return {
        get syncs() { return fake.syncs; },
        get active() { return fake.active; },
        get taskpaneShown() { return fake.taskpaneShown; },
        get browserWindows() { return fake.browserWindows.slice(); },
        get undoSteps() { return fake.undoSteps; },
        get runOptions() { return fake.runOptions.slice(); },
        get requests() { return fake.requests.slice(); },
        selections: fake.selections,
        sheetNames: () => fake.sheets.map((s) => s.name),
        visibility: (name) => fake.need(name).visibility,
        parts: () => fake.parts.map((p) => ({ namespaceUri: p.namespaceUri, xml: p.xml })),
        cell: (name, address) => {
          const { top, left } = parseArea(address);
          const s = fake.need(name);
          const c = s.get(top, left);
          return c ? { value: c.value, formula: c.formula, numFmt: c.numFmt || 'General' } : null;
        },
        type: (name, address, input) => {
          const { top, left } = parseArea(address);
          fake.type(fake.need(name), top, left, input);
        },
        context: () => fake.context(),
      };
    }
  }

  function namespaceOf(xml) {
    const m = /<[A-Za-z_][\w.-]*(?::[\w.-]+)?\b[^>]*\sxmlns(?::[\w.-]+)?="([^"]*)"/.exec(String(xml));
    return m ? m[1] : '';
  }

  /** In a page: defines Office, Excel and __khFake as office.js would (before the add-in's scripts run). */
  function installInPage(win, workbook) {
    const fake = new FakeWorkbook(workbook);
    if (workbook.platform) fake.platform = workbook.platform;
    if (workbook.apiMinor) fake.apiMinor = workbook.apiMinor;
    const { Excel, Office } = fake.globals();
    Object.defineProperty(win, 'Office', { value: Office, writable: false, configurable: false });
    Object.defineProperty(win, 'Excel', { value: Excel, writable: false, configurable: false });
    Object.defineProperty(win, '__khFake', { value: fake.inspect(), writable: false, configurable: false });
    return fake;
  }

  const api = { FakeWorkbook, Sheet, OfficeError, typedInput, parseArea, installInPage, PAYLOAD_LIMIT, CELL_LIMIT };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.KhFakeOffice = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);

/*
 * The built task pane in a real Chromium, shared by scripts/taskpane-screenshot.js (README images) and
 * test/browser/taskpane.e2e.test.ts (the end-to-end test): build the add-in with webpack, serve it on 127.0.0.1,
 * launch /usr/bin/chromium with a fresh profile, and open taskpane.html with a fake Office/Excel injected before the
 * page's own scripts. No network is used: office.js from the CDN is answered with an empty script (the fake stands
 * in for it) and every request that is not for 127.0.0.1 is refused.
 */
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/';

/**
 * A slice of seed 000 (让胡路区委政法委) as typed by a user: bases written 2, '2' and '５分', deductions 1.5, '2分',
 * '不得分' and one that cannot be read ('严重'), the section cells merged down over their items.
 */
const DEMO_SHEET = '区委政法委';
const DEMO_WORKBOOK = {
  active: DEMO_SHEET,
  sheets: [
    {
      name: DEMO_SHEET,
      rows: [
        ['让胡路区委政法委政法工作2023年度绩效考核细则'],
        ['项目', '序号', '考核内容及要求', '评分标准', '基础分', '扣分依据', '扣分', '得分'],
        ['执法规范化建设和专项执法检查工作项目10分', 1, '认真贯彻落实《关于规范刑事执法若干问题的意见》。', '不按照意见执行的或对执行中产生的问题不及时协调、提请协调的扣2分，以到市区委政法委上访的刑事案件为准。', 2, '', 2],
        ['', 2, '做好专项执法检查筹备和整改工作', '对市区委政法委专项执法检查不重视、不配合的扣1分，以当时检查记录为准；不落实案件整改意见和不及时反馈案件处理情况的扣1分，以记录为准。', 2, '', 1],
        ['', 3, '认真贯彻落实《关于规范涉案款物若干问题的意见》。', '以当时检查记录为准，没认真执行的扣2分。', '2'],
        ['', 4, '认真贯彻落实《关于对几类案件实行报告制度的通知》和四类案件上报工作，及时上报。', '未按照文件规定及时上报、迟报、漏报的扣2分，以市区委政法委通报为准。', 2, '', 3],
        ['', 5, '认真开展百案评查工作，有具体方案，有评查组织、结果和通报。', '未开展查评工作的不得分；无查评方案的扣1分；无查评通报和查评组织的扣1分。', 2, '', '不得分'],
        ['“四无”基层政法单位创建活动工作项目25分', 1, '认真组织开展“四无”访基层政法单位创建活动。', '无具体实施方案和工作部署的扣1分；无情况通报的扣1分；发生进京“四无”访案件的扣4分。', 10, '', 1.5],
        ['', 2, '建立涉法涉诉问题排查化解机制', '未组织开展摸排建立台帐的扣1分；没有按时办结和上报的扣2分；重要敏感时期稳控工作不到位而引发信访案件的扣2分。', 5, '', '2分'],
        ['', 3, '认真落实领导包案和领导接待制度', '不落实领导包案和接待制度的扣2分；经查信访案件登记表，未明确办理时限和给予答复的扣2分。无信访专门机构和专人的扣1分', 5, '', 0.1],
        ['', 4, '总结基层经验，向区委政法委报送争创活动信息简报不少于5篇。', '每少一篇扣2分。', '５分', '', '严重'],
        ['合计'],
        ['', '', '', '', '', '', '等次'],
        ['考核组长(签字)：', '', '', '考核组成员(签字)：'],
      ],
      merges: ['A1:H1', 'A3:A7', 'A8:A11'],
    },
  ],
};

/** `webpack --mode <mode>` through the Node API, into outputPath (dist/ or a scratch folder). */
function buildAddin({ mode = 'production', outputPath }) {
  const webpack = require('webpack');
  const config = require(path.join(ROOT, 'webpack.config.js'))({}, { mode });
  config.output = { ...config.output, path: outputPath };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) reject(err);
      else if (!stats || stats.hasErrors()) reject(new Error(`加载项构建失败：\n${stats ? stats.toString('errors-only') : ''}`));
      else resolve(outputPath);
    });
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml',
};

/** A static server for one folder on 127.0.0.1 (a free port); resolves to its origin and a close(). */
function serve(dir) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}

/**
 * Chromium headless with a fresh profile that is removed on close. A missing browser is an error that says how to
 * install it: the end-to-end test must fail there, not pass by skipping.
 */
async function launchChromium({ viewport = { width: 380, height: 720 }, deviceScaleFactor = 1 } = {}) {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`找不到 Chromium 浏览器（${CHROMIUM}）：任务窗格的浏览器测试需要它，请先安装：apt-get install chromium`);
  const { chromium } = require('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport,
      deviceScaleFactor,
      locale: 'zh-CN',
    });
  } catch (e) {
    fs.rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * taskpane.html in a new page, with the fake Office over `workbook` (null: a plain browser, no Office at all).
 * `problems` collects every page error and console error, for the caller to require empty.
 */
async function openTaskpane(context, origin, workbook) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`页面错误：${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`控制台错误：${m.text()}`);
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_JS)) return route.fulfill({ contentType: 'text/javascript', body: '' });
    if (url.startsWith(`${origin}/`)) return route.continue();
    problems.push(`拒绝了对外请求：${url}`);
    return route.abort();
  });
  if (workbook) await page.addInitScript(fakeOffice, workbook);
  await page.goto(`${origin}/taskpane.html`);
  return { page, problems };
}

/**
 * Runs in the page before any of its scripts: just enough Office.js for src/excel — Excel.run, a request context
 * whose queued work happens only at context.sync (writes, loads, OrNullObject lookups, select), ranges read after
 * load + sync and refusing reads before, worksheets that exist or not, used ranges, merged areas, number formats,
 * and Excel's reading of typed input ('=…' a formula, "'…" text, "12" a number). Formulas are kept, not calculated:
 * a formula cell's value reads as ''. window.__khFake lets a test look at the cells, the selections and the syncs.
 */
function fakeOffice(workbook) {
  const MAX_ROW = 1048576;
  const MAX_COL = 16384;
  const letters = (n) => {
    let s = '';
    for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
    return s;
  };
  const number = (l) => [...l.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const a1 = (r, c) => `${letters(c)}${r}`;
  const parseArea = (address) => {
    const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
    const cols = /^([A-Z]+):([A-Z]+)$/i.exec(local);
    if (cols) return { top: 1, left: number(cols[1]), bottom: MAX_ROW, right: number(cols[2]) };
    const [from, to = from] = local.split(':').map((p) => {
      const m = /^([A-Z]+)(\d+)$/i.exec(p);
      if (!m) throw fault('InvalidArgument', `无效的地址：${address}`);
      return { r: Number(m[2]), c: number(m[1]) };
    });
    return { top: Math.min(from.r, to.r), left: Math.min(from.c, to.c), bottom: Math.max(from.r, to.r), right: Math.max(from.c, to.c) };
  };
  const areaText = ({ top, left, bottom, right }) =>
    top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;
  const quoted = (name) => (/^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
  function fault(code, message) {
    const e = new Error(message);
    e.code = code;
    return e;
  }

  // The workbook: sheet name → { cells: Map "r,c" → { value, formula, numFmt }, merges, visibility }.
  const sheets = new Map();
  const addSheet = (name) => {
    const s = { name, cells: new Map(), merges: [], visibility: 'Visible' };
    sheets.set(name, s);
    return s;
  };
  const typed = (x) => {
    if (typeof x !== 'string') return { value: x, formula: null };
    if (x === '') return { value: null, formula: null };
    if (x.startsWith("'")) return { value: x.slice(1), formula: null };
    if (x.length > 1 && x.startsWith('=')) return { value: null, formula: x };
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(x.trim())) return { value: Number(x), formula: null };
    if (/^(true|false)$/i.test(x.trim())) return { value: x.trim().toUpperCase() === 'TRUE', formula: null };
    return { value: x, formula: null };
  };
  const put = (sheet, r, c, patch) => {
    const key = `${r},${c}`;
    const cell = { value: null, formula: null, numFmt: 'General', ...sheet.cells.get(key), ...patch };
    if (cell.value === null && cell.formula === null && cell.numFmt === 'General') sheet.cells.delete(key);
    else sheet.cells.set(key, cell);
  };
  for (const def of workbook.sheets) {
    const s = addSheet(def.name);
    def.rows.forEach((row, i) => row.forEach((v, j) => v !== '' && v !== null && put(s, i + 1, j + 1, { value: v })));
    s.merges = (def.merges || []).map(parseArea);
  }
  let active = workbook.active;
  const selections = [];
  let syncs = 0;

  const sheetNamed = (name) => {
    const s = sheets.get(name);
    if (!s) throw fault('ItemNotFound', `找不到工作表“${name}”`);
    return s;
  };
  const usedArea = (s, valuesOnly) => {
    let top = Infinity, left = Infinity, bottom = 0, right = 0;
    for (const [key, cell] of s.cells) {
      if (valuesOnly && cell.value === null && cell.formula === null) continue;
      const [r, c] = key.split(',').map(Number);
      top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
    }
    return bottom === 0 ? { top: 1, left: 1, bottom: 1, right: 1 } : { top, left, bottom, right };
  };
  const grid = (s, area, pick) => {
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > 100000) throw fault('ResponsePayloadSizeLimitExceeded', '读取的区域过大');
    const out = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const line = [];
      for (let c = area.left; c <= area.right; c++) line.push(pick(s.cells.get(`${r},${c}`)));
      out.push(line);
    }
    return out;
  };
  const READERS = {
    address: (s, area) => `${quoted(s.name)}!${areaText(area)}`,
    values: (s, area) => grid(s, area, (cell) => (cell && cell.formula === null && cell.value !== null ? cell.value : '')),
    formulas: (s, area) => grid(s, area, (cell) => (!cell ? '' : cell.formula !== null ? cell.formula : cell.value === null ? '' : cell.value)),
    numberFormat: (s, area) => grid(s, area, (cell) => (cell ? cell.numFmt : 'General')),
  };

  /** A proxy object as Office.js has them: loaded properties readable only after the sync that loaded them. */
  const loadable = (target, context, resolve) => {
    const loaded = {};
    target.load = (props) => {
      const names = (Array.isArray(props) ? props : String(props).split(',')).map((p) => p.trim()).filter(Boolean);
      context.queue(() => {
        for (const n of names) loaded[n] = resolve(n);
      });
      return target;
    };
    return (name) => {
      if (!(name in loaded))
        throw fault('PropertyNotLoaded', `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
      return loaded[name];
    };
  };

  function rangeProxy(context, sheetName, areaAt) {
    const range = {};
    const read = loadable(range, context, (n) => {
      const s = sheetNamed(sheetName);
      if (!READERS[n]) throw fault('InvalidArgument', `假 Excel 不支持读取 Range.${n}`);
      return READERS[n](s, areaAt(s));
    });
    const writer = (apply) => (grid2) =>
      context.queue(() => {
        const s = sheetNamed(sheetName);
        const area = areaAt(s);
        if (grid2.length !== area.bottom - area.top + 1 || grid2.some((line) => line.length !== area.right - area.left + 1))
          throw fault('InvalidArgument', `写入的数组与区域 ${areaText(area)} 的大小不一致`);
        grid2.forEach((line, i) => line.forEach((x, j) => x !== null && apply(s, area.top + i, area.left + j, x)));
      });
    const setInput = writer((s, r, c, x) => put(s, r, c, typed(x)));
    for (const [name, set] of [
      ['values', setInput],
      ['formulas', setInput],
      ['numberFormat', writer((s, r, c, x) => put(s, r, c, { numFmt: x }))],
      ['address', () => { throw fault('InvalidArgument', 'Range.address 只读'); }],
    ]) {
      Object.defineProperty(range, name, { get: () => read(name), set, enumerable: true });
    }
    range.clear = (what = 'All') =>
      context.queue(() => {
        const s = sheetNamed(sheetName);
        const area = areaAt(s);
        for (const key of [...s.cells.keys()]) {
          const [r, c] = key.split(',').map(Number);
          if (r < area.top || r > area.bottom || c < area.left || c > area.right) continue;
          if (what === 'Contents') put(s, r, c, { value: null, formula: null });
          else s.cells.delete(key);
        }
      });
    range.select = () =>
      context.queue(() => {
        const s = sheetNamed(sheetName);
        if (s.name !== active) throw fault('InvalidSelection', '只能选中当前工作表中的单元格');
        selections.push(`${quoted(s.name)}!${areaText(areaAt(s))}`);
      });
    range.getMergedAreasOrNullObject = () => {
      const merged = {};
      let addresses = null;
      let isNull;
      const readMerged = loadable(merged, context, () => addresses);
      Object.defineProperty(merged, 'isNullObject', {
        get: () => {
          if (isNull === undefined) throw fault('PropertyNotLoaded', 'isNullObject 要在 context.sync() 之后才能读取');
          return isNull;
        },
      });
      context.queue(() => {
        const s = sheetNamed(sheetName);
        const area = areaAt(s);
        const inside = s.merges.filter((m) => m.top >= area.top && m.bottom <= area.bottom && m.left >= area.left && m.right <= area.right);
        isNull = inside.length === 0;
        addresses = inside.map((m) => `${quoted(s.name)}!${areaText(m)}`).join(', ');
      });
      Object.defineProperty(merged, 'address', { get: () => readMerged('address') });
      return merged;
    };
    return range;
  }

  function sheetProxy(context, name, orNull) {
    const sheet = {};
    const read = loadable(sheet, context, (n) => {
      const s = sheetNamed(name);
      if (n === 'name' || n === 'visibility') return s[n];
      throw fault('InvalidArgument', `假 Excel 不支持读取 Worksheet.${n}`);
    });
    let isNull;
    if (orNull) context.queue(() => (isNull = !sheets.has(name)));
    Object.defineProperty(sheet, 'isNullObject', {
      get: () => {
        if (isNull === undefined) throw fault('PropertyNotLoaded', 'isNullObject 要在 context.sync() 之后才能读取');
        return isNull;
      },
    });
    Object.defineProperty(sheet, 'name', { get: () => read('name') });
    Object.defineProperty(sheet, 'visibility', {
      get: () => read('visibility'),
      set: (v) => context.queue(() => (sheetNamed(name).visibility = v)),
    });
    sheet.activate = () => context.queue(() => (active = sheetNamed(name).name));
    sheet.getRange = (address) => {
      const area = address ? parseArea(address) : { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL };
      return rangeProxy(context, name, () => area);
    };
    sheet.getUsedRange = (valuesOnly = false) => rangeProxy(context, name, (s) => usedArea(s, valuesOnly));
    return sheet;
  }

  function requestContext() {
    let pending = [];
    const context = {
      queue: (op) => pending.push(op),
      sync: () =>
        new Promise((resolve, reject) => {
          const ops = pending;
          pending = [];
          syncs++;
          // A round trip: nothing queued happens until the request reaches Excel.
          setTimeout(() => {
            try {
              for (const op of ops) op();
              resolve();
            } catch (e) {
              reject(e);
            }
          }, 5);
        }),
      hasPending: () => pending.length > 0,
    };
    const worksheets = {};
    const readItems = loadable(worksheets, context, () => [...sheets.keys()].map((n) => ({ name: n })));
    Object.defineProperty(worksheets, 'items', { get: () => readItems('items/name') });
    worksheets.getActiveWorksheet = () => sheetProxy(context, active, false);
    worksheets.getItem = (n) => sheetProxy(context, n, false);
    worksheets.getItemOrNullObject = (n) => sheetProxy(context, n, true);
    worksheets.add = (n) => {
      context.queue(() => {
        if (sheets.has(n)) throw fault('ItemAlreadyExists', `工作表“${n}”已存在`);
        addSheet(n);
      });
      return sheetProxy(context, n, false);
    };
    context.workbook = {
      worksheets,
      application: { suspendApiCalculationUntilNextSync: () => context.queue(() => undefined) },
    };
    return context;
  }

  const excel = {
    run: async (batch) => {
      const context = requestContext();
      const result = await batch(context);
      // Excel.run sends whatever the batch queued after its last sync.
      if (context.hasPending()) await context.sync();
      return result;
    },
  };
  const office = {
    HostType: { Excel: 'Excel' },
    context: { requirements: { isSetSupported: (set) => set === 'ExcelApi' } },
    onReady(cb) {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      if (cb) setTimeout(() => cb(info), 0);
      return Promise.resolve(info);
    },
  };
  const inspect = {
    get syncs() { return syncs; },
    get active() { return active; },
    selections,
    sheetNames: () => [...sheets.keys()],
    visibility: (name) => sheetNamed(name).visibility,
    cell: (name, address) => {
      const { top, left } = parseArea(address);
      const cell = sheetNamed(name).cells.get(`${top},${left}`);
      return cell ? { value: cell.value, formula: cell.formula, numFmt: cell.numFmt } : null;
    },
    /** Runs Excel.run-style work on a context of its own, for checks of the fake itself. */
    context: requestContext,
  };
  // office.js would define these globals; the route answers it with an empty script instead.
  Object.defineProperty(window, 'Office', { value: office, writable: false, configurable: false });
  Object.defineProperty(window, 'Excel', { value: excel, writable: false, configurable: false });
  Object.defineProperty(window, '__khFake', { value: inspect, writable: false, configurable: false });
}

module.exports = { ROOT, CHROMIUM, DEMO_SHEET, DEMO_WORKBOOK, buildAddin, serve, launchChromium, openTaskpane, fakeOffice };

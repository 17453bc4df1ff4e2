#!/usr/bin/env node
/*
 * Screenshots of the task pane for the README: docs/images/taskpane-recognize.png and docs/images/taskpane-fill.png.
 *
 * Builds dist/ (webpack, development mode), serves it on 127.0.0.1, opens taskpane.html in /usr/bin/chromium with
 * a fake Office/Excel injected before the page's own scripts, clicks 识别评分表 and then 填写得分 (found by their
 * accessible names), and saves the two PNGs. The fake is a demo harness, not the add-in's test double: it holds one
 * small sheet (a slice of seed 000, 让胡路区委政法委) and applies writes at once. No network is used: office.js from
 * the CDN is answered with an empty script and every other outside request is refused.
 *
 *   node scripts/taskpane-screenshot.js
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, 'docs', 'images');

function build() {
  if (!fs.existsSync(path.join(ROOT, 'webpack.config.js'))) return;
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'development'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.css': 'text/css; charset=utf-8' };

function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs in the page before any of its scripts: a just-enough Office.js over one sheet. */
function fakeOffice() {
  const HEADER = ['项目', '序号', '考核内容及要求', '评分标准', '基础分', '扣分依据', '扣分', '得分'];
  const rows = [
    ['让胡路区委政法委政法工作2023年度绩效考核细则', '', '', '', '', '', '', ''],
    HEADER,
    ['执法规范化建设和专项执法检查工作项目10分', 1, '认真贯彻落实《关于规范刑事执法若干问题的意见》。', '不按照意见执行的或对执行中产生的问题不及时协调、提请协调的扣2分，以到市区委政法委上访的刑事案件为准。', 2, '', 2, ''],
    ['', 2, '做好专项执法检查筹备和整改工作', '对市区委政法委专项执法检查不重视、不配合的扣1分，以当时检查记录为准；不落实案件整改意见和不及时反馈案件处理情况的扣1分，以记录为准。', 2, '', 1, ''],
    ['', 3, '认真贯彻落实《关于规范涉案款物若干问题的意见》。', '以当时检查记录为准，没认真执行的扣2分。', '2', '', '', ''],
    ['', 4, '认真贯彻落实《关于对几类案件实行报告制度的通知》和四类案件上报工作，及时上报。', '未按照文件规定及时上报、迟报、漏报的扣2分，以市区委政法委通报为准。', 2, '', 3, ''],
    ['', 5, '认真开展百案评查工作，有具体方案，有评查组织、结果和通报。', '未开展查评工作的不得分；无查评方案的扣1分；无查评通报和查评组织的扣1分。', 2, '', '不得分', ''],
    ['“四无”基层政法单位创建活动工作项目25分', 1, '认真组织开展“四无”访基层政法单位创建活动。', '无具体实施方案和工作部署的扣1分；无情况通报的扣1分；发生进京“四无”访案件的扣4分。', 10, '', 1.5, ''],
    ['', 2, '建立涉法涉诉问题排查化解机制', '未组织开展摸排建立台帐的扣1分；没有按时办结和上报的扣2分；重要敏感时期稳控工作不到位而引发信访案件的扣2分。', 5, '', '2分', ''],
    ['', 3, '认真落实领导包案和领导接待制度', '不落实领导包案和接待制度的扣2分；经查信访案件登记表，未明确办理时限和给予答复的扣2分。无信访专门机构和专人的扣1分', 5, '', 0.1, ''],
    ['', 4, '总结基层经验，向区委政法委报送争创活动信息简报不少于5篇。', '每少一篇扣2分。', '５分', '', '严重', ''],
    ['合计', '', '', '', '', '', '', ''],
    ['', '', '', '', '', '', '等次', ''],
    ['考核组长(签字)：', '', '', '考核组成员(签字)：', '', '', '', ''],
  ];
  const formulas = rows.map((r) => r.slice());
  const formats = rows.map((r) => r.map(() => 'General'));
  const SHEET = '区委政法委';
  const col = (n) => String.fromCharCode(64 + n);
  const cellsOf = (address) => {
    const [a, b = a] = address.replace(/^.*!/, '').split(':');
    const p = (x) => ({ c: x.charCodeAt(0) - 64, r: Number(x.slice(1)) });
    return { from: p(a), to: p(b) };
  };
  const grid = (src, { from, to }) => {
    const out = [];
    for (let r = from.r; r <= to.r; r++) {
      const line = [];
      for (let c = from.c; c <= to.c; c++) line.push((src[r - 1] || [])[c - 1] ?? '');
      out.push(line);
    }
    return out;
  };
  const write = (target, { from }) => (v) =>
    v.forEach((line, i) =>
      line.forEach((x, j) => {
        if (x === null) return;
        const r = from.r + i - 1;
        const c = from.c + j - 1;
        while (rows.length <= r) { rows.push(HEADER.map(() => '')); formulas.push(HEADER.map(() => '')); formats.push(HEADER.map(() => 'General')); }
        if (target === 'numberFormat') { formats[r][c] = x; return; }
        const text = typeof x === 'string' && x.startsWith("'") ? x.slice(1) : x;
        formulas[r][c] = text;
        rows[r][c] = typeof text === 'string' && text.startsWith('=') && x === text ? '' : text;
      }),
    );
  const range = (sheetName, address) => {
    const area = cellsOf(address);
    // The undo store and any other sheet: accepted and forgotten, so they never land in the score sheet.
    if (sheetName !== SHEET) return { address: `${sheetName}!${address}`, values: [['']], load() {}, clear() {}, select() {} };
    const r = {
      address: `${sheetName}!${address}`,
      load() { return r; },
      getMergedAreasOrNullObject: () => ({ isNullObject: false, address: `${sheetName}!A1:H1, ${sheetName}!A3:A7, ${sheetName}!A8:A11`, load() {} }),
      clear() {},
      select() {},
    };
    for (const [name, src] of [['values', rows], ['formulas', formulas], ['numberFormat', formats]]) {
      Object.defineProperty(r, name, { get: () => grid(src, area), set: write(name, area) });
    }
    return r;
  };
  const sheet = (name) => ({
    name,
    isNullObject: name !== SHEET,
    visibility: 'Visible',
    load() {},
    activate() {},
    getUsedRange: () => range(name, `A1:H${rows.length}`),
    getRange: (address) => range(name, address || `A1:H${rows.length}`),
  });
  const context = {
    workbook: {
      worksheets: {
        items: [{ name: SHEET }],
        getActiveWorksheet: () => sheet(SHEET),
        getItem: sheet,
        getItemOrNullObject: sheet,
        add: sheet,
        load() {},
      },
      application: { suspendApiCalculationUntilNextSync() {} },
      getSelectedRange: () => range(SHEET, 'A2:H12'),
    },
    sync: () => new Promise((resolve) => setTimeout(resolve, 30)),
  };
  const office = {
    HostType: { Excel: 'Excel' },
    context: { requirements: { isSetSupported: () => true } },
    onReady(cb) {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      if (cb) setTimeout(() => cb(info), 0);
      return Promise.resolve(info);
    },
  };
  // office.js would replace these globals; the screenshot route answers it with an empty script instead.
  Object.defineProperty(window, 'Office', { value: office, writable: false, configurable: false });
  Object.defineProperty(window, 'Excel', { value: { run: (batch) => batch(context) }, writable: false, configurable: false });
}

async function main() {
  build();
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html 不存在：请先构建加载项');
  fs.mkdirSync(OUT, { recursive: true });
  const server = await serve(DIST);
  const port = server.address().port;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 380, height: 720 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('https://appsforoffice.microsoft.com/')) return route.fulfill({ contentType: 'text/javascript', body: '' });
      if (url.startsWith(`http://127.0.0.1:${port}/`)) return route.continue();
      return route.abort();
    });
    await page.addInitScript(fakeOffice);
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);

    await page.getByRole('button', { name: '识别评分表', exact: true }).click();
    await page.locator('.kh-summary').waitFor();
    await page.screenshot({ path: path.join(OUT, 'taskpane-recognize.png'), fullPage: true });

    await page.getByRole('button', { name: '填写得分', exact: true }).click();
    await page.locator('.kh-done').waitFor();
    await page.screenshot({ path: path.join(OUT, 'taskpane-fill.png'), fullPage: true });

    const error = (await page.locator('#kh-error').textContent()) || '';
    if (error.trim()) problems.push(`任务窗格显示错误：${error.trim()}`);
    if (problems.length) throw new Error(problems.join('\n'));
    console.log(`已保存 ${path.relative(ROOT, path.join(OUT, 'taskpane-recognize.png'))} 和 ${path.relative(ROOT, path.join(OUT, 'taskpane-fill.png'))}`);
  } finally {
    await context.close();
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});

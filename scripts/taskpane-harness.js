/*
 * The built task pane in a real Chromium, shared by scripts/taskpane-screenshot.js (README images) and
 * test/browser/taskpane.e2e.test.ts (the end-to-end test): build the add-in with webpack, serve it on 127.0.0.1,
 * launch /usr/bin/chromium with a fresh profile, and open taskpane.html with the fake Office/Excel of
 * test/excel/fake-office.js (the same fake the unit tests use) injected before the page's own scripts. No network
 * is used: office.js from the CDN is answered with an empty script (the fake stands in for it) and every request
 * that is not for 127.0.0.1 is refused.
 */
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/';
const FAKE_OFFICE = path.join(ROOT, 'test/excel/fake-office.js');

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

/**
 * `webpack --mode <mode>` through the Node API, into outputPath (dist/ or a scratch folder). A production build needs
 * ADDIN_URL; the page is served from 127.0.0.1 whatever the manifest says, so a placeholder address does.
 */
function buildAddin({ mode = 'production', outputPath, addinUrl = 'https://kaohe.example.org/' }) {
  const webpack = require('webpack');
  const saved = process.env.ADDIN_URL;
  process.env.ADDIN_URL = addinUrl;
  let config;
  try {
    config = require(path.join(ROOT, 'webpack.config.js'))({}, { mode });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  }
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
async function openTaskpane(context, origin, workbook, query = '') {
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
  if (workbook) {
    // The one fake Excel (the unit tests' too), defined before the page's own scripts as office.js would be.
    await page.addInitScript({ path: FAKE_OFFICE });
    await page.addInitScript((wb) => window.KhFakeOffice.installInPage(window, wb), workbook);
  }
  await page.goto(`${origin}/taskpane.html${query}`);
  return { page, problems };
}

module.exports = { ROOT, CHROMIUM, DEMO_SHEET, DEMO_WORKBOOK, FAKE_OFFICE, buildAddin, serve, launchChromium, openTaskpane };

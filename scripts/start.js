#!/usr/bin/env node
/*
 * `npm start`: builds the add-in (development, rebuilt on every change) and serves dist/ over https on
 * localhost:3000 (PORT to change it). The certificate comes from office-addin-dev-certs' generateCertificates, which
 * works offline: a development CA and a localhost certificate signed by it, written into .certs/. Nothing is installed
 * system-wide (its ensureCertificatesAreInstalled would add the CA to the system store, which needs an interactive
 * prompt or root): trusting .certs/ca.crt once is the user's step, explained in the printed guide.
 */
const fs = require('node:fs');
const https = require('node:https');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const CERTS = path.join(ROOT, '.certs');
const KEY = path.join(CERTS, 'localhost.key');
const CERT = path.join(CERTS, 'localhost.crt');
const CA = path.join(CERTS, 'ca.crt');
const PORT = Number(process.env.PORT || 3000);
const BASE = `https://localhost:${PORT}/`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function fatal(text) {
  console.error(text);
  process.exit(1);
}

async function ensureCertificate() {
  if (fs.existsSync(KEY) && fs.existsSync(CERT) && fs.existsSync(CA)) return;
  const { generateCertificates } = require('office-addin-dev-certs');
  try {
    await generateCertificates(CA, CERT, KEY, 365, ['localhost', '127.0.0.1']);
  } catch (e) {
    fatal(`生成本地 https 证书失败：${e.message}`);
  }
  console.log(`已生成本机开发证书：${path.relative(ROOT, CA)}（开发用根证书）和 ${path.relative(ROOT, CERT)}`);
}

/** Starts webpack in watch mode; resolves after the first build so the server never serves an empty dist/. */
function buildAndWatch() {
  // The dev manifest names https://localhost:3000/; on another port the built manifest must name that port instead,
  // and a production ADDIN_URL left in the environment must not leak into a local build.
  process.env.ADDIN_URL = PORT === 3000 ? '' : BASE;
  const webpack = require('webpack');
  const config = require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'development' });
  const compiler = webpack(config);
  return new Promise((resolve) => {
    let first = true;
    const watching = compiler.watch({ aggregateTimeout: 300 }, (err, stats) => {
      if (err) console.error(`构建失败：${err.message}`);
      else if (stats.hasErrors()) console.error(`构建有错误：\n${stats.toString('errors-only')}`);
      else console.log(`构建完成（${new Date().toLocaleTimeString('zh-CN')}），修改源代码会自动重新构建。`);
      if (first) {
        first = false;
        resolve(watching);
      }
    });
  });
}

function serve(req, res) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'https://localhost').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (pathname === '/') {
    res.writeHead(302, { Location: '/taskpane.html' }).end();
    return;
  }
  const file = path.join(DIST, path.normalize(pathname));
  if (!file.startsWith(DIST + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  fs.readFile(file, (err, body) => {
    if (err) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`未找到：${pathname}`);
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
      // Excel on the web fetches functions.json and the bundles from its own origin.
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'no-store',
    });
    res.end(body);
  });
}

function guide(base) {
  return `
考核评分助手开发服务器已启动：${base}
  任务窗格  ${base}taskpane.html
  清单文件  ${base}manifest.xml（本地副本：dist/manifest.xml）
  函数元数据 ${base}functions.json
  示例工作簿 ${base}examples/lianDaiBaoChuang.xlsx

第一步：信任本机证书（只需一次）
  浏览器打开 ${base}taskpane.html，若提示“不安全”，选择继续访问；
  Windows 桌面版 Excel：certutil -user -addstore Root .certs\\ca.crt
  Mac 桌面版 Excel：security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db .certs/ca.crt

第二步：旁加载 (sideload) dist/manifest.xml
  Excel 网页版 (Excel on the web)：插入 (Insert) → 加载项 (Add-ins) → 我的加载项 (My Add-ins)
    → 上传我的加载项 (Upload My Add-in) → 选择 dist/manifest.xml。
  Windows 桌面版：把 dist/manifest.xml 放进一个共享文件夹 (shared folder catalog)，
    文件 → 选项 → 信任中心 → 信任中心设置 → 受信任的加载项目录 (Trusted Add-in Catalogs)，
    添加该共享文件夹的网络路径 (\\\\计算机名\\共享名) 并勾选“显示在菜单中”，重启 Excel 后
    插入 → 我的加载项 → 共享文件夹 (SHARED FOLDER) → 考核评分助手。
    （微软的 office-addin-debugging 能自动旁加载，但它依赖 keytar/libsecret，本项目不附带，见 docs/excel-addin.md。）
  Mac 桌面版：把 dist/manifest.xml 复制到
    ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef（没有 wef 文件夹就新建），
    重启 Excel 后 插入 → 加载项 → 我的加载项 (My Add-ins) → 考核评分助手。

加载后“开始 (Home)”选项卡出现“考核评分”组：打开助手、一键填写；单元格中可用 =KH.CAPDEDUCT(…)、=KH.TIER(…) 等函数。
不能加载加载项时：在浏览器中直接打开 ${base}taskpane.html，选择或拖入 .xlsx 即可计分并下载结果（文件模式，见 docs/browser.md）。
按 Ctrl-C 停止。`;
}

async function main() {
  await ensureCertificate();
  const watching = await buildAndWatch();
  const server = https.createServer({ key: fs.readFileSync(KEY), cert: fs.readFileSync(CERT) }, serve);
  server.on('error', (err) => {
    const why = err.code === 'EADDRINUSE' ? `端口 ${PORT} 已被占用，可用 PORT=3001 npm start 换一个端口` : err.message;
    watching.close(() => fatal(`开发服务器无法启动：${why}`));
  });
  server.listen(PORT, 'localhost', () => console.log(guide(BASE)));
  const stop = () => {
    console.log('\n正在停止开发服务器……');
    server.close();
    watching.close(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => fatal(`开发服务器启动失败：${err.message}`));

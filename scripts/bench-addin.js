'use strict';
// The add-in's side of `npm run bench`: how many context.sync calls reading, filling (twice: the second reads back
// every score formula) and undoing make at 100, 10,000 and 20,000 item rows, and the largest request or response in
// bytes against Excel on the web's 5 MB limit — counted on the test suite's fake Excel (test/excel/fake-office.js),
// which refuses a request past the limit, so no Excel is needed — and the gzipped size of what the task pane loads
// at start. Printing only: the tests hold the limits.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { execFileSync } = require('node:child_process');

const root = path.join(__dirname, '..');

require('./load-ts.js');

async function syncCounts() {
  const { FakeExcel } = require(path.join(root, 'test/excel/fake-excel.ts'));
  const { longSheet } = require(path.join(root, 'test/excel/score-sheets.ts'));
  const { fillActiveSheet, undoLastFill } = require(path.join(root, 'src/excel/index.ts'));
  const { readSheetCounted } = require(path.join(root, 'src/excel/excel-adapter.ts'));
  const rows = [];
  for (const items of [100, 10000, 20000]) {
    const f = longSheet(items);
    const excel = new FakeExcel();
    excel.addSheet(f.name, f.cells, f.merges);
    excel.install();
    const count = async (work) => {
      excel.syncs = 0;
      const out = await work();
      if (out && out.ok === false) return `${excel.syncs}（${out.error?.code ?? out.message}）`;
      return excel.syncs;
    };
    const read = await count(() => readSheetCounted());
    const fill = await count(() => fillActiveSheet());
    const refillRead = await count(() => readSheetCounted());
    const refill = await count(() => fillActiveSheet());
    const undo = await count(() => undoLastFill());
    const largest = Math.max(...excel.requests.map((r) => Math.max(r.sent, r.received)));
    rows.push({ items, read, fill, refillRead, refill, undo, largest });
    FakeExcel.uninstall();
  }
  return rows;
}

function startupBytes() {
  execFileSync('npx', ['webpack', '--mode', 'production'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, ADDIN_URL: process.env.ADDIN_URL || 'https://kaohe.example.org/' },
  });
  const html = fs.readFileSync(path.join(root, 'dist/taskpane.html'), 'utf8');
  // Office.js itself comes from Microsoft's CDN and is not ours to count.
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ''));
  const files = ['taskpane.html', ...scripts];
  return files.map((f) => {
    const raw = fs.readFileSync(path.join(root, 'dist', f));
    return { file: f, raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length };
  });
}

async function main() {
  console.log('\n加载项：context.sync 次数（假 Excel 计数，超过 5 MB 的请求会被拒绝）');
  console.log('   项目数  读取  填写  再读取(含公式)  再填写  撤销   最大请求/响应');
  for (const r of await syncCounts()) {
    const cols = [r.read, r.fill, r.refillRead, r.refill, r.undo].map((x) => String(x));
    console.log(
      `${String(r.items).padStart(8)}  ${cols[0].padStart(4)}  ${cols[1].padStart(4)}  ${cols[2].padStart(14)}  ${cols[3].padStart(6)}  ${cols[4].padStart(4)}   ${(r.largest / 1024 / 1024).toFixed(2)} MB`,
    );
  }
  console.log('读取 = 1 次轮廓（已用区域、合并单元格、填写记录的查找）+ 每段 1 次（每段响应约 ≤ 2.5 MB）；写入每段 ≤ 4 MB 一次。');
  console.log('填写记录超过单次请求上限（约 4 MB）时不保存，撤销显示 NOTHING_TO_UNDO，填写时已说明。');
  const files = startupBytes();
  console.log('\n任务窗格启动时加载的文件（生产构建，gzip -9）');
  for (const f of files) console.log(`  ${f.file.padEnd(24)} ${(f.raw / 1024).toFixed(1).padStart(7)} KB  →  ${(f.gzip / 1024).toFixed(1).padStart(6)} KB`);
  const total = files.reduce((a, f) => a + f.gzip, 0);
  console.log(`  合计 gzip ${(total / 1024).toFixed(1)} KB（目标 ≤ 300 KB，争取 150 KB；不含 exceljs 与 Office.js 本身）`);
}

main().catch((e) => {
  console.error(`基准测试失败：${e.message}`);
  process.exit(1);
});

'use strict';
// The add-in's side of `npm run bench`: how many context.sync calls reading, filling and undoing make at 100 and
// 10,000 item rows (counted on the test suite's Office.js stand-in, so no Excel is needed), and the gzipped size of
// what the task pane loads at start. Printing only: the tests hold the limits.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { execFileSync } = require('node:child_process');
const ts = require('typescript');

const root = path.join(__dirname, '..');

// Load the TypeScript sources as they are, the way ts-jest does for the tests.
require.extensions['.ts'] = (module, file) => {
  const out = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    fileName: file,
  });
  module._compile(out.outputText, file);
};

async function syncCounts() {
  const { FakeExcel } = require(path.join(root, 'test/excel/fake-excel.ts'));
  const { longSheet } = require(path.join(root, 'test/excel/score-sheets.ts'));
  const { fillActiveSheet, recognizeActiveSheet, undoLastFill } = require(path.join(root, 'src/excel/index.ts'));
  const rows = [];
  for (const items of [100, 10000]) {
    const f = longSheet(items);
    const excel = new FakeExcel();
    excel.addSheet(f.name, f.cells, f.merges);
    excel.install();
    const count = async (work) => {
      excel.syncs = 0;
      const out = await work();
      if (out && out.ok === false) throw new Error(out.message ?? out.error?.message);
      return excel.syncs;
    };
    rows.push({
      items,
      read: await count(() => recognizeActiveSheet()),
      fill: await count(() => fillActiveSheet()),
      undo: await count(() => undoLastFill()),
    });
    FakeExcel.uninstall();
  }
  return rows;
}

function startupBytes() {
  execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: root, stdio: 'ignore' });
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
  console.log('\n加载项：context.sync 次数（Office.js 模拟环境计数）');
  console.log('   项目数   识别(读)   填写得分   撤销');
  for (const r of await syncCounts()) {
    console.log(`${String(r.items).padStart(8)}  ${String(r.read).padStart(8)}  ${String(r.fill).padStart(9)}  ${String(r.undo).padStart(5)}`);
  }
  console.log('目标：读取 ≤ 2 次，写入 1 次，与行数无关。');
  const files = startupBytes();
  console.log('\n任务窗格启动时加载的文件（生产构建，gzip -9）');
  for (const f of files) console.log(`  ${f.file.padEnd(16)} ${(f.raw / 1024).toFixed(1).padStart(7)} KB  →  ${(f.gzip / 1024).toFixed(1).padStart(6)} KB`);
  const total = files.reduce((a, f) => a + f.gzip, 0);
  console.log(`  合计 gzip ${(total / 1024).toFixed(1)} KB（目标 ≤ 300 KB，争取 150 KB；不含 exceljs 与 Office.js 本身）`);
}

main().catch((e) => {
  console.error(`基准测试失败：${e.message}`);
  process.exit(1);
});

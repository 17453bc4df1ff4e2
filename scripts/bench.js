#!/usr/bin/env node
'use strict';
// `npm run bench`: how much `kaohe fill` (the package patcher: read, score, splice, zip) costs next to exceljs only
// reading and writing the same workbook, on score sheets in seed 000's layout of 2,000 to 20,000 items (100 items a
// section). Each measurement runs in its own child process so its peak memory (VmHWM) is its own. Prints only; the
// targets (issue 6) are fill ≤ 0.6 × exceljs's read + write at 20,000 items, peak memory below exceljs's, and time
// per item about constant from 2,000 to 20,000 (linear).
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const MAIN = path.join(ROOT, 'lib', 'cli', 'main.js');
const SIZES = [2000, 5000, 10000, 20000];
const RUNS = 3;

function peakRssMB() {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux: fall back to the current resident size
  }
  return process.memoryUsage().rss / 1024 / 1024;
}

/** One measurement, in a child: `bench.js --child exceljs|fill <file>`; prints {ms, peakMB} as JSON. */
async function child(mode, file) {
  const out = path.join(path.dirname(file), `${mode}.out.xlsx`);
  const t0 = process.hrtime.bigint();
  if (mode === 'exceljs') {
    const ExcelJS = require('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    await wb.xlsx.writeFile(out);
  } else {
    const quiet = { out: () => undefined, err: () => undefined };
    const code = await require(MAIN).main(['fill', file, '-o', out], quiet);
    if (code !== 0) throw new Error(`kaohe fill exited ${code}`);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(JSON.stringify({ ms, peakMB: peakRssMB() }));
}

function measure(mode, file) {
  let best = null;
  for (let i = 0; i < RUNS; i++) {
    const r = JSON.parse(execFileSync(process.execPath, [__filename, '--child', mode, file], { encoding: 'utf8' }));
    if (!best || r.ms < best.ms) best = r;
  }
  return best;
}

async function parent() {
  if (!fs.existsSync(MAIN)) {
    console.error('请先运行 npm run build:lib（bench 使用编译后的 lib/）');
    process.exit(1);
  }
  const { bigWorkbook } = require('./bench-workbook');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-bench-'));
  console.log(`kaohe fill 与 exceljs 单独读写的耗时对比（每项取 ${RUNS} 次中最快的一次；node ${process.version}，${os.cpus()[0].model}）`);
  console.log('');
  console.log('   项目数   exceljs读写    fill全程    比值   fill每项    exceljs峰值内存  fill峰值内存');
  const rows = [];
  for (const items of SIZES) {
    const file = path.join(dir, `bench-${items}.xlsx`);
    await bigWorkbook(items / 100, 100).xlsx.writeFile(file);
    const base = measure('exceljs', file);
    const fill = measure('fill', file);
    const row = [
      String(items).padStart(8),
      `${base.ms.toFixed(0)} ms`.padStart(12),
      `${fill.ms.toFixed(0)} ms`.padStart(11),
      (fill.ms / base.ms).toFixed(2).padStart(7),
      `${((fill.ms * 1000) / items).toFixed(0)} µs`.padStart(10),
      `${base.peakMB.toFixed(0)} MB`.padStart(16),
      `${fill.peakMB.toFixed(0)} MB`.padStart(13),
    ];
    console.log(row.join(' '));
    rows.push({ items, base, fill });
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  const perItem = (r) => r.fill.ms / r.items;
  console.log('');
  console.log(`20,000项：fill / exceljs读写 = ${(last.fill.ms / last.base.ms).toFixed(2)}（目标 ≤ 0.6）`);
  console.log(`峰值内存：fill ${last.fill.peakMB.toFixed(0)} MB，exceljs ${last.base.peakMB.toFixed(0)} MB（目标：低于 exceljs）`);
  console.log(`线性：每项耗时 ${first.items}项 ${(perItem(first) * 1000).toFixed(0)} µs → ${last.items}项 ${(perItem(last) * 1000).toFixed(0)} µs，比值 ${(perItem(last) / perItem(first)).toFixed(2)}（≈1 或更小为线性）`);
  fs.rmSync(dir, { recursive: true, force: true });
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4]).catch((e) => {
    console.error(e && e.message ? e.message : String(e));
    process.exit(1);
  });
} else {
  parent().catch((e) => {
    console.error(e && e.message ? e.message : String(e));
    process.exit(1);
  });
}

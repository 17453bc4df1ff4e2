#!/usr/bin/env node
'use strict';
// `npm run bench`, reports: `kaohe report` over 50 units × 200 items (one workbook, a sheet per unit, seed 000's
// layout), written as .xlsx, .docx and .html. Prints only; the target is under 5 s for each.
const fs = require('fs');
const os = require('os');
const path = require('path');
const ExcelJS = require('exceljs');

const ROOT = path.join(__dirname, '..');
const MAIN = path.join(ROOT, 'lib', 'cli', 'main.js');
const UNITS = 50;
const SECTIONS = 10;
const PER_SECTION = 20;
const HEADER = ['项目', '序号', '考核内容及要求', '评分标准', '基础分', '扣分依据', '扣分', '得分'];

/** Unit u's sheet: the same rubric for every unit, deductions spread so that totals differ and some tie. */
function addUnit(wb, u) {
  const ws = wb.addWorksheet(`第${u + 1}镇`);
  ws.addRow([`第${u + 1}镇政法工作考核细则`]);
  ws.addRow(HEADER);
  for (let s = 0; s < SECTIONS; s++) {
    const first = ws.rowCount + 1;
    for (let i = 0; i < PER_SECTION; i++) {
      const hit = (i * 7 + u * 3 + s) % 11 === 0;
      const d = hit ? [0.5, 1, 2][(i + u) % 3] : null;
      ws.addRow([i === 0 ? `第${s + 1}项工作${PER_SECTION * 2}分` : null, i + 1, `考核内容第${s + 1}-${i + 1}条`, '每少一篇扣0.5分，扣完为止', 2, d === null ? null : '检查记录', d, null]);
    }
    ws.mergeCells(first, 1, ws.rowCount, 1);
  }
  ws.addRow(['合计', null, null, null, SECTIONS * PER_SECTION * 2]);
  if (u % 17 === 5) ws.addRow(['一票否决', null, '发生重大案件的实行一票否决', null, null, null, '是']);
}

async function main() {
  if (!fs.existsSync(MAIN)) {
    console.error('请先运行 npm run build:lib（bench 使用编译后的 lib/）');
    process.exit(1);
  }
  const { main: kaohe } = require(MAIN);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-bench-report-'));
  const wb = new ExcelJS.Workbook();
  for (let u = 0; u < UNITS; u++) addUnit(wb, u);
  const file = path.join(dir, '各镇.xlsx');
  await wb.xlsx.writeFile(file);
  console.log(`\n负载 ${os.loadavg()[0].toFixed(1)}（${os.cpus().length} 核）`);
  console.log(`kaohe report：${UNITS}个单位 × ${SECTIONS * PER_SECTION}项（一个工作簿，每单位一张表）；目标每种格式 < 5 s`);
  const quiet = { out: () => undefined, err: () => undefined };
  for (const ext of ['xlsx', 'docx', 'html']) {
    const out = path.join(dir, `报告.${ext}`);
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    const code = await kaohe(['report', file, '-o', out], quiet);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1000;
    if (code !== 0) throw new Error(`kaohe report exited ${code}`);
    const kb = fs.statSync(out).size / 1024;
    // On a shared machine the wall clock includes waiting for a core; the CPU time is the work itself.
    console.log(`  .${ext.padEnd(5)} 用时 ${`${ms.toFixed(0)} ms`.padStart(9)}（CPU ${`${cpu.toFixed(0)} ms`.padStart(8)}）  ${`${kb.toFixed(0)} KB`.padStart(8)}  ${ms < 5000 ? '达标' : '超出 5 s'}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e && e.message ? e.message : String(e));
  process.exit(1);
});

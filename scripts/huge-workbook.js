#!/usr/bin/env node
'use strict';
// Issue 6's "13 M cells": writes a workbook of 13.6 M numbers (36 MB or so, streamed, never held in memory), runs
// `kaohe fill` on it in a child and prints what the user sees, the exit code, the time and the child's peak memory.
// The target: one clear line (or a finished fill) within 2 GB, never a V8 stack.
//
//   npm run build:lib && node scripts/huge-workbook.js
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Zip, ZipDeflate, strToU8 } = require('fflate');

const ROWS = 136000;
const COLS = 100;

function colName(c) {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function write(file) {
  const fd = fs.openSync(file, 'w');
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    fs.writeSync(fd, chunk);
  });
  const add = (name, text) => {
    const f = new ZipDeflate(name, { level: 1 });
    zip.add(f);
    f.push(strToU8(text), true);
  };
  add('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>');
  add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  add('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>');
  add('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  zip.add(sheet);
  sheet.push(strToU8('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'));
  const names = Array.from({ length: COLS }, (_, i) => colName(i + 1));
  for (let r = 1; r <= ROWS; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < COLS; c++) row += `<c r="${names[c]}${r}"><v>${(r * 7 + c) % 1000}</v></c>`;
    sheet.push(strToU8(`${row}</row>`));
  }
  sheet.push(strToU8('</sheetData></worksheet>'), true);
  zip.end();
  fs.closeSync(fd);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-huge-'));
const file = path.join(dir, 'huge.xlsx');
console.log(`写入 ${ROWS * COLS} 个数字 …`);
write(file);
console.log(`${file}：${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB`);
const t0 = Date.now();
const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, path.join(__dirname, '..', 'bin', 'kaohe.js'), 'fill', file], { encoding: 'utf8' });
const lines = r.stderr.trim().split('\n').filter((l) => !l.startsWith('Command exited'));
const peakKB = Number(lines.pop());
console.log(`退出码 ${r.status}，${((Date.now() - t0) / 1000).toFixed(1)} s，峰值内存 ${(peakKB / 1024).toFixed(0)} MB`);
console.log(`标准错误（${lines.length} 行）：`);
for (const l of lines.slice(0, 5)) console.log(`  ${l}`);
console.log(`输出文件：${fs.readdirSync(dir).filter((f) => f !== 'huge.xlsx').join('、') || '无'}`);
fs.rmSync(dir, { recursive: true, force: true });

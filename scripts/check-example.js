#!/usr/bin/env node
// Copied from the project's shared folder (shared/tools/check-example.js), so the example is checked in a clone on its
// own; changed only to remove its scratch folder when done and to take the example beside this repository's copy.
// Holds `kaohe fill <workbook> --json` against an expected-results file (see ../examples/*.expected.json).
// Run from the project's root after its set-up command:
//   node scripts/check-example.js examples/lianDaiBaoChuang.xlsx
// Checks: header row, item count and scores by row, section caps and scores in order, net bonus, total, tier, that
// the input is unchanged, and that the written 得分 cells hold formulas. Exits 1 with the differences.
const { execFileSync } = require('child_process');
const fs = require('fs'); const path = require('path'); const os = require('os'); const crypto = require('crypto');
const book = path.resolve(process.argv[2] || '');
const expFile = process.argv[3] || book.replace(/\.xlsx$/, '.expected.json');
if (!fs.existsSync(book) || !fs.existsSync(expFile)) { console.error('usage: check-example.js <workbook.xlsx> [expected.json]'); process.exit(2); }
const exp = JSON.parse(fs.readFileSync(expFile, 'utf8'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-example-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));
const src = path.join(work, path.basename(book));
fs.copyFileSync(book, src);
const hash = () => crypto.createHash('sha256').update(fs.readFileSync(src)).digest('hex');
const before = hash(); const out = src.replace(/\.xlsx$/, '.out.xlsx');
let res;
try { res = JSON.parse(execFileSync('npx', ['--no-install', 'kaohe', 'fill', src, '-o', out, '--json'], { encoding: 'utf8' })); }
catch (e) { console.error('kaohe fill failed or printed no JSON: ' + String(e.stderr || e.message).trim().split('\n').pop()); process.exit(1); }
const fails = []; const near = (a, b) => typeof a === 'number' && Math.abs(a - b) < 1e-9;
const sheet = (res.sheets || []).find((s) => s.sheet === exp.sheet);
if (!sheet) { console.error(`no result for sheet ${exp.sheet}`); process.exit(1); }
if (sheet.headerRow !== exp.headerRow) fails.push(`headerRow ${sheet.headerRow}, expected ${exp.headerRow}`);
if ((sheet.items || []).length !== exp.itemCount) fails.push(`${(sheet.items || []).length} items, expected ${exp.itemCount}`);
for (const [row, score] of Object.entries(exp.items)) {
  const it = (sheet.items || []).find((i) => i.row === Number(row));
  if (!it) fails.push(`row ${row} is not an item`); else if (!near(it.score, score)) fails.push(`row ${row}: score ${it.score}, expected ${score}`);
}
exp.sections.forEach((s, i) => {
  const g = (sheet.sections || [])[i];
  if (!g) fails.push(`section ${i + 1} missing`);
  else if (!near(g.cap, s.cap) || !near(g.score, s.score)) fails.push(`section ${i + 1}: cap ${g.cap} score ${g.score}, expected cap ${s.cap} score ${s.score}`);
});
for (const k of ['bonus', 'total']) if (exp[k] !== undefined && !near(sheet[k], exp[k])) fails.push(`${k} ${sheet[k]}, expected ${exp[k]}`);
if (exp.tier !== undefined && sheet.tier !== exp.tier) fails.push(`tier ${sheet.tier}, expected ${exp.tier}`);
if (hash() !== before) fails.push('the input workbook was changed');
(async () => {
  if (!fs.existsSync(out)) fails.push('no output workbook');
  else {
    const ExcelJS = require(path.join(process.cwd(), 'node_modules', 'exceljs'));
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet(exp.sheet);
    for (const row of [...Object.keys(exp.items), exp.totalRow]) {
      const c = ws.getCell(exp.scoreCol + row);
      if (!c.formula) fails.push(`${exp.scoreCol}${row} holds no formula`);
    }
  }
  if (fails.length) { console.error(fails.join('\n')); console.error(`${fails.length} differences`); process.exit(1); }
  console.log(`${path.basename(book)}: ${exp.itemCount} items, total ${sheet.total}, tier ${sheet.tier}: as expected`);
})();

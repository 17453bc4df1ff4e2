#!/usr/bin/env node
'use strict';
// The README's pictures of the three reports: `node scripts/report-images.js` runs `kaohe report` on the towns the
// report tests use (test/report/towns.ts), lets LibreOffice print the .xlsx and .docx to PDF, takes page 1 of each
// as PNG (pdftoppm), and photographs the .html in headless Chromium. Writes docs/images/report-*.png.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');
require('./load-ts.js');

async function main() {
  const { writeTowns } = require(path.join(root, 'test/report/towns.ts'));
  const { main: kaohe } = require(path.join(root, 'src/cli/main.ts'));
  const { launchChromium } = require('./taskpane-harness.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-report-images-'));
  const images = path.join(root, 'docs', 'images');
  const towns = await writeTowns(dir);
  const quiet = { out: () => undefined, err: (t) => process.stderr.write(`${t}\n`) };
  for (const ext of ['xlsx', 'docx', 'html']) {
    const code = await kaohe(['report', towns, '-o', path.join(dir, `report.${ext}`), '--top', '2'], quiet);
    if (code !== 0) throw new Error(`kaohe report -o .${ext} exited ${code}`);
  }
  const profile = path.join(dir, 'profile');
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', dir,
    path.join(dir, 'report.xlsx'), path.join(dir, 'report.docx')], { stdio: 'pipe', timeout: 180_000 });
  fs.renameSync(path.join(dir, 'report.pdf'), path.join(dir, 'report-docx.pdf'));
  // Both convert to report.pdf: convert the workbook again under its own name.
  fs.copyFileSync(path.join(dir, 'report.xlsx'), path.join(dir, 'report-xlsx.xlsx'));
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', dir,
    path.join(dir, 'report-xlsx.xlsx')], { stdio: 'pipe', timeout: 180_000 });
  for (const kind of ['docx', 'xlsx'])
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '1', '-singlefile', path.join(dir, `report-${kind}.pdf`), path.join(images, `report-${kind}`)]);

  const { context, close } = await launchChromium({ viewport: { width: 1100, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`file://${path.join(dir, 'report.html')}`);
    await page.locator('.chart').scrollIntoViewIfNeeded();
    await page.locator('.chart svg [ecmeta_data_index]').first().hover();
    await page.screenshot({ path: path.join(images, 'report-html.png'), fullPage: false });
  } finally {
    await close();
  }
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('docs/images/report-docx.png, report-xlsx.png, report-html.png');
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});

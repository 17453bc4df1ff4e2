#!/usr/bin/env node
/*
 * Screenshots of the task pane for the README: docs/images/taskpane-recognize.png and docs/images/taskpane-fill.png,
 * and docs/images/taskpane-file.png: the pane in a plain browser (no Office) after opening examples/lianDaiBaoChuang.xlsx.
 *
 * Builds dist/ (webpack, development mode) and, through scripts/taskpane-harness.js (shared with the browser test),
 * serves it on 127.0.0.1 and opens taskpane.html in /usr/bin/chromium with the fake Office/Excel over a slice of
 * seed 000 (让胡路区委政法委); clicks 识别评分表 and then 填写得分 (found by their accessible names) and saves the
 * two PNGs. No network is used.
 *
 *   node scripts/taskpane-screenshot.js
 */
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, DEMO_WORKBOOK, buildAddin, serve, launchChromium, openTaskpane } = require('./taskpane-harness');

const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, 'docs', 'images');

async function main() {
  await buildAddin({ mode: 'development', outputPath: DIST });
  fs.mkdirSync(OUT, { recursive: true });
  const server = await serve(DIST);
  const browser = await launchChromium({ viewport: { width: 380, height: 720 }, deviceScaleFactor: 2 });
  try {
    const { page, problems } = await openTaskpane(browser.context, server.origin, DEMO_WORKBOOK);

    await page.getByRole('button', { name: '识别评分表', exact: true }).click();
    await page.locator('.kh-summary').waitFor();
    await page.screenshot({ path: path.join(OUT, 'taskpane-recognize.png'), fullPage: true });

    await page.getByRole('button', { name: '填写得分', exact: true }).click();
    await page.locator('.kh-done').waitFor();
    await page.screenshot({ path: path.join(OUT, 'taskpane-fill.png'), fullPage: true });

    const error = (await page.getByRole('alert').textContent()) || '';
    if (error.trim()) problems.push(`任务窗格显示错误：${error.trim()}`);

    const plain = await openTaskpane(browser.context, server.origin, null);
    await plain.page.getByLabel('选择工作簿…').setInputFiles(path.join(ROOT, 'examples', 'lianDaiBaoChuang.xlsx'));
    await plain.page.getByRole('link', { name: '下载网页报告（.html）', exact: true }).waitFor();
    await plain.page.screenshot({ path: path.join(OUT, 'taskpane-file.png'), fullPage: true });
    const fileError = (await plain.page.getByRole('alert').textContent()) || '';
    if (fileError.trim()) problems.push(`文件模式显示错误：${fileError.trim()}`);
    problems.push(...plain.problems);

    if (problems.length) throw new Error(problems.join('\n'));
    console.log(`已保存 ${['taskpane-recognize.png', 'taskpane-fill.png', 'taskpane-file.png'].map((f) => path.relative(ROOT, path.join(OUT, f))).join('、')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});

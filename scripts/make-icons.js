#!/usr/bin/env node
/*
 * Draws the add-in's icons (assets/icon-16/32/64/80/128.png) from one SVG: a score sheet with a red 考 seal.
 * The PNGs are committed build inputs; run this only when the drawing changes: `node scripts/make-icons.js`.
 * Chromium renders the SVG so the seal's glyph comes from the installed Noto CJK fonts, not from a bitmap.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const SIZES = [16, 32, 64, 80, 128];
const OUT = path.join(__dirname, '..', 'assets');
const GREEN = '#1D6F42';
const RED = '#C62828';

/** Below 32 px a glyph is a smudge, so the smallest icon carries a check mark in the seal instead of 考. */
function svg(size) {
  const small = size < 32;
  const rows = small ? [40, 62] : [38, 54, 70];
  const lines = rows
    .map((y) => `<line x1="30" y1="${y}" x2="${small ? 70 : 76}" y2="${y}" stroke="#8DBFA3" stroke-width="${small ? 9 : 6}" stroke-linecap="round"/>`)
    .join('');
  const mark = small
    ? `<polyline points="78,92 89,103 108,80" fill="none" stroke="#fff" stroke-width="11" stroke-linecap="round" stroke-linejoin="round"/>`
    : `<circle cx="92" cy="92" r="25" fill="none" stroke="#fff" stroke-width="2.5" opacity="0.85"/>
       <text x="92" y="93" text-anchor="middle" dominant-baseline="central" font-family="Noto Serif CJK SC" font-weight="700"
             font-size="34" fill="#fff">考</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
    <rect x="14" y="6" width="78" height="104" rx="9" fill="#fff" stroke="${GREEN}" stroke-width="${small ? 9 : 6}"/>
    <path d="M14,15 a9,9 0 0 1 9,-9 h60 a9,9 0 0 1 9,9 v11 h-78 z" fill="${GREEN}"/>
    ${lines}
    <circle cx="92" cy="92" r="${small ? 32 : 31}" fill="${RED}"/>
    ${mark}
  </svg>`;
}

async function main() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-icons-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await context.newPage();
    fs.mkdirSync(OUT, { recursive: true });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`);
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(OUT, `icon-${size}.png`);
      await page.locator('svg').screenshot({ path: file, omitBackground: true });
      console.log(`已生成 ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`图标生成失败：${err.message}`);
  process.exit(1);
});

#!/usr/bin/env node
/*
 * Draws the add-in's icons from one SVG: a score sheet (the base) with one modifier per command, as Office's icon
 * guidelines ask (base + at most one modifier): a red 考 seal for the add-in and 打开助手, a check mark for 一键填写, and
 * bars for 生成报告. Each comes at every size the ribbon's scales use (16, 20, 24, 32, 40, 48, 64, 80 px), plus 128 for
 * the add-in's listing. The PNGs are committed build inputs; run this only when the drawing changes:
 * `node scripts/make-icons.js`. Chromium renders the SVG so the seal's glyph comes from the installed Noto CJK fonts.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const RIBBON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
/** icon-* is the add-in's own icon (manifest IconUrl 32, HighResolutionIconUrl 64; 128 for listings). */
const ICONS = { icon: [...RIBBON_SIZES, 128], fill: RIBBON_SIZES, report: RIBBON_SIZES };
const OUT = path.join(__dirname, '..', 'assets');
const GREEN = '#1D6F42';
const RED = '#C62828';
const BLUE = '#1E5AA8';

/** Below 32 px a glyph is a smudge, so the small add-in icon carries a check mark in the seal instead of 考. */
function modifier(kind, small) {
  if (kind === 'fill') {
    return `<circle cx="92" cy="92" r="32" fill="${GREEN}"/>
      <polyline points="76,92 88,104 109,80" fill="none" stroke="#fff" stroke-width="${small ? 12 : 9}" stroke-linecap="round" stroke-linejoin="round"/>`;
  }
  if (kind === 'report') {
    const w = small ? 12 : 10;
    return `<rect x="62" y="62" width="60" height="60" rx="8" fill="${BLUE}"/>
      <rect x="70" y="${small ? 96 : 98}" width="${w}" height="${small ? 18 : 16}" fill="#fff"/>
      <rect x="${small ? 86 : 86}" y="82" width="${w}" height="${small ? 32 : 32}" fill="#fff"/>
      <rect x="${small ? 102 : 102}" y="${small ? 70 : 72}" width="${w}" height="${small ? 44 : 42}" fill="#fff"/>`;
  }
  const mark = small
    ? `<polyline points="78,92 89,103 108,80" fill="none" stroke="#fff" stroke-width="11" stroke-linecap="round" stroke-linejoin="round"/>`
    : `<circle cx="92" cy="92" r="25" fill="none" stroke="#fff" stroke-width="2.5" opacity="0.85"/>
       <text x="92" y="93" text-anchor="middle" dominant-baseline="central" font-family="Noto Serif CJK SC" font-weight="700"
             font-size="34" fill="#fff">考</text>`;
  return `<circle cx="92" cy="92" r="${small ? 32 : 31}" fill="${RED}"/>${mark}`;
}

function svg(kind, size) {
  const small = size < 32;
  const rows = small ? [40, 62] : [38, 54, 70];
  const lines = rows
    .map((y) => `<line x1="30" y1="${y}" x2="${small ? 70 : 76}" y2="${y}" stroke="#8DBFA3" stroke-width="${small ? 9 : 6}" stroke-linecap="round"/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
    <rect x="14" y="6" width="78" height="104" rx="9" fill="#fff" stroke="${GREEN}" stroke-width="${small ? 9 : 6}"/>
    <path d="M14,15 a9,9 0 0 1 9,-9 h60 a9,9 0 0 1 9,9 v11 h-78 z" fill="${GREEN}"/>
    ${lines}
    ${modifier(kind, small)}
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
    for (const [kind, sizes] of Object.entries(ICONS)) {
      for (const size of sizes) {
        await page.setViewportSize({ width: size, height: size });
        await page.setContent(`<html><body style="margin:0;background:transparent">${svg(kind, size)}</body></html>`);
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(OUT, `${kind}-${size}.png`);
        await page.locator('svg').screenshot({ path: file, omitBackground: true });
        console.log(`已生成 ${path.relative(process.cwd(), file)}`);
      }
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

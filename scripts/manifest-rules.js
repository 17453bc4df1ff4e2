'use strict';
/*
 * Rules from Microsoft's current add-in pages that the XSD cannot express. `npm run validate` and the manifest tests
 * both run them, so a manifest that breaks one fails the same way in either place.
 *
 * - "Configure your Office Add-in to use a shared runtime" (2026-07-30): under a Host whose Runtime has a long
 *   lifetime, no Action has a TaskpaneId.
 * - "Icon guidelines for Office Add-ins" (2025-11-12): each ribbon icon at 16, 20, 24, 32, 40, 48, 64 and 80 px; we
 *   also ask that no two buttons share an icon, so a person tells them apart on a compressed ribbon.
 * - The <Requirements> sets are exactly the ones src/engine/supported-excel.ts names, which every host claim is drawn
 *   from.
 */
const fs = require('node:fs');
const path = require('node:path');

const RIBBON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];

function hostBlocks(xml) {
  return [...xml.matchAll(/<Host xsi:type="[^"]*">([\s\S]*?)<\/Host>/g)].map((m) => m[1]);
}

function taskpaneIdProblems(xml) {
  const out = [];
  for (const host of hostBlocks(xml)) {
    if (!/<Runtime\b[^>]*lifetime="long"/.test(host)) continue;
    for (const m of host.matchAll(/<TaskpaneId>([^<]*)<\/TaskpaneId>/g)) {
      out.push(`共享运行时（lifetime="long"）下的 Action 不应有 <TaskpaneId>（${m[1]}）`);
    }
  }
  return out;
}

function imageResources(xml) {
  const out = new Map();
  for (const m of xml.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"\/>/g)) out.set(m[1], m[2]);
  return out;
}

/** Each <Icon>: every ribbon size once, each naming an image resource; controls each with icons of their own. */
function iconProblems(xml) {
  const out = [];
  const images = imageResources(xml);
  const owners = new Map();
  const iconOf = /<(Group|Control)\b[^>]*id="([^"]+)"[^>]*>[\s\S]*?<Icon>([\s\S]*?)<\/Icon>/g;
  for (const [, kind, id, body] of xml.matchAll(iconOf)) {
    const refs = [...body.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)].map((m) => ({ size: Number(m[1]), resid: m[2] }));
    const sizes = refs.map((r) => r.size).sort((a, b) => a - b);
    if (sizes.join() !== RIBBON_SIZES.join()) out.push(`${id} 的图标尺寸是 ${sizes.join('、')}，应为 ${RIBBON_SIZES.join('、')}`);
    for (const r of refs) {
      if (!images.has(r.resid)) out.push(`${id} 的图标 ${r.resid} 没有对应的 <bt:Image>`);
      if (kind !== 'Control') continue;
      const url = images.get(r.resid);
      const other = owners.get(url);
      if (other && other !== id) out.push(`${id} 与 ${other} 用了同一个图标 ${url}`);
      owners.set(url, id);
    }
  }
  return out;
}

/** Width and height from a PNG's IHDR chunk, or null when the file is not a PNG. */
function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Images the dev manifest names under /assets/ exist, are PNGs, and have the size their reference declares. */
function assetProblems(xml, root) {
  const out = [];
  const images = imageResources(xml);
  for (const [, size, resid] of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)) {
    const url = images.get(resid);
    const m = url && /\/assets\/([^/]+\.png)$/.exec(url);
    if (!m) continue;
    const file = path.join(root, 'assets', m[1]);
    if (!fs.existsSync(file)) {
      out.push(`缺少图标文件 assets/${m[1]}`);
      continue;
    }
    const dim = pngSize(file);
    if (!dim || dim.width !== Number(size) || dim.height !== Number(size)) out.push(`assets/${m[1]} 不是 ${size}×${size} 的 PNG`);
  }
  return out;
}

function declaredSets(xml) {
  return [...xml.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`).sort();
}

function requirementProblems(xml, required) {
  const want = required.map((r) => `${r.name} ${r.version}`).sort();
  const have = declaredSets(xml);
  return want.join() === have.join() ? [] : [`清单声明的要求集 ${have.join('、')} 与 supported-excel.ts 的 ${want.join('、')} 不一致`];
}

/** Every rule above, as Chinese sentences; an empty list means the manifest keeps them all. */
function manifestProblems(xml, { root, required }) {
  return [...taskpaneIdProblems(xml), ...iconProblems(xml), ...assetProblems(xml, root), ...requirementProblems(xml, required)];
}

module.exports = { RIBBON_SIZES, manifestProblems, taskpaneIdProblems, iconProblems, requirementProblems, declaredSets };

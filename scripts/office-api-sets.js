#!/usr/bin/env node
/*
 * Writes test/manifest/office-api-sets.json: for each member of the Excel API and of Office's common API, by class,
 * the requirement set that brings it ("Excel.Range.getMergedAreasOrNullObject": "ExcelApi 1.13"). The scan in
 * test/manifest/bundle-api-sets.test.ts reads it to hold every call in the built bundle to the manifest's sets.
 *
 * The source is Microsoft's reference pages as YAML (the OfficeDev/office-js-docs-reference repository, folder
 * docs/docs-ref-autogen): `node scripts/office-api-sets.js <checkout of office-js-docs-reference>`. The JSON is
 * committed, so the test needs no network and no checkout.
 */
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const repo = process.argv[2];
if (!repo) {
  console.error('用法：node scripts/office-api-sets.js <office-js-docs-reference 的本地副本（git 目录或工作区）>');
  process.exit(2);
}
const FOLDERS = ['docs/docs-ref-autogen/excel/excel', 'docs/docs-ref-autogen/office/office'];

/** Files of a folder at HEAD, from a work tree or a bare git directory alike. */
function files(folder) {
  const list = execFileSync('git', ['--git-dir', gitDir(), 'ls-tree', '--name-only', `HEAD:${folder}`], { encoding: 'utf8' });
  return list.split('\n').filter((f) => f.endsWith('.yml')).map((f) => ({
    name: f,
    text: execFileSync('git', ['--git-dir', gitDir(), 'show', `HEAD:${folder}/${f}`], { encoding: 'utf8', maxBuffer: 64 << 20 }),
  }));
}

function gitDir() {
  const dotGit = path.join(repo, '.git');
  return fs.existsSync(dotGit) ? dotGit : repo;
}

/** Excel's sets as the reference gives them, and the common ones (DialogApi, SharedRuntime, …) linked by name. */
// Excel's own sets only: the common pages also name Outlook's (Mailbox), which say nothing about Excel.
const EXCEL_SET = /\[API set: (Excel[A-Za-z]*) (\d+\.\d+)/;
const COMMON_SET = /\[([A-Za-z]+)(?: (\d+\.\d+))?\]\(https:\/\/learn\.microsoft\.com\/javascript\/api\/requirement-sets\/common\//;

/**
 * The set that makes a member most widely available: ExcelApi (in every Excel) before the web-only or desktop-only
 * ones, and the lower version of the same set.
 */
function better(a, b) {
  if (!a) return b;
  const wide = (s) => (s.name === 'ExcelApi' ? 0 : 1);
  if (wide(a) !== wide(b)) return wide(a) < wide(b) ? a : b;
  if (a.name !== b.name) return a;
  return b.version < a.version ? b : a;
}

const parse = (name, version) => {
  const [major, minor] = (version || '1.1').split('.').map(Number);
  return { name, version: major * 1000 + minor, text: `${name} ${version || '1.1'}` };
};

const sets = new Map();
for (const folder of FOLDERS) {
  for (const { text } of files(folder)) {
    // One block per member: "  - name: x" up to the next one; its uid names the class (excel!Excel.Range#values:member).
    for (const block of text.split(/\n  - name: /).slice(1)) {
      const uid = /\n\s*uid: [a-z-]+!([A-Za-z.]+)#([A-Za-z_$][\w$]*)/.exec(block);
      const m = EXCEL_SET.exec(block) ?? COMMON_SET.exec(block);
      if (!uid || !m) continue;
      const key = `${uid[1]}.${uid[2]}`;
      sets.set(key, better(sets.get(key), parse(m[1], m[2])));
    }
  }
}
const lowest = new Map([...sets].map(([k, v]) => [k, v.text]));
const out = Object.fromEntries([...lowest].sort(([a], [b]) => a.localeCompare(b)));
const target = path.join(__dirname, '..', 'test', 'manifest', 'office-api-sets.json');
fs.writeFileSync(target, `${JSON.stringify(out, null, 1)}\n`);
console.log(`已写入 ${path.relative(process.cwd(), target)}：${lowest.size} 个成员`);

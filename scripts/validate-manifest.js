#!/usr/bin/env node
/*
 * `npm run validate`: the add-in manifest against Microsoft's XSDs, offline (xmllint --nonet), the way the Office
 * templates' `office-addin-manifest validate` would check its schema part without calling Microsoft's service.
 * Checks manifest.xml and, when a build made one, dist/manifest.xml. The schemas are looked for in
 * OFFICE_MANIFEST_XSD (a path to OfficeAppManifestV1_1.xsd) or ../shared/schemas/office-addin-manifest/.
 * Then the rules the XSD cannot express (scripts/manifest-rules.js): no TaskpaneId under the shared runtime, every
 * ribbon icon size, one icon per button, and the requirement sets src/engine/supported-excel.ts names.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
require('./load-ts');
const { manifestProblems } = require('./manifest-rules');
const { REQUIRED_SETS } = require('../src/engine/supported-excel.ts');

const ROOT = path.resolve(__dirname, '..');
const candidates = [process.env.OFFICE_MANIFEST_XSD, path.resolve(ROOT, '../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd')].filter(Boolean);
const xsd = candidates.find((p) => fs.existsSync(p));
if (!xsd) {
  console.error(`找不到清单架构 OfficeAppManifestV1_1.xsd（可用环境变量 OFFICE_MANIFEST_XSD 指定），已查找：${candidates.join('，')}`);
  process.exit(1);
}
const files = ['manifest.xml', 'dist/manifest.xml'].map((f) => path.join(ROOT, f)).filter((f) => fs.existsSync(f));
let failed = false;
for (const file of files) {
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, file], { encoding: 'utf8' });
  if (r.error) {
    console.error(`无法运行 xmllint（请安装 libxml2-utils）：${r.error.message}`);
    process.exit(1);
  }
  const rel = path.relative(ROOT, file);
  if (r.status === 0) console.log(`${rel}：通过 XSD 校验`);
  else {
    failed = true;
    console.error(`${rel}：未通过 XSD 校验\n${r.stderr.trim()}`);
  }
  const problems = manifestProblems(fs.readFileSync(file, 'utf8'), { root: ROOT, required: REQUIRED_SETS });
  if (problems.length === 0) console.log(`${rel}：符合共享运行时、图标与要求集的规则`);
  else {
    failed = true;
    for (const p of problems) console.error(`${rel}：${p}`);
  }
}
process.exit(failed ? 1 : 0);

#!/usr/bin/env node
'use strict';
// `npm run differential [-- cases [seed]]`: the differential test with many more random sheets than CI runs (CI: 12
// sheets, one seed). Each sheet is filled by the command line, recalculated by LibreOffice in one batch, and compared
// cell by cell with the report. A failure prints the seed of the sheet, so `DIFF_CASES=1 DIFF_SEED=<seed>` replays it.
const { spawnSync } = require('child_process');
const path = require('path');

const cases = process.argv[2] ?? '300';
const seed = process.argv[3] ?? String(Date.now() % 1_000_000);
console.log(`differential: ${cases} sheets from seed ${seed}`);
const r = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest'), '--runInBand', 'test/libreoffice/differential.test.ts'],
  { cwd: path.join(__dirname, '..'), stdio: 'inherit', env: { ...process.env, DIFF_CASES: cases, DIFF_SEED: seed } },
);
process.exit(r.status ?? 1);

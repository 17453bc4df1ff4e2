'use strict';
// Writes the seeds' composite systems and across-unit rules (test/helpers/seed-composites.ts) as examples/<name>.xlsx. Their hand-computed
// results are examples/<name>.expected.json, written by hand; test/cli/composite-examples.test.ts checks both.
require('./load-ts');
const path = require('node:path');
const { REPORT_EXAMPLES, SEED_EXAMPLES } = require('../test/helpers/seed-composites.ts');
const { writeWorkbook } = require('../test/helpers/workbook.ts');

(async () => {
  for (const make of [...SEED_EXAMPLES, ...REPORT_EXAMPLES]) {
    const ex = make();
    const file = path.join(__dirname, '..', 'examples', `${ex.name}.xlsx`);
    await writeWorkbook(file, ...ex.sheets);
    console.log(file);
  }
})();

#!/usr/bin/env node
'use strict';
// The `kaohe` command. The code lives in lib/ (TypeScript compiled by `npm run build:lib`, run at `npm install`).
const path = require('path');
const fs = require('fs');

const entry = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('错误：kaohe 尚未编译，请先在项目目录运行 npm run build（或 npm run build:lib）\n');
  process.exit(1);
}
require(entry)
  .run()
  .catch((e) => {
    process.stderr.write(`错误：程序内部错误：${e && e.message ? String(e.message).split('\n')[0] : String(e)}\n`);
    process.exitCode = 1;
  });

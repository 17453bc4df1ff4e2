#!/usr/bin/env node
'use strict';
// `npm run bench` (rules part): how long reading one 评分标准 text takes, by length, for ordinary rule text and the
// shapes that once made the reader quadratic (a 100,000-digit "rule", a long run of Chinese numerals). Targets
// (issues 15 and 16): any criteria cell, of any size, in at most tens of milliseconds; time per character about
// constant up to the read limit (RULE_TEXT_LIMIT, 5,000 characters), and flat beyond it. Prints only.
const path = require('path');

const { parseRule, RULE_TEXT_LIMIT } = require(path.join(__dirname, '..', 'lib', 'engine', 'rules.js'));

const SHAPES = {
  '普通评分标准': (n) => '每少一篇扣2分，最多扣3分；未建立台账的扣2分；酌情扣1-3分、'.repeat(Math.ceil(n / 30)).slice(0, n),
  '长串数字': (n) => `扣${'1'.repeat(n)}分`,
  '长串汉字数字': (n) => '一'.repeat(n),
  '续列分值': (n) => '一条30分,'.repeat(Math.ceil(n / 6)).slice(0, n),
};
const SIZES = [500, 1000, 2000, 4000, 100000, 560000];

function fastest(text) {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    parseRule(text);
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return best;
}

console.log(`评分标准读取耗时（毫秒，5次取最快；超过${RULE_TEXT_LIMIT}字只读前${RULE_TEXT_LIMIT}字）`);
for (const [name, make] of Object.entries(SHAPES)) {
  fastest(make(4000));
  const row = SIZES.map((n) => `${n}字 ${fastest(make(n)).toFixed(2)}`);
  console.log(`${name}：${row.join('  ')}`);
}

import fs from 'node:fs';
import path from 'node:path';
import { bonus, capDeduct, deduct, rankcn, tier, trimmean, weighted } from '../../src/functions/implementations';

/** help.html, served with the add-in and named by each KH function's @helpurl, explains it with examples that hold. */
const html = fs.readFileSync(path.resolve(__dirname, '../../src/taskpane/help.html'), 'utf8');
const functionsTs = fs.readFileSync(path.resolve(__dirname, '../../src/functions/functions.ts'), 'utf8');

describe('函数帮助页 help.html', () => {
  it('每个 KH 函数的 @helpurl 都指向帮助页中存在的一节', () => {
    const links = [...functionsTs.matchAll(/@helpurl https:\/\/localhost:3000\/help\.html#(\w+)/g)].map((m) => m[1]);
    expect(links.sort()).toEqual(['bonus', 'capdeduct', 'deduct', 'rankcn', 'tier', 'trimmean', 'weighted']);
    for (const id of links) expect(html).toContain(`<section id="${id}">`);
  });

  it('页中的例子与函数的实际结果一致', () => {
    expect(capDeduct(5, [[1], [null], ['2分']], 2)).toBe(3);
    expect(tier(85.5, [['90分以上为一类，80分—90分为二类，80分以下为三类']], null)).toBe('二类');
    expect(deduct('每少一篇扣2分', 3, 5)).toBe(5);
    expect(bonus([[1], [0.5], ['0.5分']], null)).toBe(2);
    expect([95, 95, 88.5].map((s) => rankcn(s, [[95], [95], [88.5]]))).toEqual([1, 1, 2]);
    expect(trimmean([[90, 95, 88, 92, 85]])).toBe(90);
    expect(weighted([[92], [85], [88], [90], [95]], [['15%'], ['10%'], ['30%'], ['30%'], ['15%']])).toBe(89.95);
  });
});

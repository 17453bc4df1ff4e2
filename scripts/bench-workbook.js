'use strict';
// A large score sheet in seed 000's layout (项目/序号/考核内容及要求/评分标准/基础分/扣分依据/扣分/得分): `sections`
// sections merged down column A, each with `perSection` items of base 2, every third item with a deduction.
// Used by scripts/bench.js and by the tests that need a big workbook.
const ExcelJS = require('exceljs');

const HEADER = ['项目', '序号', '考核内容及要求', '评分标准', '基础分', '扣分依据', '扣分', '得分'];
const CRITERIA = ['每少一篇扣0.5分，扣完为止', '未开展查评工作的不得分；无查评方案的扣1分', '迟报、漏报的扣2分', '发现一例扣0.5分'];

function bigWorkbook(sections, perSection, sheetName = '区委政法委') {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(['让胡路区委政法委政法工作绩效考核细则']);
  ws.mergeCells(1, 1, 1, 8);
  ws.addRow(HEADER);
  for (let s = 0; s < sections; s++) {
    const first = ws.rowCount + 1;
    for (let i = 0; i < perSection; i++) {
      const deduction = i % 3 === 0 ? [0.5, 1, 2, 3][i % 4] : null;
      ws.addRow([
        i === 0 ? `第${s + 1}项考核工作项目${perSection * 2}分` : null,
        i + 1,
        `考核内容第${s + 1}-${i + 1}条：认真贯彻落实有关规定，按时报送材料`,
        CRITERIA[(s + i) % CRITERIA.length],
        2,
        deduction === null ? null : '检查记录',
        deduction,
        null,
      ]);
    }
    ws.mergeCells(first, 1, ws.rowCount, 1);
  }
  ws.addRow(['合计', null, null, null, sections * perSection * 2]);
  ws.addRow(['考核组长(签字)：', null, null, '考核组成员(签字)：']);
  return wb;
}

/** Sum of what the engine should compute for bigWorkbook: every deduction is at most the base of 2. */
function expectedTotal(sections, perSection) {
  let cents = 0;
  for (let s = 0; s < sections; s++) {
    for (let i = 0; i < perSection; i++) {
      const d = i % 3 === 0 ? [0.5, 1, 2, 3][i % 4] : 0;
      cents += 200 - Math.min(200, d * 100);
    }
  }
  return cents / 100;
}

module.exports = { bigWorkbook, expectedTotal, HEADER };

import path from 'node:path';
import type { SheetReport } from '../../src/engine/sheet-report';
import type { SheetFixture } from '../contract/adapter-contract';
import { kaohe, tmpDir } from '../helpers/cli';
import { TIANBA_BASES, TIANBA_RULES } from '../helpers/tianba-rules';
import { writeWorkbook } from '../helpers/workbook';

/**
 * Seed 000's 田坝镇政法工作考核评分细则 as a sheet per 镇: 序号 | 考核内容及评分标准 | 分值 | 考核组评分 (扣分 | 得分) | 备注,
 * the group cell merged over two columns, a 一票否决 row, and a note that declares 合格/不合格 at 60.
 */
const RULES = TIANBA_RULES;
const BASES = TIANBA_BASES;

function town(name: string, deductions: (number | string | null)[], vetoMark: string | null): SheetFixture {
  return {
    name,
    cells: [
      [`${name}政法工作考核评分细则`],
      ['序号', '考核内容及评分标准', '分值', '考核组评分', null, '备注'],
      [null, null, null, '扣分', '得分', null],
      ...RULES.map((r, i) => [i + 1, r, BASES[i], deductions[i], null, null]),
      [6, '发生重大群体性事件的，实行一票否决', null, vetoMark, null, null],
      ['合计', null, 72, null, null, null],
      ['考核等次', null, null, null, null, null],
      ['注：60分以上为合格，60分以下为不合格。'],
    ],
    merges: ['A1:F1', 'D2:E2', 'A2:A3', 'B2:B3', 'C2:C3', 'F2:F3'],
  };
}

describe('一个工作簿里每镇一张田坝镇式的评分表', () => {
  test('两行表头、说明里的合格线、一票否决：每张表各自计分', async () => {
    const dir = tmpDir();
    const file = path.join(dir, '各镇.xlsx');
    await writeWorkbook(file, town('田坝镇', [0, 1, 0.3, 2, '5'], null), town('石桥镇', [null, '到区扣5分', 0.1, 0, 10], '是'));
    const r = await kaohe('fill', file, '--json');
    expect(r.code).toBe(0);
    const sheets = JSON.parse(r.out).sheets as SheetReport[];
    // 田坝镇: 10 + 19 + 9.7 + 10 + 15 = 63.7 ≥ 60 → 合格. 石桥镇: 10 + 20 + 9.9 + 12 + 10 = 61.9, vetoed.
    expect(sheets.map((s) => [s.sheet, s.headerRow, s.columns.deduction, s.columns.score, s.total, s.tier, s.veto])).toEqual([
      ['田坝镇', 2, 'D', 'E', 63.7, '合格', false],
      ['石桥镇', 2, 'D', 'E', 61.9, '一票否决', true],
    ]);
    expect(sheets[1].complete).toBe(false);
    expect(r.errLines).toContain('警告：工作表“石桥镇” D5：扣分“到区扣5分”无法读取为数字，按未扣分计算，评分未完成');
  });
});

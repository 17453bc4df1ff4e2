import fc from 'fast-check';
import { detectLayout } from '../../src/engine/layout';
import { fillSheet } from '../../src/engine/fill';
import type { CellValue } from '../../src/engine/snapshot';
import { sheet } from './sheets';

/** Seed 002 (司法所20XX年度目标绩效考核细则): no 扣分 column, 得分 last. */
const H002 = ['考核项目', '考核内容', '目标分值', '考核方式', '得分'];
const TITLE = '司法所20XX年度目标绩效考核细则';
const ITEM: CellValue[] = ['司法所建设(15分)', '1.深入开展习近平法治思想学习(1分)，扎实开展党史学习教育。(1分)', 2, '查看资料、平时掌握', null];

describe('缺少“扣分”列时，错误说明应在哪里插入', () => {
  test('司法所细则：错误指向表头行的“得分”单元格（E2），扣分列应插在它前面', () => {
    const r = fillSheet(sheet('司法所', [[TITLE, null, null, null, null], H002, ITEM], ['A1:E1']));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual({ code: 'MISSING_DEDUCTION', message: expect.stringContaining('缺少“扣分”列'), row: 2, col: 5 });
  });

  test('表头占两行（考核组评分合并在 自评分 | 得分 之上）：指向第二行的“得分”单元格', () => {
    const s = sheet(
      '司法所',
      [
        ['考核项目', '考核内容', '目标分值', '考核方式', '考核组评分', null],
        [null, null, null, null, '自评分', '得分'],
        ['司法所建设(15分)', ITEM[1], 2, '查看资料、平时掌握', 2, null],
      ],
      ['E1:F1', 'A1:A2', 'B1:B2', 'C1:C2', 'D1:D2'],
    );
    const r = detectLayout(s);
    expect(!r.ok && r.error).toMatchObject({ code: 'MISSING_DEDUCTION', row: 2, col: 6 });
  });

  test('既没有“扣分”也没有“得分”列时，先说缺“得分”列，不给出插入位置', () => {
    const r = detectLayout(sheet('司法所', [H002.slice(0, 4), ITEM.slice(0, 4)]));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ code: 'MISSING_SCORE', row: 1 });
      expect(r.error.col).toBeUndefined();
    }
  });

  test('无论各列顺序如何，插入位置总是“得分”所在的列', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }), (order) => {
        const r = detectLayout(sheet('司法所', [order.map((i) => H002[i]), order.map((i) => ITEM[i])]));
        return !r.ok && r.error.code === 'MISSING_DEDUCTION' && r.error.row === 1 && r.error.col === order.indexOf(4) + 1;
      }),
    );
  });

  test('已有“扣分”列时不报缺列', () => {
    const header = [...H002.slice(0, 4), '扣分', '得分'];
    const r = detectLayout(sheet('司法所', [header, [...ITEM.slice(0, 4), 1, null]]));
    expect(r.ok && r.value.columns).toMatchObject({ deduction: 5, score: 6 });
  });
});

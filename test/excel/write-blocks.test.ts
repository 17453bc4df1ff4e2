import fc from 'fast-check';
import type { PlannedCell } from '../../src/engine/write-plan';
import { MAX_BLOCK_ROWS, PAYLOAD_LIMIT_BYTES, payloadBytes, planBatches, planBlocks, utf8Length } from '../../src/excel/write-blocks';

const score = (row: number, value: number | string, col = 8): PlannedCell => ({ row, col, formula: null, value, numFmt: '0.##' });

describe('写入计划分块', () => {
  test('同一列连续的行合成一个区域，中间隔着分项标题行时分开', () => {
    const blocks = planBlocks({
      sheet: '区委政法委',
      cells: [score(3, 0), score(4, 1), score(5, 2), score(9, 8.5), score(10, 3), { row: 14, col: 8, formula: '=IF(H13>=90,"优秀","不合格")', value: '不合格' }],
    });
    expect(blocks.map((b) => b.address)).toEqual(['H3:H5', 'H9:H10', 'H14']);
    expect(blocks[0].formulas).toEqual([[0], [1], [2]]);
    expect(blocks[2].formulas).toEqual([['=IF(H13>=90,"优秀","不合格")']]);
    expect(blocks[2].numberFormat).toBeNull();
  });

  test('不在计划中的格式写 null，保留单元格原有格式', () => {
    const [b] = planBlocks({ sheet: 's', cells: [score(3, 1), { row: 4, col: 8, formula: null, value: '合格' }] });
    expect(b.numberFormat).toEqual([['0.##'], [null]]);
  });

  test('中文按 UTF-8 三个字节计', () => {
    expect(utf8Length('得分')).toBe(6);
    expect(utf8Length('H3')).toBe(2);
  });

  test('未超过上限的计划只有一批', () => {
    const cells = Array.from({ length: 10000 }, (_, i) => score(i + 3, i % 10));
    expect(planBatches({ sheet: 's', cells })).toHaveLength(1);
  });

  test('超过上限时：每批不超过5000行、不超过上限，且每个单元格恰好写一次', () => {
    fc.assert(
      fc.property(fc.integer({ min: 6000, max: 11000 }), fc.integer({ min: 300, max: 1500 }), (rows, len) => {
        const text = '扣'.repeat(len);
        const cells = Array.from({ length: rows }, (_, i) => score(i + 1, `${text}${i}`));
        const batches = planBatches({ sheet: 's', cells });
        const total = payloadBytes(planBlocks({ sheet: 's', cells }));
        if (total <= PAYLOAD_LIMIT_BYTES) return batches.length === 1;
        const written: number[] = [];
        for (const blocks of batches) {
          const first = Math.min(...blocks.map((b) => b.top));
          const last = Math.max(...blocks.map((b) => b.top + b.rows - 1));
          if (last - first + 1 > MAX_BLOCK_ROWS) return false;
          if (payloadBytes(blocks) > PAYLOAD_LIMIT_BYTES) return false;
          for (const b of blocks) for (let r = 0; r < b.rows; r++) written.push(b.top + r);
        }
        return written.length === rows && new Set(written).size === rows;
      }),
      { numRuns: 5 },
    );
  });
});

import fc from 'fast-check';
import { mergeAt } from '../../src/engine/header';
import type { MergedArea } from '../../src/engine/snapshot';

const area = fc
  .tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 150 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 3 }))
  .map(([top, tall, left, wide]): MergedArea => ({ top, bottom: top + tall, left, right: left + wide }));

describe('哪一块合并单元格盖住某个单元格', () => {
  it('合并区域再多（整列项目名称往下合并），查到的也与逐块比对的第一块相同', () => {
    fc.assert(
      fc.property(fc.array(area, { minLength: 0, maxLength: 60 }), fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 14 }), (merges, row, col) => {
        const expected = merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
        expect(mergeAt(merges, row, col)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('合并区域在查过之后又添了一块，新添的也查得到', () => {
    const merges: MergedArea[] = Array.from({ length: 20 }, (_, i) => ({ top: i * 10 + 1, bottom: i * 10 + 5, left: 1, right: 1 }));
    expect(mergeAt(merges, 300, 2)).toBeUndefined();
    merges.push({ top: 299, bottom: 301, left: 2, right: 3 });
    expect(mergeAt(merges, 300, 2)).toBe(merges[20]);
  });
});

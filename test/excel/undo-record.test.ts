import fc from 'fast-check';
import type { CellValue } from '../../src/engine/snapshot';
import type { WritePlan } from '../../src/engine/write-plan';
import { CHUNK_CHARS, decodeUndo, encodeUndo } from '../../src/excel/undo-record';

const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('=不得分', '-2', '不得分', "'引号", '２分'),
);
const plan: fc.Arbitrary<WritePlan> = fc.record({
  sheet: fc.constantFrom('区委政法委', "'考核 表'", '司法局'),
  cells: fc.array(
    fc.record({
      row: fc.integer({ min: 1, max: 100000 }),
      col: fc.integer({ min: 1, max: 200 }),
      formula: fc.option(fc.constantFrom('=SUM(E3:E4)', '=MAX(0,E3-G3)', '=IF(H13>=90,"优秀","合格")'), { nil: null }),
      value,
    }),
    { maxLength: 60 },
  ),
});

describe('撤销记录', () => {
  test('写入后读回，得到同一份恢复计划（任意值与公式）', () => {
    fc.assert(fc.property(plan, (p) => expect(decodeUndo(encodeUndo(p))).toEqual(p)));
  });

  test('每个单元格不超过 Excel 的 32767 字符上限，且不以 = + - @ 或数字开头', () => {
    const cells = Array.from({ length: 5000 }, (_, i) => ({ row: i + 3, col: 8, formula: null, value: `扣分依据第${i}条` }));
    const chunks = encodeUndo({ sheet: '区委政法委', cells });
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(CHUNK_CHARS + 3);
      expect(c).toMatch(/^kh:/);
    }
    expect(decodeUndo(chunks)).toEqual({ sheet: '区委政法委', cells });
  });

  test('没有记录时为 null，内容被改坏时为 damaged', () => {
    expect(decodeUndo([])).toBeNull();
    expect(decodeUndo(['', null])).toBeNull();
    expect(decodeUndo(['kh:{"v":1,"sheet":"s","cel'])).toBe('damaged');
    expect(decodeUndo(['用户写的字'])).toBe('damaged');
  });

  test('主机保留了撤销记录前的撇号时仍能读回', () => {
    const [chunk] = encodeUndo({ sheet: 's', cells: [{ row: 3, col: 8, formula: null, value: 2 }] });
    expect(decodeUndo([`'${chunk}`])).toEqual({ sheet: 's', cells: [{ row: 3, col: 8, formula: null, value: 2 }] });
  });
});

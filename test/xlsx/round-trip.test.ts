import fc from 'fast-check';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/engine/snapshot';
import { valueAt, formulaAt } from '../../src/engine/snapshot';
import type { PlannedCell } from '../../src/engine/write-plan';
import { applyPlan, snapshotOf } from '../../src/xlsx';
import { reopened } from '../helpers/workbook';

const CHARS = [...'考核内容评分标准扣分得分不合格优秀一二三两半０１２分，。；（）()=+-@ 0123456789.%ab\n'];
const text = fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 12 });
const number = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
);
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(text, number, fc.boolean(), fc.constant(null));

const plannedCell: fc.Arbitrary<PlannedCell> = fc.record({
  row: fc.integer({ min: 1, max: 30 }),
  col: fc.integer({ min: 1, max: 10 }),
  formula: fc.oneof(fc.constant(null), fc.constantFrom('=SUM(A1:A3)', '=MAX(0,E3-MIN(E3,G3))', '=IF(H5>=90,"优秀","合格")')),
  value: cellValue,
});

describe('xlsx 适配器的一般性质', () => {
  test('任意的数字、文字、布尔值保存后重新打开，快照读出的值与写入的完全相同（文字不变成数字或公式）', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 8 }), async (grid) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('S');
        grid.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
        const s = snapshotOf((await reopened(wb)).getWorksheet('S')!);
        grid.forEach((row, r) =>
          row.forEach((v, c) => {
            expect(valueAt(s, r + 1, c + 1)).toEqual(v);
            expect(formulaAt(s, r + 1, c + 1)).toBeNull();
          }),
        );
      }),
      { numRuns: 60 },
    );
  });

  test('任意写入计划：每个单元格最后一次写入的内容保存后读得出来，且应用两次与一次相同', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(plannedCell, { maxLength: 25 }), async (cells) => {
        const once = new ExcelJS.Workbook();
        applyPlan(once.addWorksheet('S'), { sheet: 'S', cells });
        const twice = new ExcelJS.Workbook();
        const ws2 = twice.addWorksheet('S');
        applyPlan(ws2, { sheet: 'S', cells });
        applyPlan(ws2, { sheet: 'S', cells });
        const a = snapshotOf((await reopened(once)).getWorksheet('S')!);
        const b = snapshotOf((await reopened(twice)).getWorksheet('S')!);
        expect(b).toEqual(a);
        const last = new Map(cells.map((c) => [`${c.row},${c.col}`, c]));
        for (const c of last.values()) {
          expect(formulaAt(a, c.row, c.col)).toBe(c.formula);
          expect(valueAt(a, c.row, c.col)).toEqual(c.value);
        }
      }),
      { numRuns: 60 },
    );
  });
});

import { fillSheet } from '../../src/engine/fill';
import { applyPlan, snapshotOf } from '../../src/xlsx';
import { shiftRows } from '../../src/xlsx/shared-formulas';
import { seed000 } from '../helpers/seed-sheets';
import { reopened, workbookOf } from '../helpers/workbook';

describe('下拉填充式的共享公式', () => {
  it('相对引用的行号随行移动，引号里的文字和绝对行号不动', () => {
    expect(shiftRows('ROUND(E3-MIN(E3,IF(TRIM(G3)="不得分",E3,0)),2)', 2)).toBe('ROUND(E5-MIN(E5,IF(TRIM(G5)="不得分",E5,0)),2)');
    expect(shiftRows('SUM(H3:H7)+$A$1+B$2+"C3"', 1)).toBe('SUM(H4:H8)+$A$1+B$2+"C3"');
    expect(shiftRows('KH.CAPDEDUCT(E3,G3,2)', 1)).toBe('KH.CAPDEDUCT(E4,G4,2)');
  });

  it('一列项目得分存为一个主公式加若干引用，重新打开后每格公式与计划一致，再填一次不变', async () => {
    const wb = workbookOf(seed000());
    const ws = wb.worksheets[0];
    const first = fillSheet(snapshotOf(ws));
    if (!first.ok) throw new Error(first.error.message);
    applyPlan(ws, first.value.plan);
    const back = (await reopened(wb)).worksheets[0];
    const items = first.value.plan.cells.filter((c) => first.value.report.items.some((i) => i.row === c.row));
    const shared = items.filter((c) => 'sharedFormula' in (back.getCell(c.row, c.col).value as object));
    expect(shared.length).toBeGreaterThan(0);
    for (const c of first.value.plan.cells) expect(`=${back.getCell(c.row, c.col).formula}`).toBe(c.formula);
    const again = fillSheet(snapshotOf(back));
    expect(again.ok && again.value.plan).toEqual(first.value.plan);
  });
});

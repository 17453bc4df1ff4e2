import { fillSheet } from '../../src/engine/fill';
import { shiftFormula, shiftRows } from '../../src/xlsx/shared-formulas';
import { textOf } from '../../src/xlsx/xml-text';
import { unzipSync } from 'fflate';
import { seed000 } from '../helpers/seed-sheets';
import { workbookOf } from '../helpers/workbook';
import { exceljsOf, opened, packageOf, snapshotOf } from '../helpers/xlsx';

describe('下拉填充式的共享公式', () => {
  it('相对引用的行号随行移动，引号里的文字和绝对行号不动', () => {
    expect(shiftRows('ROUND(E3-MIN(E3,IF(TRIM(G3)="不得分",E3,0)),2)', 2)).toBe('ROUND(E5-MIN(E5,IF(TRIM(G5)="不得分",E5,0)),2)');
    expect(shiftRows('SUM(H3:H7)+$A$1+B$2+"C3"', 1)).toBe('SUM(H4:H8)+$A$1+B$2+"C3"');
    expect(shiftRows('KH.CAPDEDUCT(E3,G3,2)', 1)).toBe('KH.CAPDEDUCT(E4,G4,2)');
  });

  it('向右填充时相对列号移动，绝对列号和其他表名里的文字不动', () => {
    expect(shiftFormula('A1+$B1+\'Sheet A1\'!C$1', 2, 1)).toBe('B3+$B3+\'Sheet A1\'!D$1');
    expect(shiftFormula('SUM(Z1:AA2)', 0, 1)).toBe('SUM(AA1:AB2)');
  });

  it('一列项目得分存为一个主公式加若干引用，重新打开后每格公式与计划一致，再填一次不变', async () => {
    const pkg = await packageOf(workbookOf(seed000()));
    const name = pkg.sheetNames()[0];
    const first = fillSheet(snapshotOf(pkg, name));
    if (!first.ok) throw new Error(first.error.message);
    expect(pkg.applyPlan(first.value.plan).ok).toBe(true);
    const bytes = pkg.toBytes();
    expect(textOf(unzipSync(bytes)['xl/worksheets/sheet1.xml'])).toMatch(/<f t="shared" ref="H\d+:H\d+" si="\d+">/);
    const back = (await exceljsOf(bytes)).worksheets[0];
    for (const c of first.value.plan.cells) expect(`=${back.getCell(c.row, c.col).formula}`).toBe(c.formula);
    const again = fillSheet(snapshotOf(opened(bytes), name));
    expect(again.ok && again.value.plan).toEqual(first.value.plan);
  });
});

import {
  decodeFillRecord, encodeFillRecord, EMPTY_FILL_RECORD, forgetSheet, recordFill, writtenCells, type RecordedCell,
} from '../../src/engine/fill-record';

const item = (row: number, formula: string | null, value: RecordedCell['value']): RecordedCell => ({ row, col: 8, formula, value });

describe('the workbook remembers which cells the tool wrote', () => {
  it('keeps formulas, numbers, text, booleans and empty cells through its XML', () => {
    const rec = recordFill(
      EMPTY_FILL_RECORD,
      '甲镇 "一"<>&',
      [item(3, '=IF(TRIM(G3)="不得分",0,E3-G3)', 1.5), item(4, null, '一票否决'), item(5, null, true)],
      [item(3, null, null), item(4, null, '=不是公式\n第二行'), { ...item(5, null, 7), numFmt: '0.00' }],
    );
    const back = decodeFillRecord(encodeFillRecord(rec));
    expect(back).toEqual(rec);
  });

  it('keeps the state before the first fill as the undo target when a sheet is filled again', () => {
    const first = recordFill(EMPTY_FILL_RECORD, 'S', [item(3, '=E3-G3', 2)], [item(3, null, 9)]);
    const second = recordFill(first, 'S', [item(3, '=E3-G3', 1), item(4, '=E4-G4', 3)], [item(3, '=E3-G3', 2), item(4, null, null)]);
    expect(second.sheets[0].before).toEqual([item(3, null, 9), item(4, null, null)]);
    expect(writtenCells(second, 'S').get('H4')?.value).toBe(3);
  });

  it('forgets a sheet once it is restored', () => {
    const rec = recordFill(EMPTY_FILL_RECORD, 'S', [item(3, null, 1)], [item(3, null, null)]);
    expect(forgetSheet(rec, 'S').sheets).toEqual([]);
  });

  it('tells a part of another namespace from a damaged record of its own', () => {
    expect(decodeFillRecord('<root xmlns="urn:other"/>')).toBeNull();
    expect(decodeFillRecord('<kaohe xmlns="urn:kaohe:fill-record:1"><sheet name="S"><w r="??" t="n" v="1"/></sheet></kaohe>')).toBe('damaged');
    expect(decodeFillRecord('<kaohe xmlns="urn:kaohe:fill-record:1"><sheet')).toBe('damaged');
  });
});

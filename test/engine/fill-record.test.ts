import fc from 'fast-check';
import {
  canonicalFormula, decodeFillRecord, encodeFillRecord, EMPTY_FILL_RECORD, forgetSheet, formulaHashOf, holdsRecorded, recordFill, writtenCells, type RecordedCell,
} from '../../src/engine/fill-record';

const item = (row: number, formula: string | null, value: RecordedCell['value']): RecordedCell => ({ row, col: 8, formula, value });

describe('the workbook remembers which cells the tool wrote', () => {
  it('keeps what was written and what was there before through its XML, a written formula by its hash', () => {
    const rec = recordFill(
      EMPTY_FILL_RECORD,
      '甲镇 "一"<>&',
      [item(3, '=IF(TRIM(G3)="不得分",0,E3-G3)', 1.5), item(4, null, '一票否决'), item(5, null, true)],
      [item(3, null, null), item(4, null, '=不是公式\n第二行'), { ...item(5, null, 7), numFmt: '0.00' }],
    );
    const back = decodeFillRecord(encodeFillRecord(rec));
    const [formula, ...plain] = rec.sheets[0].written;
    expect(back).toEqual({
      sheets: [{
        ...rec.sheets[0],
        written: [{ row: 3, col: 8, formula: null, value: null, formulaHash: formulaHashOf(formula.formula as string) }, ...plain],
      }],
    });
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

describe('the record keeps a written formula as a hash, so a big sheet still fits one request', () => {
  const long = `=IFERROR(MAX(0,MIN(E3,E3-${'SUM(G3)+'.repeat(150)}0)),0)`;

  it('recognises the formula it wrote, whatever spacing or letter case Excel hands back', () => {
    const back = decodeFillRecord(encodeFillRecord(recordFill(EMPTY_FILL_RECORD, 'S', [item(3, long, 8)], [item(3, null, null)])));
    const rec = (back as Exclude<typeof back, null | 'damaged'>).sheets[0].written[0];
    expect(holdsRecorded(long.toLowerCase().replace(/,/g, ', '), 7, rec)).toBe(true);
    expect(holdsRecorded(long.replace('E3-', 'E3-1-'), 8, rec)).toBe(false);
    expect(holdsRecorded(null, 8, rec)).toBe(false);
  });

  it('does not mistake text inside quotes that differs only in case for the same formula', () => {
    const rec = item(3, '=IF(A1="a","优秀","合格")', '优秀');
    expect(holdsRecorded('=if(a1="A","优秀","合格")', '优秀', rec)).toBe(false);
    expect(holdsRecorded('=if( a1 = "a" , "优秀" , "合格" )', '合格', rec)).toBe(true);
  });

  it('stays far smaller than the formulas it stands for', () => {
    const cells = Array.from({ length: 2000 }, (_, i) => item(i + 3, long.replace(/3/g, String(i + 3)), 5));
    const xml = encodeFillRecord(recordFill(EMPTY_FILL_RECORD, 'S', cells, []));
    expect(xml.length).toBeLessThan(cells.reduce((n, c) => n + (c.formula as string).length, 0) / 20);
  });

  it('keeps what a cell held before whole, since undo writes it back', () => {
    const before = item(3, '=SUM(A1:A9)', 45);
    const back = decodeFillRecord(encodeFillRecord(recordFill(EMPTY_FILL_RECORD, 'S', [item(3, long, 1)], [before])));
    expect((back as Exclude<typeof back, null | 'damaged'>).sheets[0].before).toEqual([before]);
  });
});

describe('a formula hash is the hash of its canonical text', () => {
  it('agrees with hashing canonicalFormula, for any formula with quotes, spaces, letters of any case and CJK text', () => {
    const piece = fc.constantFrom('=', '"', ' ', '\t', '\n', '\u3000', '\u00a0', 'a', 'Z', 'ß', '甲镇', "'", '(', ',', '1', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const f = parts.join('');
        // canonicalFormula drops the leading '=', so it goes back on before hashing again.
        expect(formulaHashOf(f)).toBe(formulaHashOf(`=${canonicalFormula(f)}`));
      }),
    );
  });
});

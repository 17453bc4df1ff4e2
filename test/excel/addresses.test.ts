import { parseAreasAddress, parseRangeAddress, rangeAddress } from '../../src/excel/addresses';
import { snapshotFromRange } from '../../src/excel/read-snapshot';

describe('Office.js 地址', () => {
  test('带工作表名的区域地址读成从1起的行列', () => {
    expect(parseRangeAddress('区委政法委!B2:H30')).toEqual({ top: 2, left: 2, bottom: 30, right: 8 });
    expect(parseRangeAddress("'考核 表 (2)'!A1")).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    expect(parseRangeAddress('$A$3:$A$7')).toEqual({ top: 3, left: 1, bottom: 7, right: 1 });
  });

  test('选中整行或整列时也能读出起始行', () => {
    expect(parseRangeAddress('区委政法委!$2:$12')).toMatchObject({ top: 2, bottom: 12, left: 1 });
    expect(parseRangeAddress('区委政法委!A:H')).toMatchObject({ top: 1, left: 1, right: 8 });
    expect(parseRangeAddress('区委政法委!#REF')).toBeNull();
  });

  test('合并区域列表按逗号分开，引号中的工作表名里的逗号不分', () => {
    expect(parseAreasAddress("'a,b'!A1:H1, 'a,b'!A3:A7")).toEqual([
      { top: 1, left: 1, bottom: 1, right: 8 },
      { top: 3, left: 1, bottom: 7, right: 1 },
    ]);
    expect(parseAreasAddress('')).toEqual([]);
  });

  test('单个单元格不写成区域', () => {
    expect(rangeAddress(14, 8, 14, 8)).toBe('H14');
    expect(rangeAddress(3, 8, 12, 8)).toBe('H3:H12');
  });
});

describe('由已用区域建快照', () => {
  test('已用区域不从 A1 开始时补齐，使行列号与工作表一致', () => {
    const s = snapshotFromRange('考核表', '考核表!B2:C3', [['序号', '得分'], [1, '']], [['序号', '得分'], [1, '']], []);
    expect(s.values).toEqual([
      [null, null, null],
      [null, '序号', '得分'],
      [null, 1, null],
    ]);
    expect(s.formulas[2]).toEqual([null, null, null]);
  });

  test('以“=”开头的文字单元格不当作公式；真正的公式带“=”读出', () => {
    const s = snapshotFromRange('s', 's!A1:B1', [['=不得分', 2]], [['=不得分', '=SUM(E3:E4)']], []);
    expect(s.formulas[0]).toEqual([null, '=SUM(E3:E4)']);
    expect(s.values[0]).toEqual(['=不得分', 2]);
  });
});

import { flagAt, formulaAt, valueAt } from '../../src/engine/snapshot';
import { openXlsx } from '../../src/xlsx';
import { isDateFormat } from '../../src/engine/date-format';
import { opened, snapshotOf } from '../helpers/xlsx';
import { buildPackage } from './package-builder';

const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.0&quot;分&quot;"/></numFmts>' +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="21" applyNumberFormat="1"/></cellXfs>';

describe('读取各种写法的工作表', () => {
  test('共享字符串（含富文本和注音）、内联字符串、数字、布尔值', () => {
    const pkg = opened(
      buildPackage({
        sharedStrings: '<si><t>项目</t></si><si><r><rPr><b/></rPr><t>司法所建设</t></r><r><t xml:space="preserve">(15分) </t></r><rPh sb="0" eb="1"><t>しほう</t></rPh></si><si><t>_x000D_换行</t></si>',
        sheets: [{ name: '司法所', data: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>不得分</t></is></c><c r="B3"><v>2.5</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="b"><v>0</v></c><c r="E3" t="s"><v>0</v></c></row>' }],
      }),
    );
    const s = snapshotOf(pkg, '司法所');
    expect(s.values[0]).toEqual(['项目', '司法所建设(15分) ', '\r换行']);
    expect(s.values[1]).toEqual([]);
    expect(s.values[2]).toEqual(['不得分', 2.5, true, false, '项目']);
    expect(s.flags).toBeUndefined();
  });

  test('没有 sharedStrings 部件、元素带 x: 前缀、工作表关系用绝对路径', () => {
    const pkg = opened(
      buildPackage({
        prefix: 'x:',
        sheets: [
          { name: '封面', data: '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>封面</x:t></x:is></x:c></x:row>' },
          { name: '考核', data: '<x:row r="2"><x:c r="B2"><x:v>7</x:v></x:c><x:c r="C2"><x:f>B2*2</x:f><x:v>14</x:v></x:c></x:row>' },
        ],
      }),
    );
    expect(pkg.sheetNames()).toEqual(['封面', '考核']);
    const s = snapshotOf(pkg, '考核');
    expect(valueAt(s, 2, 2)).toBe(7);
    expect([formulaAt(s, 2, 3), valueAt(s, 2, 3)]).toEqual(['=B2*2', 14]);
  });

  test('隐藏和深度隐藏的工作表也列出，并标明状态', () => {
    const pkg = opened(buildPackage({ sheets: [{ name: 'A' }, { name: 'B', state: 'hidden' }, { name: 'C', state: 'veryHidden' }] }));
    expect(pkg.sheets().map((s) => [s.name, s.state])).toEqual([['A', 'visible'], ['B', 'hidden'], ['C', 'veryHidden']]);
  });

  test('共享公式展开成每格自己的公式，向下和向右都按相对引用移动', () => {
    const pkg = opened(
      buildPackage({
        sheets: [{
          name: 'S',
          data: '<row r="3"><c r="E3"><v>2</v></c><c r="H3"><f t="shared" ref="H3:I5" si="0">E3-$G$1+F3</f><v>1</v></c><c r="I3"><f t="shared" si="0"/><v>1</v></c></row>' +
            '<row r="4"><c r="H4"><f t="shared" si="0"/><v>1</v></c></row><row r="5"><c r="I5"><f t="shared" si="0"/><v>1</v></c></row>',
        }],
      }),
    );
    const s = snapshotOf(pkg, 'S');
    expect(formulaAt(s, 3, 8)).toBe('=E3-$G$1+F3');
    expect(formulaAt(s, 3, 9)).toBe('=F3-$G$1+G3');
    expect(formulaAt(s, 4, 8)).toBe('=E4-$G$1+F4');
    expect(formulaAt(s, 5, 9)).toBe('=F5-$G$1+G5');
  });

  test('错误值、日期和时间、未计算的公式分别标出；普通数字格式的数字不是日期', () => {
    const pkg = opened(
      buildPackage({
        styles: STYLES,
        sheets: [{
          name: 'S',
          data: '<row r="1"><c r="A1" t="e"><v>#DIV/0!</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C1" s="1"><v>45291</v></c><c r="D1" s="2"><v>45291</v></c><c r="E1" s="4"><v>0.5</v></c><c r="F1" s="3"><v>1.5</v></c>' +
            '<c r="G1"><f>1+1</f></c><c r="H1"><f>1+1</f><v></v></c><c r="I1" t="str"><f>""</f><v></v></c><c r="J1" t="d"><v>2023-12-31T00:00:00</v></c></row>',
        }],
      }),
    );
    const s = snapshotOf(pkg, 'S');
    expect([valueAt(s, 1, 1), flagAt(s, 1, 1)]).toEqual(['#DIV/0!', 'error']);
    expect([valueAt(s, 1, 2), flagAt(s, 1, 2), formulaAt(s, 1, 2)]).toEqual(['#DIV/0!', 'error', '=1/0']);
    expect([valueAt(s, 1, 3), flagAt(s, 1, 3)]).toEqual([45291, 'date']);
    expect([valueAt(s, 1, 4), flagAt(s, 1, 4)]).toEqual([45291, 'date']);
    expect([valueAt(s, 1, 5), flagAt(s, 1, 5)]).toEqual([0.5, 'date']);
    expect([valueAt(s, 1, 6), flagAt(s, 1, 6)]).toEqual([1.5, null]);
    expect([valueAt(s, 1, 7), flagAt(s, 1, 7), formulaAt(s, 1, 7)]).toEqual([null, 'uncomputed', '=1+1']);
    expect([valueAt(s, 1, 8), flagAt(s, 1, 8)]).toEqual([null, 'uncomputed']);
    expect([valueAt(s, 1, 9), flagAt(s, 1, 9), formulaAt(s, 1, 9)]).toEqual([null, null, '=""']);
    expect([valueAt(s, 1, 10), flagAt(s, 1, 10)]).toEqual([45291, 'date']);
  });

  test('1904 日期系统的工作簿照常读取，并说明其日期系统', () => {
    const pkg = opened(buildPackage({ workbookPr: '<workbookPr date1904="1"/>', sheets: [{ name: 'S', data: '<row r="1"><c r="A1"><v>3</v></c></row>' }] }));
    expect(pkg.date1904).toBe(true);
    expect(valueAt(snapshotOf(pkg, 'S'), 1, 1)).toBe(3);
  });

  test('合并区域按1起的行列读出', () => {
    const xml = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/><mergeCells count="2"><mergeCell ref="A1:H1"/><mergeCell ref="G2:G4"/></mergeCells></worksheet>';
    const s = snapshotOf(opened(buildPackage({ sheets: [{ name: 'S', xml }] })), 'S');
    expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 8 }, { top: 2, left: 7, bottom: 4, right: 7 }]);
  });

  test('工作表 XML 损坏：读取该表得到错误值，而不是抛出', () => {
    const r = openXlsx(buildPackage({ sheets: [{ name: 'S', xml: '<worksheet><sheetData><row r="1"><c r="A1"><v>1</c></row>' }] }), '坏.xlsx');
    if (!r.ok) throw new Error(r.error.message);
    const s = r.value.snapshot('S');
    expect(s.ok || s.error.code).toBe('WORKBOOK_DAMAGED');
  });

  test.each([
    ['yyyy-mm-dd', true], ['h:mm:ss', true], ['[h]:mm', true], ['m/d', true], ['[$-804]yyyy"年"m"月"', true],
    ['上午/下午h"时"mm"分"', true], ['h:mm AM/PM', true],
    ['0.00', false], ['0.0"分"', false], ['#,##0', false], ['"第"0"名"', false], ['[Red]0.00', false], ['@', false],
    ['General', false], ['0.00E+00', false], ['\\d0', false],
  ])('数字格式“%s”是否为日期：%s', (code, isDate) => {
    expect(isDateFormat(code)).toBe(isDate);
  });
});

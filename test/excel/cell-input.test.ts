import { cellInput, textInput } from '../../src/excel/cell-input';

describe('写入单元格的内容', () => {
  test('公式原样写入', () => {
    expect(cellInput({ formula: '=MAX(0,E3-MIN(E3,G3))', value: 1 })).toBe('=MAX(0,E3-MIN(E3,G3))');
  });

  test('数字、逻辑值原样写入，null 写成空字符串以清空单元格', () => {
    expect(cellInput({ formula: null, value: 8.5 })).toBe(8.5);
    expect(cellInput({ formula: null, value: true })).toBe(true);
    expect(cellInput({ formula: null, value: null })).toBe('');
  });

  test.each(['=1+1', '+5', '-2', '@SUM(A1)', '=不得分', '12', '1,234', '85%', '2024-1-5', '3/4', '8:30', 'TRUE', "'引号"])(
    '会被 Excel 改读的文字“%s”前加撇号，按文字写入',
    (text) => {
      expect(textInput(text)).toBe(`'${text}`);
    },
  );

  test.each(['优秀', '不合格', '一票否决', '扣2分', '2分', '不得分'])('普通文字“%s”原样写入', (text) => {
    expect(textInput(text)).toBe(text);
  });
});

import { typedInput } from './fake-office';
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

  test.each(['优秀', '不合格', '一票否决', '不得分', '全扣'])('不含数字、Excel 不会改读的文字“%s”原样写入', (text) => {
    expect(textInput(text)).toBe(text);
  });
});

describe('Excel 会改读的文字，写回后仍是原来的文字（撤销时不变成数字、错误值或公式）', () => {
  const converted = ['#N/A', '(5)', '1E5', '￥5', '1 1/2', '=SUM(A1)', '001', '2024-1-5', 'TRUE', '-3', '12%', '扣2分'];

  test.each(converted)('“%s”直接键入会被假 Excel 改读（它模拟 Excel 的改读）', (text) => {
    const typed = typedInput(text);
    if (text !== '扣2分') expect(typed.value === text && typed.formula === null && !typed.error).toBe(false);
  });

  test.each(converted)('“%s”经加撇号写入后，单元格的值就是这段文字', (text) => {
    expect(typedInput(textInput(text))).toEqual({ value: text, formula: null });
  });
});

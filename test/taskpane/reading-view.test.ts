import { fillSheet, type FillOptions } from '../../src/engine/fill';
import { choiceAfterPick, pickedChoice, renderReadingPreview } from '../../src/taskpane/reading-view';
import { sheet } from '../engine/sheets';

function readingOf(rows: (string | number | null)[][], columns?: FillOptions['columns']) {
  const r = fillSheet(sheet('考核表', rows), columns ? { columns } : {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value.reading;
}

describe('识别结果预览', () => {
  const reading = readingOf([
    ['序号', '考核内容', '分值', '评分标准', '初评得分', '复核得分'],
    [1, '建立信访工作责任制', 10, '未建立责任制的扣5分', 8, 7],
    [2, '按时办结信访事项', 5, '每超期一件扣1分', 5, 4],
  ]);
  const html = renderReadingPreview(reading);

  test('每列一个用途选择框，当前用途已选中，依据写在旁边', () => {
    expect(html).toContain('<select class="kh-role" data-sheet="考核表" data-col="E" aria-label="E列的用途">');
    expect(html).toMatch(/data-col="E"[^>]*>.*<option value="score" selected>得分<\/option>/);
    expect(html).toContain('<td>表头“初评得分”</td>');
  });

  test('两列都可能是得分列时指明两列，请用户选择', () => {
    expect(html).toContain('E列、F列都可能是“得分”列，暂按E列计分：请在上表中选择');
  });

  test('逐项列出行、内容、分值来源、读法、填写和得分', () => {
    expect(html).toContain('<tr><td class="kh-num">3</td><td>按时办结信访事项</td><td class="kh-num">5（分值列）</td><td>已填得分，按填写计</td><td>5</td><td class="kh-num">5</td></tr>');
  });

  test('选择框的改动读作列的指定：不使用为 null', () => {
    expect(pickedChoice({ value: 'score', dataset: { sheet: '考核表', col: 'F' } })).toEqual({ sheet: '考核表', col: 6, role: 'score' });
    expect(pickedChoice({ value: '', dataset: { sheet: '考核表', col: 'AA' } })).toEqual({ sheet: '考核表', col: 27, role: null });
    expect(pickedChoice({ value: 'nonsense', dataset: { sheet: '考核表', col: 'F' } })).toBeNull();
  });
});

test('新的选择保留此前已保存的指定：先前选F列为得分，再选E列不使用，两项都在', () => {
  const rows = [
    ['序号', '考核内容', '分值', '评分标准', '初评得分', '复核得分'],
    [1, '建立信访工作责任制', 10, '未建立责任制的扣5分', 8, 7],
  ];
  const kept = readingOf(rows, [{ col: 6, role: 'score' }]);
  expect(choiceAfterPick(kept, undefined, { col: 5, role: null })).toEqual([{ col: 6, role: 'score' }, { col: 5, role: null }]);
  expect(choiceAfterPick(kept, [{ col: 6, role: 'score' }, { col: 5, role: null }], { col: 6, role: 'base' })).toEqual([
    { col: 5, role: null }, { col: 6, role: 'base' },
  ]);
});

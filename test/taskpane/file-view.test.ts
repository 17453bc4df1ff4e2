import fs from 'node:fs';
import path from 'node:path';
import { scoreFile } from '../../src/taskpane/file-score';
import { renderFileResult } from '../../src/taskpane/file-view';

const EXAMPLE = path.join(__dirname, '../../examples/lianDaiBaoChuang.xlsx');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('文件模式的结果视图', () => {
  const name = '<img src=x onerror=alert(1)>.xlsx';
  const r = scoreFile(new Uint8Array(fs.readFileSync(EXAMPLE)), name, { mode: 'formulas', overwrite: false });
  if (!r.ok) throw new Error(r.error.message);
  const html = renderFileResult(name, r.value);

  test('每张表：表名、填写结果、类型、总分/满分、等次、提示，与加载项填写后的视图相同', () => {
    expect(text(html)).toContain('工作表“区县政法委” ! 评分完成，有1条提示：结果已算出，请逐条核对下列提示 已填写11个单元格：总分85.5分，等次“二类”；有1条提示请核对 按扣分计算 总分 85.5 / 100分 等次 二类 提示（1条） 第14行：加分8超过上限5，按5分计');
  });

  test('提示是文字而不是按钮（没有 Excel 可以定位）；文件名转义', () => {
    expect(html).not.toContain('<button');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;.scored.xlsx');
  });
});

import { fillSheet } from '../../src/engine/fill';
import { SUPPORTED_EXCEL } from '../../src/engine/supported-excel';
import type { SheetReport } from '../../src/engine/sheet-report';
import { renderFileModeNotice } from '../../src/taskpane/file-view';
import { renderError, renderFillResult, renderRecognition, renderWarnings } from '../../src/taskpane/view';
import { escapeHtml } from '../../src/taskpane/html';
import { rangHuLu, sheet } from '../engine/sheets';
import { twoColumnCategories } from '../helpers/category-sheets';

function reportOf(deductions = {}): SheetReport {
  const r = fillSheet(rangHuLu(deductions));
  if (!r.ok) throw new Error(r.error.message);
  return r.value.report;
}

/** The visible text of a fragment, tags removed, for sentences a person reads. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('任务窗格：识别结果', () => {
  const html = renderRecognition(reportOf());

  test('概要说明工作表、表头行、项目数和满分', () => {
    expect(text(html)).toContain('工作表“区委政法委”：表头在第2行，共9个考核项目，满分35分');
  });

  test('列出识别出的列：角色 → 列字母', () => {
    expect(text(html)).toContain('基础分 E列');
    expect(text(html)).toContain('扣分 G列');
    expect(text(html)).toContain('得分 H列');
    expect(text(html)).not.toContain('自评分');
  });

  test('列出分项及其上限和项目数', () => {
    expect(text(html)).toContain('分项（2个）');
    expect(text(html)).toMatch(/执法规\s*范化建\s*设和专\s*项执法\s*检查工\s*作项目\s*10分 10分 5项/);
    expect(text(html)).toContain('“四无”基层政法单位创建活动工作项目25分 25分 4项');
  });

  test('每个项目的评分标准解读成简短中文', () => {
    expect(text(html)).toContain('考核项目（9项）');
    expect(text(html)).toContain('12 5 每篇扣2分');
    expect(text(html)).toContain('7 2 不得分；扣1分；扣1分');
  });

  test('识别时发现的问题也列为可点击的提示', () => {
    expect(html).toContain('data-row="6"');
    expect(text(html)).toContain('第6行：扣分3超过基础分2，按2分扣');
  });
});

describe('任务窗格：填写结果', () => {
  test('显示总分、满分、等次和完成提示', () => {
    const html = renderFillResult(reportOf(), '已填写11个单元格：总分24.2分，等次“不合格”；有1条提示请核对');
    expect(text(html)).toContain('总分 24.2 / 35分');
    expect(text(html)).toContain('等次 不合格');
    expect(text(html)).toContain('已填写11个单元格');
    expect(text(html)).not.toContain('评分未完成');
  });

  test('扣分无法读取时说明评分未完成，提示可点击定位到该行', () => {
    const report = reportOf({ 10: '严重' });
    const html = renderFillResult(report, '已填写');
    expect(report.complete).toBe(false);
    expect(text(html)).toContain('评分未完成');
    expect(html).toMatch(/<button type="button" class="kh-link" data-sheet="区委政法委" data-row="10" data-col="G"[^>]*>第10行：扣分“严重”无法读取为数字/);
  });
});

describe('任务窗格：提示列表', () => {
  test('没有提示时明说没有', () => {
    expect(text(renderWarnings([], 's'))).toContain('没有需要核对的提示');
  });

  test('没有行号的提示只显示文字，不可点击', () => {
    const html = renderWarnings([{ code: 'FULL_MARKS_MISMATCH', message: '说明中总分为100分，但按各分项分值计满分为35分' }], 's');
    expect(html).not.toContain('<button');
    expect(text(html)).toContain('说明中总分为100分');
  });

  test('工作表名和提示里的尖括号、引号被转义', () => {
    const html = renderWarnings([{ row: 3, code: 'X', message: '<img src=x onerror=alert(1)>' }], `"><script>`);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('data-sheet="&quot;&gt;&lt;script&gt;"');
  });
});

describe('任务窗格：错误与环境', () => {
  test('找不到表头时提示改用“选择表格区域”', () => {
    const html = renderError({ code: 'NO_HEADER', message: '未找到评分表的表头行' });
    expect(text(html)).toContain('未找到评分表的表头行');
    expect(text(html)).toContain('选择表格区域');
  });

  test('缺少“扣分”列（司法所细则）时，错误下方有“插入扣分列”按钮，说明插在“得分”E列之前', () => {
    const r = fillSheet(sheet('司法所', [
      ['考核项目', '考核内容', '目标分值', '考核方式', '得分'],
      ['司法所建设(15分)', '3.坚持正确的政治方向和舆论导向，无负面舆情，发现一例负面舆情不得分。(1分)', 1, '查看资料、平时掌握', null],
    ]));
    if (r.ok) throw new Error('司法所细则没有扣分列，不应能计分');
    const html = renderError(r.error);
    expect(text(html)).toContain('评分表缺少“扣分”列');
    const buttons = [...html.matchAll(/<button([^>]*)>([^<]*)<\/button>/g)];
    expect(buttons.map((b) => b[2])).toEqual(['插入扣分列']);
    expect(buttons[0][1]).toContain('type="button"');
    expect(buttons[0][1]).toContain('data-action="insert-deduction"');
    expect(buttons[0][1]).toContain('在“得分”列（E列）前插入一列“扣分”');
  });

  test('连“得分”列也没有时，不提供插入按钮（无处可插）', () => {
    const r = fillSheet(sheet('司法所', [
      ['考核项目', '考核内容', '目标分值', '考核方式'],
      ['司法所建设(15分)', '发现一例负面舆情不得分。(1分)', 1, '查看资料、平时掌握'],
    ]));
    expect(!r.ok && r.error.code).toBe('MISSING_SCORE');
    if (!r.ok) expect(renderError(r.error)).not.toContain('<button');
  });

  test('其他错误只显示原因；没有错误时为空', () => {
    expect(renderError({ code: 'EXCEL_CELL_EDITING', message: '单元格正处于编辑状态' })).toBe('单元格正处于编辑状态');
    expect(renderError(null)).toBe('');
  });

  test('不在 Excel 中打开时说明可以直接打开工作簿，加载项需要哪些 Excel', () => {
    expect(renderFileModeNotice()).toContain('未在 Excel 中打开：可以在这里直接打开 .xlsx 工作簿');
    expect(renderFileModeNotice()).toContain(SUPPORTED_EXCEL);
    expect(renderFileModeNotice()).toContain('Mac 16.40');
  });

  test('转义 & < > " \'', () => {
    expect(escapeHtml(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&#39;');
  });
});

describe('任务窗格：说明按哪种方式计分', () => {
  const direct = (() => {
    const r = fillSheet(sheet('安全检查', [
      ['序号', '考核内容', '满分', '考核标准', '扣分理由', '核定得分'],
      [1, '安全责任制', 10, '未建立扣10分', '责任书缺2份', 8],
      [2, '安全培训', 20, '未培训扣5分', '', 20],
    ]));
    if (!r.ok) throw new Error(r.error.message);
    return r.value.report;
  })();

  test('得分已直接填写的表：识别结果和填写结果都写明“汇总已填得分”', () => {
    expect(direct.kind).toBe('direct');
    expect(text(renderRecognition(direct))).toContain('满分30分 汇总已填得分');
    expect(text(renderFillResult(direct, '已填写1个单元格'))).toContain('汇总已填得分');
  });

  test('填写扣分的表写明“按扣分计算”', () => {
    expect(text(renderFillResult(reportOf(), '已填写'))).toContain('按扣分计算');
    expect(text(renderFillResult(reportOf(), '已填写'))).not.toContain('汇总已填得分');
  });
});

describe('任务窗格：一级指标', () => {
  test('项目 | 子项目 表：列出一级指标列，一级指标一行（上限、分项数），其分项列在其下', () => {
    const f = twoColumnCategories();
    const r = fillSheet(sheet(f.name, f.cells as never, f.merges));
    if (!r.ok) throw new Error(r.error.message);
    const html = text(renderRecognition(r.value.report));
    expect(html).toContain('一级指标 A列');
    expect(html).toContain('平安建设（40分） 40分 2个分项 矛盾纠纷排查化解（15分） 15分 2项 治安防控（30分） 30分 3项 基础工作（10分） 10分 1个分项 台账资料 10分 2项');
  });
});

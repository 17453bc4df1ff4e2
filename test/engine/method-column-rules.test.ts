import { sheet, fillOf } from './sheets';

/*
 * 集团公司行政管理考核标准 (365docx.com/view/b268f2af6b.html): 序号 | 考核项目 | 考核内容 | 标准分 | 评分方法 | 实际得分.
 * Its scoring words stand under 评分方法, a method header, and the sheet has no 评分标准 column. Given a 扣分 column,
 * the rule must still come from there: 「每缺一项扣2分，最多扣3分」 with 5 entered deducts 3, not 5.
 */
const HEADER = ['序号', '考核项目', '考核内容', '标准分', '评分方法', '扣分', '实际得分'];

describe('没有评分标准列时，从“评分方法”列读评分规则', () => {
  test('最多扣3分的一项填了5分，只扣3分：总分8分而不是6分', () => {
    const s = sheet('行政管理', [
      HEADER,
      [1, '档案管理', '档案管理实行分类', 6, '每缺一项扣2分，最多扣3分', 5, null],
      [2, '', '建立档案管理目录和索引目录', 10, '缺少一项扣5分', 5, null],
      ['合计', '', '', 16, '', null, null],
    ], ['B2:B3']);
    const { report } = fillOf(s);
    expect(report.items.map((i) => [i.deduction, i.score])).toEqual([[3, 3], [5, 5]]);
    expect(report.total).toBe(8);
    expect(report.items[0].rule.cap).toBe(3);
  });

  test('“考核方式”写的是查阅资料这类方法时，规则仍从考核内容读', () => {
    const s = sheet('表', [
      ['序号', '考核内容', '分值', '考核方式', '扣分', '得分'],
      [1, '未建立台账的扣2分', 4, '查阅资料', '', null],
      [2, '每缺一次记录扣1分', 4, '实地查看', 2, null],
      ['合计', '', 8, '', '', null],
    ]);
    const { report } = fillOf(s);
    expect(report.items.map((i) => i.rule.clauses.length > 0)).toEqual([true, true]);
    expect(report.total).toBe(6);
  });
});

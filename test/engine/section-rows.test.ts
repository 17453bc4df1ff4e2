import { fillSheet } from '../../src/engine/fill';
import { fillOf, sheet } from './sheets';

function report(rows: Parameters<typeof sheet>[1], merges: string[] = []) {
  return fillOf(sheet('评分表', rows, merges)).report;
}

describe('分项的几种写法', () => {
  it('项目名称没有合并、每行都写一遍时，仍是同一个分项', () => {
    const r = report([
      ['考核项目', '考核内容', '目标分值', '扣分', '得分'],
      ['司法所建设(15分)', '深入开展习近平法治思想学习', 2, 0.5, null],
      ['司法所建设(15分)', '深化作风建设、纪律建设', 2, null, null],
      ['司法所建设(15分)', '重视宣传信息工作（5分，少一篇扣1分）', 5, 2, null],
      ['人民调解(15)', '组织机构健全', 5.5, 1, null],
      ['人民调解(15)', '人员配备到位', 2, null, null],
    ]);
    expect(r.sections.map((s) => [s.name, s.row, s.cap, s.base, s.score])).toEqual([
      ['司法所建设(15分)', 2, 15, 9, 6.5],
      ['人民调解(15)', 5, 15, 7.5, 6.5],
    ]);
    expect(r.warnings.filter((w) => w.code === 'CAP_MISMATCH').map((w) => w.row)).toEqual([2, 5]);
  });

  it('没有“项目”列、序号写“一、二”的行是分项，其分值是该分项的满分', () => {
    const r = report([
      ['序号', '考核内容', '评分标准', '分值', '扣分', '得分'],
      ['一', '组织领导', null, 10, null, null],
      [1, '成立领导小组', '未成立的不得分', 4, '不得分', null],
      [2, '年初有计划，年末有总结', '每缺一项扣1分', 6, 1, null],
      ['二', '矛盾纠纷排查', '每月排查一次，缺一次扣1分', 5, 2, null],
      ['三', '综治中心建设（8分）', null, 8, null, null],
      [1, '有办公场所', '无场所扣2分', 8, 2, null],
    ]);
    expect(r.sections.map((s) => [s.name, s.row, s.cap, s.score])).toEqual([
      ['组织领导', 2, 10, 5],
      ['矛盾纠纷排查', 5, 5, 3],
      ['综治中心建设（8分）', 6, 8, 6],
    ]);
    // 二 has no items below it: its own row is scored as an item of 5 with its own 扣分.
    expect(r.items.map((i) => [i.row, i.score])).toEqual([[3, 0], [4, 5], [5, 3], [7, 6]]);
    expect(r.total).toBe(14);
  });
});

describe('分项行的得分格', () => {
  it('序号为“一”的分项行写入该分项的得分公式（封顶后），总分公式不重复计入', () => {
    const r = fillSheet(sheet('评分表', [
      ['序号', '考核内容', '分值', '扣分', '得分'],
      ['一', '组织领导', 10, null, null],
      [1, '成立领导小组', 4, 1, null],
      [2, '年初有计划', 6, null, null],
      ['合计', null, null, null, null],
    ]));
    if (!r.ok) throw new Error(r.error.message);
    const at = (row: number) => r.value.plan.cells.find((c) => c.row === row && c.col === 5);
    expect([at(2)?.formula, at(2)?.value]).toEqual(['=MIN(10,SUM(E3:E4))', 9]);
    expect([at(5)?.formula, at(5)?.value]).toEqual(['=IF(COUNTIF(E3:E4,"请填数字"),"请填数字",ROUND(MAX(0,E2),2))', 9]);
  });
});

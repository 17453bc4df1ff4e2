import fc from 'fast-check';
import type { CellValue } from '../../src/engine/snapshot';
import { trailingPoints } from '../../src/engine/reading/text-points';
import { fillOf, sheet } from './sheets';

const codes = (r: { warnings: { code: string }[] }) => r.warnings.map((w) => w.code);

/**
 * 滁州市2008年度劳动保障信访工作考核自评表（二） (huhawan.com/minzhushenghuohui/387230.html): 项目 | 分值 | 考核内容 |
 * 扣分标准 | 实得分 | 备注. Each 考核内容 ends with its points, 「…(10 分)」; the 分值 cell, 「30 分」, is the section's,
 * merged down beside its three items.
 */
function chuzhou(scores: CellValue[] = [10, 0, 10, 4, 2, 4, 3, 3], merged = true): CellValue[][] {
  const it = (k: number, name: CellValue, base: CellValue, text: string, criteria: string) =>
    [name, base, text, criteria, scores[k], null];
  return [
    ['滁州市2008年度劳动保障信访工作考核自评表（二）'],
    ['项目', '分值', '考核内容', '扣分标准', '实得分', '备注'],
    it(0, '信访事项处理', '30 分', '1、市局、省厅转办、交办的信访案件按期结案率达95%以上的,年终结案率达100%(10 分)', '不达标的扣 10 分'),
    it(1, null, null, '2、市局、省厅转办、交办的初信办结率达90%以上的,重信按期办结率95%以上,年终结案率100%(10分)', '不达标的扣 10 分'),
    it(2, null, null, '3、非正常上访和信访老户年终结案率100%,息访率80%以上(10 分)', '不达标的扣 10 分'),
    it(3, '信访基础建设', '20 分', '1、挂有信访工作机构牌子,有2名以上专兼职接待人员(4 分)', '缺一项扣 2 分'),
    it(4, null, null, '2、接待场所面积达标,配有设备,环境整洁(4 分)', '缺一项扣 2 分'),
    it(5, null, null, '3、制度健全,台帐完整(4 分)', '缺一项扣 2 分'),
    it(6, null, null, '4、报表、信息、材料报送及时(5 分)', '延误一次扣 2 分'),
    it(7, null, null, '5、信访工作经费列入部门预算(3 分)', '未列入不得分'),
    ['合计', '50 分', null, null, null, null],
  ].map((r) => (merged ? r : r));
}
const CHUZHOU_MERGES = ['A1:F1', 'A3:A5', 'B3:B5', 'A6:A10', 'B6:B10'];

describe('分值写在考核内容末尾（“…(10 分)”），分值列是合并的分项分值', () => {
  it('滁州市劳动保障信访工作考核自评表：每行是一个项目、分值取自文字；合并的“30 分”“20 分”是分项满分', () => {
    const { report } = fillOf(sheet('自评表', chuzhou(), CHUZHOU_MERGES));
    expect(report.items.map((i) => [i.row, i.base, i.score])).toEqual([
      [3, 10, 10], [4, 10, 0], [5, 10, 10], [6, 4, 4], [7, 4, 2], [8, 4, 4], [9, 5, 3], [10, 3, 3],
    ]);
    expect(report.sections.map((s) => [s.name, s.cap, s.score])).toEqual([['信访事项处理', 30, 20], ['信访基础建设', 20, 16]]);
    expect([report.total, report.fullMarks, report.complete, codes(report)]).toEqual([36, 50, true, []]);
  });

  it('分值列没有合并、只在每组第一行写一次：读法相同', () => {
    const rows = chuzhou();
    const { report } = fillOf(sheet('自评表', rows, ['A1:F1']));
    expect(report.items).toHaveLength(8);
    expect([report.total, report.fullMarks]).toEqual([36, 50]);
  });

  it('文字里的分值加起来与分项分值不符：提示，写明两个数', () => {
    const rows = chuzhou();
    rows[4][2] = '2、市局、省厅转办、交办的初信办结率达90%以上的(5分)';
    const { report } = fillOf(sheet('自评表', rows, CHUZHOU_MERGES));
    const w = report.warnings.find((x) => x.code === 'CAP_MISMATCH')!;
    expect(w.message).toContain('30');
    expect(w.message).toContain('25');
  });

  it('进贤县乡镇卫生院院长绩效考核细则（360docs.net/doc/0f26062349.html）：“〔0.5分〕”写法，分项名“一、财务状况〔5分〕”单独一行', () => {
    const { report } = fillOf(sheet('院长考核', [
      ['考核内容及评分方法', '分值', '得分'],
      ['一、财务状况〔5分〕', null, null],
      ['1.现金必须按规定的使用范围使用，不得坐支、挪用，不得以白条抵现金〔0.5分〕', 5, 0.5],
      ['2.业务收入必须存入财政专户，原则上应当日发生，当日入帐，收费使用财政统一票据，票款相符〔1分〕', null, 1],
      ['3.固定资产的购置、变卖、报废必须报批〔0.5分〕', null, 0],
      ['4.医院年终结余按规定核算，专项收支结余结转下年度继续专款专用〔3分〕', null, 2.5],
      ['合计', null, null],
    ], ['B3:B6']));
    expect(report.sections.map((s) => [s.name, s.cap, s.score])).toEqual([['一、财务状况〔5分〕', 5, 4]]);
    expect(report.items.map((i) => i.base)).toEqual([0.5, 1, 0.5, 3]);
  });

  it('项目自带分值列、文字末尾也写分值时按分值列；分项标题“（四）…（30分）”不并入上一项', () => {
    const { report } = fillOf(sheet('综治', [
      ['考核内容', '分值', '扣分', '得分'],
      ['（一）组织领导（10分）', null, null, null],
      ['1、成立领导小组。（5分）', 5, 1, null],
      ['2、落实领导包案制度。（5分）', 5, null, null],
      ['（四）综治中心运行（6分）', null, null, null],
      ['1、有办公场所和值班表。（6分）', 6, 2, null],
      ['合计', null, null, null],
    ], ['A2:D2', 'A5:D5']));
    expect(report.sections.map((s) => [s.cap, s.score])).toEqual([[10, 9], [6, 4]]);
  });

  it('“…，3分；”“…；5分”这种用逗号、分号隔开的分值也算；“扣3分”“得2分”不算', () => {
    expect(['布置安全工作，3分;', '相关工作制度上墙; 5分', '年终结案率100%(10 分)', '〔0.5分〕'].map(trailingPoints)).toEqual([3, 5, 10, 0.5]);
    expect(['未开展的扣3分', '符合要求的得2分', '缺一次扣0.5分，扣完为止', '（5分，少一篇扣1分）'].map(trailingPoints)).toEqual([null, null, null, null]);
  });

  it('性质：任意分组、任意得分，总分等于各组min(分项分值, 各项得分之和)之和，满分等于各组分值之和', () => {
    fc.assert(fc.property(
      fc.array(fc.array(fc.record({ pts: fc.integer({ min: 1, max: 10 }), got: fc.integer({ min: 0, max: 10 }) }), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
      (groups) => {
        const rows: CellValue[][] = [['项目', '分值', '考核内容', '实得分']];
        const merges: string[] = [];
        let total = 0;
        let full = 0;
        groups.forEach((items, g) => {
          const cap = items.reduce((a, x) => a + x.pts, 0);
          const top = rows.length + 1;
          items.forEach((x, k) => rows.push([k === 0 ? `第${g + 1}部分` : null, k === 0 ? `${cap}分` : null, `${k + 1}、工作${g}-${k}（${x.pts}分）`, Math.min(x.got, x.pts)]));
          merges.push(`A${top}:A${rows.length}`, `B${top}:B${rows.length}`);
          total += items.reduce((a, x) => a + Math.min(x.got, x.pts), 0);
          full += cap;
        });
        rows.push(['合计', null, null, null]);
        const { report } = fillOf(sheet('表', rows, merges));
        return report.total === total && report.fullMarks === full && report.items.length === groups.flat().length;
      },
    ), { numRuns: 40 });
  });
});

describe('打分表上带分值的分项行', () => {
  it('没有评分标准列、分项名称也不带“一、”：没有序号而其下各项有序号、且不填得分的行是分项', () => {
    const { report, plan } = fillOf(sheet('表', [
      ['序号', '考核内容', '分值', '得分'],
      [null, '组织领导', 20, null],
      [1, '成立领导小组', 10, 8],
      [2, '制定工作方案', 10, 10],
      [null, '宣传教育', 50, null],
      [1, '开展宣传活动', 30, 25],
      [2, '发放宣传资料', 20, 20],
      ['合计', null, 70, null],
    ]));
    expect(report.sections.map((s) => [s.name, s.cap, s.score])).toEqual([['组织领导', 20, 18], ['宣传教育', 50, 45]]);
    expect([report.total, report.fullMarks, report.complete, codes(report)]).toEqual([63, 70, true, []]);
    // The section rows' 得分 cells get the sections' subtotals; the total row the total.
    expect(plan.cells.map((c) => [c.row, c.col, c.value])).toEqual([[2, 4, 18], [5, 4, 45], [8, 4, 63]]);
  });

  it('一项分值正好等于下面两项之和、但它自己有序号和得分：仍是项目', () => {
    const { report } = fillOf(sheet('表', [
      ['序号', '考核内容', '分值', '得分'],
      [1, '组织领导', 20, 15],
      [2, '成立领导小组', 10, 8],
      [3, '制定工作方案', 10, 10],
    ]));
    expect([report.items.length, report.total, report.fullMarks]).toEqual([3, 33, 40]);
  });
});

describe('读表后的交叉核对', () => {
  it('得分列里多是文字说明：提示得分列可能选错，写明文字和数字各几项', () => {
    const { report } = fillOf(sheet('表', [
      ['考核内容', '分值', '得分'],
      ['组织领导', 10, '已成立领导小组并开展工作'],
      ['宣传教育', 10, '宣传资料发放不到位'],
      ['制度建设', 10, 8],
    ]));
    const w = report.warnings.find((x) => x.code === 'SCORE_COLUMN_SENTENCES')!;
    expect(w.message).toContain('有2项填的是文字');
    expect(w.message).toContain('只有1项是数字');
  });

  it('一个分值格合并了三行、三行各填了得分：提示只读了第一行，写明行数', () => {
    const { report } = fillOf(sheet('表', [
      ['考核内容', '分值', '得分'],
      ['制度健全', 10, 3],
      ['台帐完整', null, 3],
      ['报送及时', null, 4],
    ], ['B2:B4']));
    const w = report.warnings.find((x) => x.code === 'ITEM_ROWS_MERGED')!;
    expect(w.message).toContain('合并了3行');
    expect(w.message).toContain('其中3行各填了得分');
  });
});

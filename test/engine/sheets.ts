import { fillSheet, type FillOptions } from '../../src/engine/fill';
import type { CellValue, MergedArea, SheetSnapshot } from '../../src/engine/snapshot';
import { parseAddress } from '../../src/engine/snapshot';

/** Builds a snapshot the way an adapter would, from rows as a person types them and merges as A3:A7. */
export function sheet(name: string, rows: CellValue[][], merges: string[] = [], formulas: Record<string, string> = {}): SheetSnapshot {
  const f: (string | null)[][] = rows.map((r) => r.map(() => null));
  for (const [a, text] of Object.entries(formulas)) {
    const p = parseAddress(a)!;
    while (f.length < p.row) f.push([]);
    f[p.row - 1][p.col - 1] = text;
  }
  return { name, values: rows.map((r) => [...r]), formulas: f, merges: merges.map(area) };
}

function area(ref: string): MergedArea {
  const [a, b] = ref.split(':').map((x) => parseAddress(x)!);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** The same snapshot with the plan's cells written in, as an adapter would leave the sheet. */
export function applied(s: SheetSnapshot, cells: { row: number; col: number; formula: string | null; value: CellValue }[]): SheetSnapshot {
  const values = s.values.map((r) => [...r]);
  const formulas = s.formulas.map((r) => [...r]);
  for (const c of cells) {
    while (values.length < c.row) values.push([]);
    while (formulas.length < c.row) formulas.push([]);
    values[c.row - 1][c.col - 1] = c.value;
    formulas[c.row - 1][c.col - 1] = c.formula;
  }
  return { ...s, values, formulas };
}

const H000 = ['项目', '序号', '考核内容及要求', '评分标准', '基础分', '扣分依据', '扣分', '得分'];

/**
 * Seed 000 (让胡路区委政法委): sections merged down column A with caps in their text, a header repeated where the
 * printed page broke, a 合计 row, a 等次 label and signatures. Hand-computed: section 1 = 0+1+2+0+0 = 3 (row 6's 3
 * is above its base 2, applied as 2); section 2 = 8.5+3+4.9+4.8 = 21.2; total 24.2 of 35 (69%); default tier 合格.
 */
export function rangHuLu(deductions: Partial<Record<number, CellValue>> = {}): SheetSnapshot {
  const d = (row: number, v: CellValue) => (row in deductions ? (deductions[row] as CellValue) : v);
  return sheet('区委政法委', [
    ['让胡路区委政法委政法工作2023年度绩效考核细则', null, null, null, null, null, null, null],
    H000,
    ['执法规\n范化建\n设和专\n项执法\n检查工\n作项目\n10分', 1, '认真贯彻落实《关于规范刑事执法若干问题的意见》。', '不按照意见执行的或对执行中产生的问题不及时协调、提请协调的扣2分，以到市区委政法委上访的刑事案件为准。', 2, '', d(3, 2), null],
    [null, 2, '做好专项执法检查筹备和整改工作', '对市区委政法委专项执法检查不重视、不配合的扣1分，以当时检查记录为准；不落实案件整改意见和不及时反馈案件处理情况的扣1分，以记录为准。', 2, '', d(4, 1), null],
    [null, 3, '认真贯彻落实《关于规范涉案款物若干问题的意见》。', '以当时检查记录为准，没认真执行的扣2分。', '2', '', d(5, null), null],
    [null, 4, '认真贯彻落实《关于对几类案件实行报告制度的通知》和四类案件上报工作，及时上报。', '未按照文件规定及时上报、迟报、漏报的扣2分，以市区委政法委通报为准。', 2, '', d(6, 3), null],
    [null, 5, '认真开展百案评查工作，有具体方案，有评查组织、结果和通报。', '未开展查评工作的不得分；无查评方案的扣1分；无查评通报和查评组织的扣1分。', 2, '', d(7, '不得分'), null],
    H000,
    ['“四无”基层政法单位创建活动工作项目25分', 1, '认真组织开展“四无”访基层政法单位创建活动。', '无具体实施方案和工作部署的扣1分；无情况通报的扣1分；发生进京“四无”访案件的扣4分。', 10, '', d(9, 1.5), null],
    [null, 2, '建立涉法涉诉问题排查化解机制', '未组织开展摸排建立台帐的扣1分；没有按时办结和上报的扣2分；重要敏感时期稳控工作不到位而引发信访案件的扣2分。', 5, '', d(10, '2分'), null],
    [null, 3, '认真落实领导包案和领导接待制度', '不落实领导包案和接待制度的扣2分；经查信访案件登记表，未明确办理时限和给予答复的扣2分。无信访专门机构和专人的扣1分', 5, '', d(11, 0.1), null],
    [null, 4, '总结基层经验，向区委政法委报送争创活动信息简报不少于5篇。', '每少一篇扣2分。', '５分', '', d(12, 0.2), null],
    ['合计', null, null, null, null, null, null, null],
    [null, null, null, null, null, null, '等次', null],
    ['考核组长(签字)：', null, null, '考核组成员(签字)：', null, null, null, null],
  ], ['A1:H1', 'A3:A7', 'A9:A12']);
}

/**
 * Seed 004 (xx镇综治及信访工作考核评分表), with a 扣分 column inserted before 得分: sections in 考核内容 left of
 * 考核重点, a 五、加减分 block whose entries sit in the 得分 cells, signatures and 注 rows. Hand-computed: section
 * 一 = 4+3+5+2 = 14 of 20, section 二 = 30−8 = 22 of 30, 加减分 = +3 +2 −2 = 3, total 39 of 50; the note's 100分
 * disagrees with 50 (a warning).
 */
export function xxZhen(): SheetSnapshot {
  return sheet('xx镇', [
    ['xx镇综治及信访工作考核评分表', null, null, null, null, null],
    ['考核内容', '考核重点', '分值', '扣分因素', '扣分', '得分'],
    ['一、落实信访工作责任制，建立一把手负总责（20分）', '查看会议记录，了解信访工作落实情况', 5, '没开会研究相关工作事项的扣1分', 1, null],
    [null, '落实领导包案制度情况，村主要领导接访情况', 5, '上访群众没有村级处理意见的每件扣1分，对信访人包保情况（查会议记录或包保表）没有扣5分', 2, null],
    [null, '信访件办理', 5, '上级交办的信访件能妥善办理并及时上报处理结果。', null, null],
    [null, '开展矛盾纠纷排查情况', 5, '每月排查两次并上报，缺一次扣1分，没有负责人签字并加盖公章的缺1次扣一分', 3, null],
    ['二、包保网络建设和责任追究（30分）', '确保无人到京、省、市、区、镇上访落实情况', 30, '到京正常上访，每人次扣5分；非正常上访、重复上访的每人次扣10分；到省正常上访，每人次扣4分', 8, null],
    ['五、加减分', '1、上报矛盾纠纷排查化解卷宗。', null, '一份加1分', null, 3],
    [null, '5、在省、市、区检查中受到表彰。', null, '分别加5分、3分、2分', null, 2],
    [null, '6、不按时或缺席综治工作会议。', null, '缺一次扣1分', null, '-2'],
    ['考核组长（签字）：', null, '考核组成员（签字）：', null, null, null],
    ['注：1、考核总分值设为100分。', null, null, null, null, null],
    ['2、因稳控调处不当，信息不畅造成群众集体上访，产生较大影响的以0分计算，并对当年工作一票否决。', null, null, null, null, null],
  ], ['A3:A6', 'A8:A10']);
}

/** What the engine makes of a sheet; a sheet it refuses fails the test with the engine's own message. */
export function fillOf(s: SheetSnapshot, opts: FillOptions = {}) {
  const r = fillSheet(s, opts);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

import type { DocBlock } from '../../src/engine/doc-blocks';
import { readRubric, type Rubric } from '../../src/engine/rubric';

/**
 * The rubric reader on forms the eight documents of test/cli/new-rubrics.test.ts do not show: paragraphs Word numbers
 * itself, items numbered （一） under 一、 headings, unnumbered items each ending in its points, 小计 rows inside a
 * rubric table. Texts are seed 004's (xx镇综治及信访工作考核实施方案) and seed 000's (让胡路区委政法委), rearranged
 * as other offices lay the same rubric out.
 */
const para = (text: string, listLevel?: number): DocBlock => ({ kind: 'paragraph', text, ...(listLevel !== undefined ? { listLevel } : {}) });

function read(blocks: DocBlock[]): Rubric {
  const r = readRubric(blocks, '细则.docx');
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const shape = (r: Rubric) => r.sections.map((s) => [s.name, s.cap, s.items.map((i) => i.points)]);

test('paragraphs numbered by Word (w:numPr levels, no 一、 in the text) read as headings and items', () => {
  const r = read([
    para('xx镇综治及信访工作考核评分细则'),
    para('组织领导，落实综治信访工作领导责任(20分)', 0),
    para('严格落实责任追究制，村居成立组织。(5分)', 1),
    para('落实领导包案制度，把问题解决在村(居)。(5分)', 1),
    para('到本村(居)反映问题的群众，要落实来访接待登记。(10分)', 1),
    para('信访问题的解决(10分)', 0),
    para('上级交办的案件，影响到期结案率的，每件扣5分。(10分)', 1),
  ]);
  expect(shape(r)).toEqual([
    ['组织领导，落实综治信访工作领导责任(20分)', 20, [5, 5, 10]],
    ['信访问题的解决(10分)', 10, [10]],
  ]);
});

test('items numbered （一） under 一、 headings, and unnumbered items that each end in their points', () => {
  const r = read([
    para('一、落实信访工作责任制(20分)'),
    para('（一）查看会议记录，了解信访工作落实情况(5分)'),
    para('（二）落实领导包案制度情况，村主要领导接访情况(15分)'),
    para('二、解决信访问题(20分)'),
    para('领导批办的信访件及时办结情况(10分)'),
    para('及时上报矛盾纠纷化解材料(5分)'),
    para('上级排查梳理的信访积案实行领导包案。(5分)'),
    para('三、考核奖惩'),
    para('年终综合考核分值在85分以上的责任金给予双倍返还。'),
  ]);
  expect(shape(r)).toEqual([
    ['一、落实信访工作责任制(20分)', 20, [5, 15]],
    ['二、解决信访问题(20分)', 20, [10, 5, 5]],
  ]);
  expect(r.tierNote).toBeNull();
});

test('a 小计 row inside a rubric table restates its section and is never an item', () => {
  const cells = [
    ['项目', '序号', '考核内容及要求', '评分标准', '基础分'],
    ['执法规范化建设和专项执法检查工作项目', '1', '认真贯彻落实《关于规范刑事执法若干问题的意见》。', '不按照意见执行的扣2分。', '2'],
    ['', '2', '认真贯彻落实《关于规范涉案款物若干问题的意见》。', '没认真执行的扣2分。', '2'],
    ['', '小计', '', '', '4'],
    ['合计', '', '', '', '4'],
  ];
  const r = read([{ kind: 'table', cells, merges: [{ top: 2, left: 1, bottom: 4, right: 1 }], headerRows: 1 }]);
  expect(shape(r)).toEqual([['执法规范化建设和专项执法检查工作项目', 4, [2, 2]]]);
  expect(r.statedTotal).toBe(4);
  expect(r.warnings).toEqual([]);
});

test('points that do not add up are warnings naming both sums, and the rubric is still read', () => {
  const r = read([
    para('一、组织领导(20分)'),
    para('1、严格落实责任追究制。(5分)'),
    para('2、落实领导包案制度。(5分)'),
    para('二、综治中心运行(30分)'),
    para('1、各村(居)综治中心要有办公场所。(5分)'),
    para('2、特殊人员进行登记并开展管理和服务。(5分)'),
    para('注：考核总分值设为100分。'),
  ]);
  expect(r.warnings).toEqual([
    '细则中“一、组织领导(20分)”标明20分，但所含各项分值合计10分，评分表按标明的20分封顶，请核对细则',
    '细则中“二、综治中心运行(30分)”标明30分，但所含各项分值合计10分，评分表按标明的30分封顶，请核对细则',
    '细则标明总分100分，但各部分分值合计50分，请核对细则',
  ]);
});

test('a row naming a part with its own 分值 and no criteria, over items whose 分值 add up to it, heads a section', () => {
  const cells = [
    ['序号', '考核内容', '评分标准', '分值'],
    ['', '落实信访工作责任制', '', '10'],
    ['1', '查看会议记录，了解信访工作落实情况', '没开会研究相关工作事项的扣1分', '5'],
    ['2', '开展矛盾纠纷排查情况', '每月排查两次并上报，缺一次扣1分', '5'],
    ['', '解决信访问题', '', '10'],
    ['1', '领导批办的信访件及时办结情况', '到期不能按时结案的，每件扣5分', '10'],
  ];
  const r = read([{ kind: 'table', cells, merges: [], headerRows: 1 }]);
  expect(shape(r)).toEqual([
    ['落实信访工作责任制', 10, [5, 5]],
    ['解决信访问题', 10, [10]],
  ]);
  expect(r.sections[0].items.map((i) => i.content)).toEqual(['查看会议记录，了解信访工作落实情况', '开展矛盾纠纷排查情况']);
  expect(r.warnings).toEqual([]);
});

test('seed 004 in its table form: 考核内容 | 考核重点 merged down, a 分值 merged over criteria rows, the 加减分 block, and a note that is two notes', () => {
  const cells = [
    ['考核内容', '考核重点', '分值', '扣分因素', '得分'],
    ['一、落实信访工作责任制，建立一把手负总责(20分)', '查看会议记录，了解信访工作落实情况', '5', '没开会研究相关工作事项的扣1分', ''],
    ['', '落实领导包案制度情况，村主要领导接访情况', '5', '上访群众没有村级处理意见的每件扣1分', ''],
    ['', '信访件办理', '5', '上级交办的信访件能妥善办理并及时上报处理结果。', ''],
    ['', '开展矛盾纠纷排查情况', '5', '每月排查两次并上报，缺一次扣1分', ''],
    ['二、包保网络建设和责任追究(30分)', '确保无人到京、省、市、区、镇上访落实情况', '30', '到京正常上访，每人次扣5分', ''],
    ['', '', '', '非正常上访、重复上访的每人次扣10分', ''],
    ['', '', '', '到省正常上访，每人次扣4分', ''],
    ['五、加减分', '1、上报矛盾纠纷排查化解卷宗。', '', '一份加1分', ''],
    ['', '6、不按时或缺席综治工作会议。', '', '缺一次扣1分', ''],
    ['考核组长(签字)：考核组成员(签字)：', '', '', '', ''],
    ['注：1、考核总分值设为100分。2、因稳控调处不当，造成群众集体上访，产生较大影响的以0分计算，并对当年工作一票否决。', '', '', '', ''],
  ];
  const merges = [
    { top: 2, left: 1, bottom: 5, right: 1 }, { top: 6, left: 1, bottom: 8, right: 1 }, { top: 6, left: 2, bottom: 8, right: 2 },
    { top: 6, left: 3, bottom: 8, right: 3 }, { top: 9, left: 1, bottom: 10, right: 1 }, { top: 11, left: 1, bottom: 11, right: 5 },
    { top: 12, left: 1, bottom: 12, right: 5 },
  ];
  const r = read([para('xx镇综治及信访工作考核评分表'), { kind: 'table', cells, merges, headerRows: 1 }]);
  expect(shape(r)).toEqual([
    ['一、落实信访工作责任制，建立一把手负总责(20分)', 20, [5, 5, 5, 5]],
    ['二、包保网络建设和责任追究(30分)', 30, [30]],
  ]);
  expect(r.sections[1].items[0].criteria).toBe('到京正常上访，每人次扣5分\n非正常上访、重复上访的每人次扣10分\n到省正常上访，每人次扣4分');
  expect(r.blockName).toBe('五、加减分');
  expect(r.adjustments.map((a) => a.criteria)).toEqual(['一份加1分', '缺一次扣1分']);
  expect(r.vetoes).toEqual(['因稳控调处不当，造成群众集体上访，产生较大影响的以0分计算，并对当年工作一票否决。']);
  expect(r.notes).toEqual(['考核总分值设为100分']);
  expect(r.statedTotal).toBe(100);
  expect(r.warnings).toEqual(['细则标明总分100分，但各部分分值合计50分，请核对细则']);
});

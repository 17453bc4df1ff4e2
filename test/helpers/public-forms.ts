/**
 * Score sheets rebuilt from public forms, as published (sources named on each), filled in the way assessors fill
 * them, with the scores a careful assessor computes by hand beside the rows. Where a form had to be shortened or a
 * column added to be a sheet at all, the comment says so; nothing here was tuned to the tool.
 */
import type { FixtureCell, SheetFixture } from '../contract/adapter-contract';
import { DOMAIN_FORMS } from './public-forms-domains';

const row = (...cells: FixtureCell[]): FixtureCell[] => cells;

export interface PublicForm {
  fixture: SheetFixture;
  source: string;
  /** Hand-computed: what `kaohe fill --json` must report. */
  expect: {
    kind: 'direct' | 'deductions';
    columns: Record<string, string>;
    items: [number, number][];
    total: number;
    fullMarks: number;
    tier: string;
    /** The tier is from the default shares of full marks (默认分档): the sheet declares no bands. */
    tierDefault?: boolean;
    complete: boolean;
    /** Warning codes, sorted. */
    warnings: string[];
    /** The cells the fill writes (row, column letter), sorted; nothing else may change. */
    written: string[];
  };
}

/**
 * 领导班子党风廉政建设责任制考核评分表, 单位：XX市XX区人民医院 (wtabcd.cn/zhishi/a/1699050057205747.html). Two-row
 * header: 自评分 and 考核组评分 each over their own 得分 | 加分扣分说明. The first four items of section 一 (17分 in the
 * source) are kept, so the section's cap here is their sum, 8.
 */
export function hospitalLianZheng(): PublicForm {
  return {
    source: 'https://wtabcd.cn/zhishi/a/1699050057205747.html',
    fixture: {
      name: '领导班子',
      cells: [
        row('领导班子党风廉政建设责任制考核评分表'),
        row('单位(盖章)：XX市XX区人民医院', null, null, null, null, null, '年  月  日'),
        row('具体项目', '基本要求', '序号', '考核内容', '分值', '评分标准', '自评分', null, '考核组评分', null),
        row(null, null, null, null, null, null, '得分', '加分扣分说明', '得分', '加分扣分说明'),
        row('一、落实党委主体责任和纪委监督责任（8分）', '党委落实主体责任，制定工作计划，加强组织领导，明确工作责任', 1,
          '党政正职认真履行第一责任人的职责，工作分工明确，责任落实；年初有安排部署，年中有督促检查，年底有总结报告。', 3,
          '没有落实的每小项扣0.5分。', 3, null, 2.5, '年中督促检查无记录'), // 2.5
        row(null, null, 2, '镇街纪委按照“四个六”要求实现规范化建设，谈话室选址、设施和制度完善，经费专款专用。', 3,
          '视贯彻落实的情况给分。', 3, null, 3, null), // 3
        row(null, null, 3, '落实党风廉政建设领导小组、构建惩治和预防腐败体系领导小组。', 1,
          '机构和人员不落实的各扣0.5分。', 1, null, 0.5, '人员未落实'), // 0.5
        row(null, null, 4, '明确班子成员党风廉政建设岗位职责。', 1, '未明确职责扣1分。', 1, null, 1, null), // 1
        row('合计', null, null, null, 8, null, 8, null, null, null), // 2.5 + 3 + 0.5 + 1 = 7 of 8
      ],
      merges: ['A1:J1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:H3', 'I3:J3', 'A5:A8', 'B5:B8'],
    },
    expect: {
      kind: 'direct', columns: { self: 'G', score: 'I', base: 'E' }, items: [[5, 2.5], [6, 3], [7, 0.5], [8, 1]],
      total: 7, fullMarks: 8, tier: '良好', tierDefault: true, complete: true, warnings: [], written: ['I9'],
    },
  };
}

/**
 * 单位（部门）党风廉政建设量化考核评分一览表 (max.book118.com/html/2017/0111/82353035.shtm): 项目 | 考核内容 | 分值 |
 * 自评分 | 核准分 | 合计, sections 一 to 三 as published. 三、宣传教育 states 24分 over items of 2+4+4+4+4+4 = 22 in the
 * source itself: the tool must say so.
 */
export function unitLianZheng(): PublicForm {
  const s = (name: string | null, text: string, base: number, self: number, approved: number) =>
    row(name, text, base, self, approved, null);
  return {
    source: 'https://max.book118.com/html/2017/0111/82353035.shtm',
    fixture: {
      name: '量化考核',
      cells: [
        row('单位（部门）党风廉政建设量化考核评分一览表（    年度）'),
        row('被考核单位：'),
        row('项目', '考核内容', '分值', '自评分', '核准分', '合计'),
        s('一、组织领导\n(10分)', '1.建立健全党风廉政建设工作机构，明确专人负责', 2, 2, 2),
        s(null, '2.明确责任分解，建立工作流程和网络体系', 3, 3, 3),
        s(null, '3.与本单位（部门）全体员工签订腐败风险防范责任状', 3, 3, 2),
        s(null, '4.配合职能部门建立党员干部廉政档案', 2, 2, 2), // 9
        s('二、制度建设\n(15分)', '1.制定党风廉政建设责任制实施办法', 3, 3, 3),
        s(null, '2.建立健全党风廉政建设工作制度', 3, 3, 3),
        s(null, '3.认真排查腐败风险点，制定相应的防控措施', 3, 3, 2),
        s(null, '4.将党风廉政建设工作列入本单位（部门）年度考核制度', 3, 3, 3),
        s(null, '5.设立师生来访接待制度，切实解决实际问题', 3, 3, 3), // 14
        s('三、宣传教育\n(24分)', '1.制定党风廉政建设宣传教育计划', 2, 2, 2),
        s(null, '2.邀请有关领导、专家作党风廉政建设方面的讲课或报告', 4, 4, 4),
        s(null, '3.开展专题警示教育活动', 4, 4, 3),
        s(null, '4.开展知识竞赛、理论研讨、学术论坛等廉政文化建设活动', 4, 4, 4),
        s(null, '5.每学期开展一次党风廉政学习活动并撰写一篇活动总结', 4, 4, 4),
        s(null, '6.发现和培养先进典型，并在一定范围内进行宣传', 4, 4, 4), // 21, cap 24 (stated) over bases 22
        row('合计', null, null, null, null, null), // 9 + 14 + 21 = 44 of 10 + 15 + 24 = 49
      ],
      merges: ['A1:F1', 'A4:A7', 'A8:A12', 'A13:A18'],
    },
    expect: {
      kind: 'direct', columns: { section: 'A', content: 'B', base: 'C', self: 'D', score: 'E' },
      items: [[4, 2], [5, 3], [6, 2], [7, 2], [8, 3], [9, 3], [10, 2], [11, 3], [12, 3], [13, 2], [14, 4], [15, 3], [16, 4], [17, 4], [18, 4]],
      total: 44, fullMarks: 49, tier: '良好', tierDefault: true, complete: true, warnings: ['CAP_MISMATCH'], written: ['E19'],
    },
  };
}

/**
 * 考核检查评分表 of a 片区 (www.qq94.com/fjx/uFu0c.html): 序号 | 考核内容 | 分值 | 评分标准 | 得分 | 备注, with
 * 「考评总分：」「评委签字：」 lines above the table. The first eight items as published; the closing 各项合计 row is
 * added. Item 8 is not scored yet.
 */
export function siteSafety(): PublicForm {
  return {
    source: 'http://www.qq94.com/fjx/uFu0c.html',
    fixture: {
      name: '安全检查',
      cells: [
        row('考核检查评分表'),
        row('片区名称：', null, '日期：    年  月  日'),
        row('考评总分：', null, '评委签字：'),
        row('序号', '考核内容', '分值', '评分标准', '得分', '备注'),
        row(1, '安全月活动开展情况', 10, '未开展安全月活动得0分，虽开展但不全面的扣5～10分', 10, null),
        row(2, '组织机构健全、专职人员持证上岗', 2, '无安全管理组织机构的该项得0分；专职人员无证上岗或使用假证上岗的得0分', 2, null),
        row(3, '安全各项制度健全并实施', 8, '无安全管理制度得0分；安全制度不健全根据检查情况扣1～5分', 6, '制度不全'),
        row(4, '安全生产责任明确并有各级安全包保责任状', 10, '无项目部安全生产责任状、无分包单位安全生产责任状扣2分', 8, null),
        row(5, '各级人员安全教育培训已按规定进行并有培训教育记录', 5, '未对项目部人员进行安全教育培训的，无安全教育培训记录的扣3分', 5, null),
        row(6, '特种人员有台帐，持证上岗', 5, '无台账、无证上岗扣1～3分，持假证上岗该项得0分', 4, null),
        row(7, '安全技术交底全面，交底至作业工人', 5, '无安全交底记录的扣2分；交底不全面的扣1～3分', 3, null),
        row(8, '安全生产费用台帐健全，安全费用按规定提取、使用', 5, '无台账扣1分；安全费用未按规定使用扣1分', null, null), // not scored yet: 0
        row('各项合计', null, null, null, null, null), // 10+2+6+8+5+4+3+0 = 38 of 50, incomplete
      ],
      merges: ['A1:F1'],
    },
    expect: {
      kind: 'direct', columns: { index: 'A', content: 'B', base: 'C', criteria: 'D', score: 'E' },
      items: [[5, 10], [6, 2], [7, 6], [8, 8], [9, 5], [10, 4], [11, 3], [12, 0]],
      total: 38, fullMarks: 50, tier: '合格', tierDefault: true, complete: false, warnings: ['SCORE_EMPTY'], written: ['E13'],
    },
  };
}

/**
 * XX县各镇综治工作（平安建设）检查考核考评项目评分标准 (maok.cn/index.php?c=preview&id=194385&s=news), sections 一 and
 * 二 as published, set out as a sheet: each section a row of its own with its 分值 and no criteria, the points of
 * each item in the 分值 column, and item 7 (每人次减2.5分，最高减5分) a deduction without a base of its own.
 */
export function townPeace(): PublicForm {
  const item = (text: string, criteria: string, base: number | null, score: FixtureCell, why: string | null = null) =>
    row(null, text, criteria, base, score, why);
  return {
    source: 'https://maok.cn/index.php?c=preview&id=194385&s=news',
    fixture: {
      name: '综治平安',
      cells: [
        row('XX县20XX年度各镇综治工作（平安建设）检查考核考评项目评分标准'),
        row('考核项目', '考评内容', '评分标准', '分值', '得分', '扣分理由'),
        row('综治工作领导责任制落实情况', null, null, 6, null, null), // section, cap 6: its score goes in E3
        item('1.逐级签订综治责任书', '签订的得1分', 1, 1),
        item('2.制定创建平安工作方案和标准', '年初有计划，平时有检查督促，年终有总结的得1分', 1, 1),
        item('3.镇综治第一责任人至少每季度主持召开一次例会', '得1分，每少一次扣0.25分', 1, 0.75, '少一次'),
        item('4.检查辖区内各村（社区）、各单位的综合治理工作', '履行职责好的得1分', 1, 1),
        item('5.镇委书记、镇长和分管领导提交述职报告、履职鉴定表', '按要求提交的得1分', 1, 1),
        item('6.镇领导挂点抓村（社区）综治中心建设、平安建设', '力度大、成效明显的得1分', 1, 0, '无挂点记录'),
        // 1 + 1 + 0.75 + 1 + 1 + 0 = 4.75
        item('7.镇综治第一责任人、直接责任人、政法各部门主要负责人严重违纪或违法犯罪的', '每人次减2.5分，最高减5分', null, 2.5, '1人次'), // −2.5
        row('社会稳定形势分析研判', null, null, 3, null, null), // section, cap 3: E11
        item('1.建立健全维稳分析研判工作机制', '及时搜集、分析、研判、预警的得1分', 1, 1),
        item('2.定期组织召开社会稳定形势分析研判例会', '1分。不报送或不按时报送的每次减0.5分，减完为止', 1, 0.5, '迟报一次'),
        item('3.敏感时期认真摸排辖区重点人员并落实稳控责任', '0.5分', 0.5, 0.5),
        item('4.坚持重大节假日值班制度', '0.5分', 0.5, 0.5), // 2.5
        row('考评得分合计', null, null, 9, null, null), // 4.75 + 2.5 − 2.5 = 4.75 of 9
      ],
      merges: ['A1:F1'],
    },
    expect: {
      kind: 'direct', columns: { section: 'A', content: 'B', criteria: 'C', base: 'D', score: 'E' },
      items: [[4, 1], [5, 1], [6, 0.75], [7, 1], [8, 1], [9, 0], [12, 1], [13, 0.5], [14, 0.5], [15, 0.5]],
      total: 4.75, fullMarks: 9, tier: '不合格', tierDefault: true, complete: true, warnings: [], written: ['E11', 'E16', 'E3'],
    },
  };
}

/**
 * 学校安全工作考核指标与评分标准（试行） (renrendoc.com/paper/346679430.html): 考核项目 | 工作要求 | 计分标准 | 考核办法,
 * section 一 as published. The (N分) of each 工作要求 is set in a 分值 column, and 得分 | 扣分原因 are added for the
 * assessor, as is the 一票否决 row and the note, to exercise a veto that zeroes the total.
 */
export function schoolSafety(): PublicForm {
  const item = (req: string, crit: string, how: string, base: number, score: number, why: string | null = null) =>
    row(null, req, crit, how, base, score, why);
  return {
    source: 'https://renrendoc.com/paper/346679430.html',
    fixture: {
      name: '学校安全',
      cells: [
        row('学校安全工作考核指标与评分标准（试行）'),
        row('考核项目', '工作要求', '计分标准', '考核办法', '分值', '得分', '扣分原因'),
        row('一、落实校园安全责任制（22分）', '1.成立安全工作领导机构，明确本单位主要负责人为安全工作第一责任人并负主要责任。（4分）',
          '未成立相应的领导组织机构的，扣4分。', '查阅文件材料', 4, 4),
        item('2.本系统层层签订学校安全工作责任状，责任落实到人。（4分）', '未签订学校安全工作责任状的，扣4分。', '查阅文件材料', 4, 4),
        item('3.定期召开安全工作专题会议，研究部署学校、幼儿园安全工作。（3分）',
          '主要负责人或委托分管负责人主持召开的专题研究教育安全工作会议全年少于2次的，扣3分。', '查看会议文件、记录或会议纪要', 3, 0, '全年仅1次'),
        item('4.将校园安全工作列入本单位年度工作要点。（3分）', '未将安全工作列入本单位年度工作要点，扣3分。', '查看本单位相关文件', 3, 3),
        item('5.按要求参加省教育厅组织的各项安全工作相关会议。（3分）', '无故缺席安全工作会议的，每次扣1分，扣完该项分值为止。',
          '查看会议材料、记录等相关材料', 3, 2, '缺席1次'),
        item('6.按规定建立信息报送制度，及时准确报送安全事故信息。（3分）', '迟报扣2分，漏报、瞒报、谎报的扣3分。', '查看文件、记录', 3, 1, '迟报'),
        item('7.按时报送安全工作总结。（2分）', '不按要求向省教育厅报送学校安全工作总结的，扣2分。', '查看文件材料', 2, 2),
        // 4 + 4 + 0 + 3 + 2 + 1 + 2 = 16 of 22
        row('一票否决', '发生造成师生死亡的重大安全责任事故的，实行一票否决', null, null, null, '是'),
        row('考核得分合计', null, null, null, 22, null), // the veto is marked: 0, 一票否决
        row('注：发生一票否决事项的，实行一票否决，考核得分为0分。'),
      ],
      merges: ['A1:G1', 'A3:A9'],
    },
    expect: {
      kind: 'direct', columns: { section: 'A', content: 'B', criteria: 'C', method: 'D', base: 'E', score: 'F' },
      items: [[3, 4], [4, 4], [5, 0], [6, 3], [7, 2], [8, 1], [9, 2]],
      total: 0, fullMarks: 22, tier: '一票否决', complete: true, warnings: ['VETO_MARKED', 'VETO_ZERO_TOTAL'], written: ['F11'],
    },
  };
}

/**
 * 表B.1 安全管理检查评分表 (JGJ59, chaoshi.m.zjtcn.com/classifydetails/806711.html): 序号 | 检查项目 | 扣分标准 |
 * 应得分数 | 扣减分数 | 实得分数, 保证项目 and 一般项目 each closed by a 小计, and 检查项目合计. Criteria shortened to
 * their first clauses.
 */
export function siteManagement(): PublicForm {
  const item = (n: number, group: string | null, name: string, crit: string, deduct: number | null) =>
    row(n, group, name, crit, 10, deduct, null);
  return {
    source: 'https://chaoshi.m.zjtcn.com/classifydetails/806711.html',
    fixture: {
      name: '安全管理',
      cells: [
        row('表B.1 安全管理检查评分表'),
        row('序号', '检查项目', null, '扣分标准', '应得分数', '扣减分数', '实得分数'),
        item(1, '保证项目', '安全生产责任制', '未建立安全生产责任制扣10分；安全生产责任制未经责任人签字确认扣3分', 3), // 7
        item(2, null, '施工组织设计及专项施工方案', '施工组织设计中未制定安全技术措施扣10分', null), // 10
        item(3, null, '安全技术交底', '未进行书面安全技术交底扣10分；交底未履行签字手续每次扣4分', 4), // 6
        item(4, null, '安全检查', '未建立安全检查制度扣10分；事故隐患的整改未做到定人、定时间、定措施扣2～6分', 2), // 8
        item(5, null, '安全教育', '未建立安全教育培训制度扣10分', null), // 10
        item(6, null, '应急救援', '未制定安全生产应急救援预案扣10分；未组织应急救援演练扣5分', 5), // 5
        row(null, '小计', null, null, 60, null, null), // 7 + 10 + 6 + 8 + 10 + 5 = 46
        item(7, '一般项目', '分包单位安全管理', '分包单位资质、资格、分包手续不全或失效扣10分；未签订安全生产协议书扣5分', 2), // 8
        item(8, null, '持证上岗', '未经培训从事施工、安全管理和特种作业每人扣5分', null), // 10
        item(9, null, '生产安全事故处理', '生产安全事故未按规定报告扣10分', null), // 10
        item(10, null, '安全标志', '主要施工区域、危险部位未按规定悬挂安全标志扣2～6分', 3), // 7
        row(null, '小计', null, null, 40, null, null), // 8 + 10 + 10 + 7 = 35
        row(null, '检查项目合计', null, null, 100, null, null), // 46 + 35 = 81 of 100 → 良好
      ],
      merges: ['A1:G1', 'B2:C2', 'B3:B8', 'B10:B13'],
    },
    expect: {
      kind: 'deductions', columns: { index: 'A', content: 'B', criteria: 'D', base: 'E', deduction: 'F', score: 'G' },
      items: [[3, 7], [4, 10], [5, 6], [6, 8], [7, 10], [8, 5], [10, 8], [11, 10], [12, 10], [13, 7]],
      // 扣2～6分 (rows 6 and 13) is a judgement within a range: the tool says so and takes the deduction entered.
      total: 81, fullMarks: 100, tier: '良好', complete: true, warnings: ['MANUAL_RULE', 'MANUAL_RULE'],
      written: ['G10', 'G11', 'G12', 'G13', 'G14', 'G15', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9'],
    },
  };
}

/**
 * 佛山市微型工贸企业安全生产标准化基本规范评分细则 (m.zixin.com.cn/doc/4133002.html): 评定项目(权重) | 评定要素 |
 * 标准分值 | 评分标准 | 备注 | 得分 | 扣分说明. A weighted appraisal: refused in one line.
 */
export function weightedStandard(): { fixture: SheetFixture; source: string } {
  return {
    source: 'https://m.zixin.com.cn/doc/4133002.html',
    fixture: {
      name: '标准化',
      cells: [
        row('佛山市微型工贸企业安全生产标准化基本规范评分细则'),
        row('评定项目(权重)', '评定要素', '标准分值', '评分标准', '备注', '得分', '扣分说明'),
        row('一、企业安全生产基础管理部分', '1、生产经营活动符合工商登记核准范围且在有效期内', 5, '无证生产经营的，不得分', null, 5, null),
      ],
    },
  };
}

/**
 * 六合区“五星级”平安村（社区）创建考核细则 (m.51dongshi.net/eedfrcchsbbeb.html): 项目 | 考核指标及分值 |
 * 考核标准及评分办法, the 项目 一、无刑事案件 merged over its 考核指标, each 考核指标 (with its 分值) merged over the
 * scored clauses of its 考核标准. The first four 考核指标 as published; each clause is a row with its points in a 分值
 * column, and 得分 is added for the assessor. The 项目 states no cap of its own: it is the sum of its four, 75.
 */
export function liuHeFiveStar(): PublicForm {
  const item = (cat: string | null, sub: string | null, text: string, base: number, score: number) =>
    row(cat, sub, text, base, score);
  return {
    source: 'http://m.51dongshi.net/eedfrcchsbbeb.html',
    fixture: {
      name: '五星级平安村',
      cells: [
        row('六合区“五星级”平安村（社区）创建考核细则'),
        row('项目', '考核指标及分值', '考核标准及评分办法', '分值', '得分'),
        item('一、无刑事案件', '1、有综治组织机构（20分）',
          '村（社区）成立社会管理综合治理委员会办公室，明确1名负责人主管综治矛调维稳工作，配备1名以上综治社工', 5, 5),
        item(null, null, '每年至少召开2次综治创建工作会议，研究部署创建工作', 5, 5),
        item(null, null, '有一套完整综治创建工作台帐', 10, 8), // 18
        item(null, '2、有科技防范设施（20分）', '村居主要道口、路面、辖区单位、商铺有视频监控系统，并与派出所联网', 5, 5),
        item(null, null, '新建居民小区有视频监控系统、楼寓对讲系统（含门禁系统）、出入口控制系统及治安值班室等设施', 5, 5),
        item(null, null, '城镇封闭式老旧小区有门卫值班室和技防、物防设施，散居楼栋有单元防盗门和防爬刺等防攀爬设施', 5, 3),
        item(null, null, '技防入户率达到省市标准（城市社区达80%，涉农社区达75%，行政村达70%）', 5, 5), // 18
        item(null, '3、有治安巡防力量（25分）', '治保会组织健全，配齐配强基层治安联防力量', 10, 10),
        item(null, null, '组织村居保安、治安志愿者开展治安巡逻，城区实行24小时巡逻，农村地区实行夜间巡逻（不少于3小时）', 10, 6),
        item(null, null, '每周实行治安情况公示制度', 5, 5), // 21
        item(null, '4、有工作保障措施（10分）',
          '综治办、警务室、调解室建设规范；综治办、治保会、调委会等工作经费纳入街镇财政预算，并实际支付到位', 10, 10), // 10
        row('合计', null, null, 75, null), // 18 + 18 + 21 + 10 = 67 of 75
      ],
      merges: ['A1:E1', 'A3:A13', 'B3:B5', 'B6:B9', 'B10:B12'],
    },
    expect: {
      kind: 'direct', columns: { category: 'A', section: 'B', criteria: 'C', base: 'D', score: 'E' },
      items: [[3, 5], [4, 5], [5, 8], [6, 5], [7, 5], [8, 3], [9, 5], [10, 10], [11, 6], [12, 5], [13, 10]],
      total: 67, fullMarks: 75, tier: '良好', tierDefault: true, complete: true, warnings: [], written: ['E14'],
    },
  };
}

/**
 * 企业档案工作等级评定标准 (衢州市档案局, daj.qz.gov.cn/shtml/10363/492691/detail_1.shtml): 编号 | 评定项目与评定内容 |
 * 分数 | 评分细则, three levels numbered 1 / 1.1 / 1.1.1, each category and section a row with its own 分数. Category 1
 * 组织管理 is kept with its first two sections (机构, 人员) as published, so its 分数 here is theirs, 2 + 5 = 7 (19 with
 * its third, 制度); the 分数 column is headed 分值 (分数 alone names 分值 on some forms and 得分 on others), and 得分 is
 * added for the assessor.
 */
export function quzhouArchives(): PublicForm {
  return {
    source: 'http://daj.qz.gov.cn/shtml/10363/492691/detail_1.shtml',
    fixture: {
      name: '档案工作',
      cells: [
        row('企业档案工作等级评定标准'),
        row('编号', '评定项目与评定内容', '分值', '评分细则', '得分'),
        row('1', '组织管理', 7, null, null), // category, cap 7: its score goes in E3
        row('1.1', '机构', 2, null, null), // section, cap 2: E4
        row('1.1.1', '设置了与企业发展相适应的档案管理机构', 1,
          '1.设置了档案管理机构或部门（0.5分）；2.建立了档案、资料、情报、信息一体化部门（0.5分）。', 1),
        row('1.1.2', '建立了档案集中统一管理体系', 1, '企业各门类和载体的档案实行集中统一管理（1分）。', 1), // 2
        row('1.2', '人员', 5, null, null), // section, cap 5: E7
        row('1.2.1', '有明确的企业领导分管档案工作', 1, '有明确分管领导并列入分管领导的岗位职责（1分）。', 1),
        row('1.2.2', '配备了与企业档案工作实际相适应的档案人员', 3,
          '1.档案部门负责人应具有中级以上专业技术职称或大学本科以上学历（1分）；2.档案人员应具备大学专科以上学历或同等学识水平（1分）；3.档案人员定期接受档案业务培训（1分）。', 2),
        row('1.2.3', '企业内部建立了档案工作人员网络', 1, '在企业内部建立健全了档案工作人员网络，各部门均明确了兼职档案员（1分）。', 0.5),
        // 1 + 2 + 0.5 = 3.5
        row('合计', null, 7, null, null), // 2 + 3.5 = 5.5 of 7
      ],
      merges: ['A1:E1'],
    },
    expect: {
      kind: 'direct', columns: { index: 'A', content: 'B', base: 'C', criteria: 'D', score: 'E' },
      items: [[5, 1], [6, 1], [8, 1], [9, 2], [10, 0.5]],
      total: 5.5, fullMarks: 7, tier: '合格', tierDefault: true, complete: true, warnings: [], written: ['E11', 'E3', 'E4', 'E7'],
    },
  };
}

export const PUBLIC_FORMS = [
  hospitalLianZheng, unitLianZheng, siteSafety, townPeace, schoolSafety, siteManagement, liuHeFiveStar, quzhouArchives,
  ...DOMAIN_FORMS,
];

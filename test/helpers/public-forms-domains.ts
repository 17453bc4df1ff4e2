/**
 * Score sheets from domains the earlier public forms did not cover — 信访, 卫生健康, 教育, 建筑施工, 消防, 食品安全 —
 * rebuilt from public forms as published (sources named on each) and filled as assessors fill them, with the
 * results a careful assessor computes by hand beside the rows. Each exercises one of the ways issue 14 found the
 * reading going wrong: points only inside the text, section rows on typed-score sheets, default tiers on sheets that
 * are not out of 100, typed scores with a unit, and a note that zeroes a construction-safety sheet. Where a form had
 * to be shortened or a row added to be a sheet at all, the comment says so.
 */
import type { FixtureCell } from '../contract/adapter-contract';
import type { PublicForm } from './public-forms';

const row = (...cells: FixtureCell[]): FixtureCell[] => cells;

/**
 * 滁州市2008年度劳动保障信访工作考核自评表（二） (huhawan.com/minzhushenghuohui/387230.html): 项目 | 分值 | 考核内容 |
 * 扣分标准 | 实得分 | 备注, as published. No column gives each item its points: each 考核内容 ends 「…(10 分)」, and the
 * 分值 cell beside them, 「30 分」, merged down, is the section's. Some scores are typed with their unit (「10分」).
 * 36 of 50 is 72%: 合格 by the default bands (as points out of 100 it would have been 不合格).
 */
export function chuzhouPetition(): PublicForm {
  const it = (name: string | null, base: string | null, text: string, criteria: string, score: FixtureCell, note: string | null = null) =>
    row(name, base, text, criteria, score, note);
  return {
    source: 'http://huhawan.com/minzhushenghuohui/387230.html',
    fixture: {
      name: '信访自评',
      cells: [
        row('滁州市2008年度劳动保障信访工作考核自评表（二）'),
        row('项目', '分值', '考核内容', '扣分标准', '实得分', '备注'),
        it('信访事项处理', '30 分', '1、市局、省厅转办、交办的信访案件按期结案率达95%以上的,年终结案率达100%(10 分)', '不达标的扣 10 分', '10分'),
        it(null, null, '2、市局、省厅转办、交办的初信办结率达90%以上的,重信按期办结率95%以上,年终结案率100%(10分)', '不达标的扣 10 分', 0, '重信按期办结率92%'),
        it(null, null, '3、非正常上访和信访老户年终结案率100%,息访率80%以上(10 分)', '不达标的扣 10 分', '10分'), // 20 of 30
        it('信访基础建设', '20 分', '1、挂有信访工作机构牌子,有2名以上专兼职接待人员(4 分)', '缺一项扣 2 分', 4),
        it(null, null, '2、接待场所面积达标,配有设备,环境整洁(4 分)', '缺一项扣 2 分', '2分', '无接待设备'),
        it(null, null, '3、制度健全,台帐完整(4 分)', '缺一项扣 2 分', 4),
        it(null, null, '4、报表、信息、材料报送及时(5 分)', '延误一次扣 2 分', 3, '延误一次'),
        it(null, null, '5、信访工作经费列入部门预算(3 分)', '未列入不得分', 3), // 16 of 20
        row('合计', '50 分', null, null, null, null), // 20 + 16 = 36 of 50
      ],
      merges: ['A1:F1', 'A3:A5', 'B3:B5', 'A6:A10', 'B6:B10'],
    },
    expect: {
      kind: 'direct', columns: { section: 'A', base: 'B', content: 'C', criteria: 'D', score: 'E' },
      items: [[3, 10], [4, 0], [5, 10], [6, 4], [7, 2], [8, 4], [9, 3], [10, 3]],
      total: 36, fullMarks: 50, tier: '合格', tierDefault: true, complete: true, warnings: [], written: ['E11'],
    },
  };
}

/**
 * 某县信访工作目标管理考核办法 (m.wydbw.com/show.asp?Id=196129), sections 一 to 三 as published, set out as a sheet:
 * 序号 | 考核内容 | 分值 | 评分标准 | 得分 | 扣分说明, each section a row with its own 分值 and no criteria, the items'
 * points in the 分值 column. Scores typed by the assessor; the section rows' 得分 cells take the sections' subtotals.
 */
export function countyPetition(): PublicForm {
  const sec = (name: string, base: number) => row(null, name, base, null, null, null);
  const it = (n: number, text: string, base: number, criteria: string, score: number, why: string | null = null) =>
    row(n, text, base, criteria, score, why);
  return {
    source: 'https://m.wydbw.com/show.asp?Id=196129',
    fixture: {
      name: '信访目标',
      cells: [
        row('某县信访工作目标管理考核评分表'),
        row('序号', '考核内容', '分值', '评分标准', '得分', '扣分说明'),
        sec('一、落实信访接待登记制度(5分)', 5),
        it(1, '来信来访接待登记(3分)', 3, '未根据《信访条例》建立健全来信来访登记制度及制度上墙的扣1分;未落实专人负责来信来访接待登记工作的扣1分;未完善来信来访登记、处理情况资料的扣1分。', 2, '登记资料不完善'),
        it(2, '领导开门接访、带案下访制度(2分)', 2, '党政一把手每周必须接访1次以上,每个工作日安排一名分管领导值班接访,领导接访做到有方案、有公示、有台账资料。未落实的每项扣1分。', 2), // 4 of 5
        sec('二、信访秩序整治(25分)', 25),
        it(3, '非访(15分)', 15, '按问题属地进行考核,进京非访扣15分/批次,到省非访扣10分/批次,到市非访扣5分/批次', 5, '到省非访1批次'),
        it(4, '越级上访(5分)', 5, '按问题属地进行考核,进京越级访扣5分/批次,到省集体访扣3分/批次,到市集体访扣2分/批次。', 5),
        it(5, '劝返(5分)', 5, '有人员到京滞留,问题属地单位没有及时到场劝访的扣5分/批次;有人员到省滞留的扣3分/批次;有人员到市滞留的扣2分/批次;有人员到县滞留的扣1分/批次。', 3, '到市滞留1批次'), // 13 of 25
        sec('三、信访信息系统建设(10分)', 10),
        it(6, '省网上信访信息系统运行情况(4分)', 4, '无法正常运行的扣2分,操作人员无法正常操作系统的扣2分。', 4),
        it(7, '信访受理或办理情况(6分)', 6, '信访受理或办理过程中未严格按照程序受理或办理,且在过程中要素不规范的每一小点扣1分,共6分,扣完为止。', 4, '要素不规范2处'), // 8 of 10
        row('合计', null, 40, null, null, null), // 4 + 13 + 8 = 25 of 40: 62.5%, 合格
      ],
      merges: ['A1:F1'],
    },
    expect: {
      kind: 'direct', columns: { index: 'A', content: 'B', base: 'C', criteria: 'D', score: 'E' },
      items: [[4, 2], [5, 2], [7, 5], [8, 5], [9, 3], [11, 4], [12, 4]],
      total: 25, fullMarks: 40, tier: '合格', tierDefault: true, complete: true, warnings: [], written: ['E10', 'E13', 'E3', 'E6'],
    },
  };
}

/**
 * 2014年泸溪县信访工作责任目标管理考核细则 (www.wenku365.com/p-26783355.html), 乡镇考核 sections (一) and (二) as
 * published, set out as 序号 | 考核内容 | 分值 | 得分 with no criteria column (the rule stands in the content). Each
 * section is a row with its own 分值 and no 序号 over items numbered 1、2…; (二) holds a single item of all its 5.
 */
export function luxiPetition(): PublicForm {
  return {
    source: 'http://www.wenku365.com/p-26783355.html',
    fixture: {
      name: '泸溪信访',
      cells: [
        row('2014年泸溪县信访工作责任目标管理考核细则（乡镇）'),
        row('序号', '考核内容', '分值', '得分'),
        row(null, '（一）领导重视', 12, null), // section, cap 12: D3
        row(1, '重视信访工作。将信访工作列入党委、政府全面工作一起研究部署、督促检查、考核评比的记2分，查工作记录，没有记录不计分。', 2, 2),
        row(2, '目标管理落实。认真贯彻落实上级信访工作目标，措施得力的计2分，没有记录不计分。', 2, 2),
        row(3, '领导接待日制度落实。每逢赶集日安排党委书记、乡镇长接访的记2分，没有记录不计分。', 2, 0),
        row(4, '领导包案制度落实。对信访突出问题和上访老户落实包案责任、明确包案领导、责任人员，有台账及相关资料，息诉息访率在50%以上的记4分，工作不扎实、成效不明显、未息诉息访的，每件扣0.5分。', 4, 3),
        row(5, '工作经费落实。每年信访工作经费5000元以上的记2分，否则不计分。', 2, 2), // 9 of 12
        row(null, '（二）信访工作机构建设', 5, null), // section, cap 5: D9
        row(1, '全面推行群众工作统揽信访工作。乡镇建立群众工作站，明确有分管领导和信访专（兼）人员、有固定的接待场所的记3分，村（社区）建立群众工作组记2分。', 5, 4), // 4 of 5
        row('合计', null, 17, null), // 9 + 4 = 13 of 17: 76.5%, 合格
      ],
      merges: ['A1:D1'],
    },
    expect: {
      kind: 'direct', columns: { index: 'A', content: 'B', base: 'C', score: 'D' },
      items: [[4, 2], [5, 2], [6, 0], [7, 3], [8, 2], [10, 4]],
      total: 13, fullMarks: 17, tier: '合格', tierDefault: true, complete: true, warnings: [], written: ['D11', 'D3', 'D9'],
    },
  };
}

/**
 * 进贤县乡镇卫生院院长绩效考核细则, 一、财务状况〔5分〕 (360docs.net/doc/0f26062349.html): 考核内容及评分方法, each item
 * ending with its points in 〔〕. The 分值 column, merged beside the items, holds the section's 5; 得分 and 扣分原因 are
 * added for the assessor. The public text breaks off after the third item, so the items here add up to 2 of the
 * section's 5: the tool must say so, naming both numbers, and cap the section at the 5 it states.
 */
export function jinxianHospital(): PublicForm {
  return {
    source: 'https://360docs.net/doc/0f26062349.html',
    fixture: {
      name: '院长考核',
      cells: [
        row('进贤县乡镇卫生院院长绩效考核细则'),
        row('考核内容及评分方法', '分值', '得分', '扣分原因'),
        row('一、财务状况〔5分〕', null, null, null),
        row('1.现金必须按规定的使用范围使用，凡超出现金支出限额的，一律通过银行划转，不得坐支、挪用，不得以白条抵现金〔0.5分〕', 5, 0.5, null),
        row('2.业务收入必须存入财政专户，原则上应当日发生，当日入帐，并定期结算，收费使用财政统一票据，票款相符〔1分〕', null, 1, null),
        row('3.固定资产的购置、变卖、报废必须报批〔0.5分〕', null, '0分', '报废未报批'), // 1.5 of 2 found
        row('合计', null, null, null), // 1.5 of 5: 30%, 不合格
      ],
      merges: ['A1:D1', 'A3:D3', 'B4:B6'],
    },
    expect: {
      kind: 'direct', columns: { base: 'B', score: 'C' },
      items: [[4, 0.5], [5, 1], [6, 0]],
      total: 1.5, fullMarks: 5, tier: '不合格', tierDefault: true, complete: true, warnings: ['CAP_MISMATCH'], written: ['C7'],
    },
  };
}

/**
 * 中小学幼儿园安全工作考评细则 (m.wenke99.com/p-13962235.html): 考评内容 | 分值 | 考评细则, 安全制度 20分 merged beside
 * its items, each 考评细则 ending 「…，3分;」. 得分 is added. The public text breaks off inside item 6, so items 1–5
 * add up to 14 of the section's 20: a warning naming both. 13 of 20 is 65%: 合格.
 */
export function schoolSafetyRules(): PublicForm {
  return {
    source: 'https://m.wenke99.com/p-13962235.html',
    fixture: {
      name: '安全考评',
      cells: [
        row('中小学幼儿园安全工作考评细则'),
        row('考评内容', '分值', '考评细则', '得分'),
        row('安全制度', '20分', '1、建立健全安全工作责任制。学校成立了安全工作领导小组，设立了安全工作办公室，有专职或兼职工作人员，层层签定学校安全工作目标责任状，并经常研究、布置安全工作，3分;', 3),
        row(null, null, '2、建立健全安全工作报告制度。学校每月应将本单位当月的安全工作情况向县局报告，对发生涉及师生人身安全、影响教学秩序和校园稳定等重大突发性事件，按照有关规定及时逐级上报，3分;', 3),
        row(null, null, '3、建立安全工作检查制度和隐患整改制度。学校定期组织安全检查，检查出的安全隐患及时整改，并建立学校安全工作档案，建立了学校安全工作检查日查、周结、月报制度，3分;', '2分'),
        row(null, null, '4、建立安全事故应急救援制度。制定了校园突发事件应急预案，建立了校园安全事故应急救援的相关管理制度，每年开展了一次以上的应急演练，2分;', 2),
        row(null, null, '5、建立安全教育制度。学校每学期以召开大会、讲座等形式集中开展安全教育不少于2次，并详细记载安全教育情况，同时把安全教育有机渗透到相关学科的教学内容和各种活动之中，3分;', 3),
        row('合计', null, null, null), // 3 + 3 + 2 + 2 + 3 = 13 of 20
      ],
      merges: ['A1:D1', 'A3:A7', 'B3:B7'],
    },
    expect: {
      kind: 'direct', columns: { content: 'A', base: 'B', score: 'D' },
      items: [[3, 3], [4, 3], [5, 2], [6, 2], [7, 3]],
      total: 13, fullMarks: 20, tier: '合格', tierDefault: true, complete: true, warnings: ['CAP_MISMATCH'], written: ['D8'],
    },
  };
}

/**
 * 文明施工检查评分表 (JGJ59, m.wenke99.com/p-2399447.html; 一般项目 item 7 from www.bigxun.com/view/1887010381450285057):
 * 序号 | 检查项目 (保证项目 in a column of its own that no header names) | 扣分标准 | 应得分数 | 扣减分数 | 实得分数, each
 * group closed by a 小计. The other 一般项目 items, whose text the sources do not give, are left out, and JGJ59's rule
 * on every 分项检查评分表 is written as the note. 现场防火 loses all its 10, so the sheet scores nothing.
 */
export function civilizedSite(): PublicForm {
  const item = (n: number, group: string | null, name: string, crit: string, base: number, deduct: number | null) =>
    row(n, group, name, crit, base, deduct, null);
  return {
    source: 'https://m.wenke99.com/p-2399447.html',
    fixture: {
      name: '文明施工',
      cells: [
        row('文明施工检查评分表'),
        row('序号', null, '检查项目', '扣分标准', '应得分数', '扣减分数', '实得分数'),
        item(1, '保证项目', '现场围挡', '在市区主要路段的工地周围未设置高于2.5m的围挡,扣10分;一般路段的工地周围未设置高于1.8m的围挡,扣10分;围挡材料不坚固、不稳定、不整洁、不美观,扣5~7分;围挡没有沿工地四周连续设置,扣3~5分', 10, 5), // 5
        item(2, null, '封闭管理', '施工现场进出口无大门,扣3分;无门卫和无门卫制度,扣3分;进入施工现场不佩戴工作卡,扣3分;门头未设置企业标志,扣3分', 10, 3), // 7
        item(3, null, '施工场地', '工地地面未做硬化处理,扣5分;道路不畅通,扣5分;无排水设施、排水不通畅,扣4分;工地有积水,扣2分;工地未设置吸烟处、随意吸烟,扣2分', 10, 2), // 8
        item(4, null, '材料堆放', '建筑材料、构件、料具不按总平面布局堆放,扣4分;料堆未挂名称、品种、规格等标牌,扣2分;堆放不整齐的扣3分;未做到工完场地清,扣3分;易燃易爆物品未分类存放,扣4分', 10, null), // 10
        item(5, null, '现场住宿', '在建工程兼作住宿,扣8分;施工作业区与办公、生活区不能明显划分,扣6分;宿舍无保暖和防煤气中毒措施,扣5分;无床铺、生活用品放置不整齐,扣2分', 10, 6), // 4
        item(6, null, '现场防火', '无消防措施、制度或无灭火器材,扣10分;灭火器材配置不合理,扣5分;无消防水源(高层建筑)或不能满足消防要求,扣8分;无动火审批手续和动火监护,扣5分', 10, 10), // 0
        row(null, null, '小计', null, 60, null, null), // 5 + 7 + 8 + 10 + 4 + 0 = 34
        item(7, '一般项目', '治安综合治理', '生活区未给工人设置学习和娱乐场所的扣4分;未建立治安保卫制度的、责任未分解到人的扣3~5分', 8, 4), // 4
        row(null, null, '小计', null, 8, null, null),
        row(null, null, '检查项目合计', null, 68, null, null), // a 保证项目 item scored 0: the sheet scores 0
        row('注：保证项目中有一项未得分或保证项目小计得分不足40分，此检查评分表不应得分。'),
      ],
      merges: ['A1:G1', 'B3:B8', 'B10:B10'],
    },
    expect: {
      kind: 'deductions', columns: { index: 'A', content: 'C', criteria: 'D', base: 'E', deduction: 'F', score: 'G' },
      items: [[3, 5], [4, 7], [5, 8], [6, 10], [7, 4], [8, 0], [10, 4]],
      // 扣5~7分, 扣3~5分: a judgement within a range, taken as entered (rows 3 and 10).
      total: 0, fullMarks: 68, tier: '不合格', tierDefault: true, complete: true,
      warnings: ['KEY_ITEM_ZERO', 'MANUAL_RULE', 'MANUAL_RULE'],
      written: ['G10', 'G11', 'G12', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9'],
    },
  };
}

/**
 * 各县、区政府消防安全责任人考评量化标准, 附表2 (www.fsou.net/html/text/lar/169845/16984553_2.html; item 4 from
 * www.fymate.net/html/text/lar/170368/17036802_4.html): 序号 | 考评内容 | 分值 | 评分标准 | 考评方式 | 自评分 | 考评分, one
 * 考评内容 merged over a row for each of its criteria. Items 1 and 4 as published; the 合计 row is added. The note's
 * 「考评结果直接判定为不达标」 has no row of the sheet to mark: the tool says it did not apply it.
 */
export function fireSafety(): PublicForm {
  const r = (n: number | null, text: string | null, base: string, crit: string, how: string | null, self: number, score: number) =>
    row(n, text, base, crit, how, self, score);
  return {
    source: 'http://www.fsou.net/html/text/lar/169845/16984553_2.html',
    fixture: {
      name: '消防考评',
      cells: [
        row('各县、区政府消防安全责任人考评量化标准'),
        row('序号', '考评内容', '分值', '评分标准', '考评方式', '自评分', '考评分'),
        r(1, '贯彻执行消防法律法规，落实消防安全责任制。', '6分', '未组织研究制定年度消防工作目标和任务的扣6分。', '听取汇报，查阅有关文件资料。', 6, 6),
        r(null, null, '5分', '未与下一级政府消防安全责任人签订消防安全责任书的扣5分。', null, 5, 5),
        r(null, null, '5分', '未对消防安全责任制的落实情况进行督促检查的扣5分。', null, 5, 0), // 11 of 16
        r(4, '加强消防队伍建设，保障消防经费和消防装备逐年增加。', '3分', '未组织研究加强多种形式消防队伍建设的扣3分。', '听取汇报，查阅有关文件资料，实地检查。', 3, 3),
        r(null, null, '4分', '未协调解决消防经费保障的扣4分。', null, 4, 4),
        r(null, null, '6分', '未组织研究消防装备建设的扣3分，消防装备建设未达到国家标准的，酌情扣2-6分。', null, 6, 4), // 11 of 13
        row('合计', null, null, null, null, null, null), // 22 of 29: 75.9%, 合格
        row('说明：1.每一项扣完分数即止，不计负分。2.发生死亡10人、重伤50人以上重大火灾事故的，考评结果直接判定为不达标。'),
      ],
      merges: ['A1:G1', 'A3:A5', 'B3:B5', 'E3:E5', 'A6:A8', 'B6:B8', 'E6:E8', 'A10:G10'],
    },
    expect: {
      kind: 'direct', columns: { index: 'A', content: 'B', base: 'C', criteria: 'D', self: 'F', score: 'G' },
      items: [[3, 6], [4, 5], [5, 0], [6, 3], [7, 4], [8, 4]],
      total: 22, fullMarks: 29, tier: '合格', tierDefault: true, complete: true, warnings: ['CONDITION_NOT_APPLIED'], written: ['G9'],
    },
  };
}

/**
 * 镇（中心）食品安全工作考核细则 (2012年乡镇食品安全考核细则, www.renrendoc.com/p-11329527.html): 考核项目 |
 * 评分内容及标准 | 分值 | 得分, 组织领导（20分） and 日常监管（20分） as published, 分值 written 「3 分」. The assessor types
 * the scores with their unit, 「3分」, as the 分值 column has them. The 合计 row is added. 37 of 40 is 92.5%: 优秀.
 */
export function townFoodSafety(): PublicForm {
  const it = (group: string | null, text: string, base: string, score: FixtureCell) => row(group, text, base, score);
  return {
    source: 'http://www.renrendoc.com/p-11329527.html',
    fixture: {
      name: '食品安全',
      cells: [
        row('镇（中心）食品安全工作考核细则'),
        row('镇（中心）：'),
        row('考核项目', '评分内容及标准', '分值', '得分'),
        it('组织领导（20分）', '将食品安全工作列入镇（中心）党委、政府的议事议程或目标考核，主要领导对食品安全负总责。', '3 分', '3分'),
        it(null, '食品安全工作办公室运转正常（3 分），及时更新主任、副主任、管理员、协管员、信息员（2 分）。', '5 分', '5分'),
        it(null, '每季度召开最少一次食品安全工作专题会议，研究、部署食品安全工作（缺 1 次扣 2 分，扣完为止）。', '5 分', '3分'),
        it(null, '制定结合本镇（中心）实际的食品安全工作方案，要做到目标具体、任务明确、措施得力。', '2 分', '2分'),
        it(null, '建立并落实食品安全事故责任追究制度和食品安全违法线索举报奖励制度（3 分），设立有效的举报渠道（2 分）。', '5 分', '5分'), // 18 of 20
        it('日常监管（20分）', '镇（中心）政府与村委会、生产（加工）、经营、餐饮服务企业、学校、餐饮服务队签订并落实责任书（5 分）。', '5 分', '5分'),
        it(null, '建立辖区内食品生产（加工）、经营、餐饮服务企业及餐饮服务队档案（3 分），并与监管企业签订食品质量安全承诺书（2 分）。', '5 分', '5分'),
        it(null, '组织定期或不定期开展食品安全检查或巡查工作，全年检查覆盖率达 100%（5 分）。', '5 分', '4分'),
        it(null, '积极配合食品安全监管部门开展工作（2 分）。', '2 分', '2分'),
        it(null, '认真开展农村家宴备案及监管工作（2 分），督促厨师及服务人员进行健康体检（1 分）。', '3 分', '3分'), // 19 of 20
        row('合计', null, null, null), // 18 + 19 = 37 of 40
      ],
      merges: ['A1:D1', 'A4:A8', 'A9:A13'],
    },
    expect: {
      kind: 'direct', columns: { section: 'A', criteria: 'B', base: 'C', score: 'D' },
      items: [[4, 3], [5, 5], [6, 3], [7, 2], [8, 5], [9, 5], [10, 5], [11, 4], [12, 2], [13, 3]],
      total: 37, fullMarks: 40, tier: '优秀', tierDefault: true, complete: true, warnings: [], written: ['D14'],
    },
  };
}

/**
 * 2011年定远县食品安全工作目标考核评分细则 (renrendoc.com/p-67288047.html): 考核项目 | 考核对象 | 考核要点 | 分值 |
 * 考核内容 | 评分标准 | 得分 | 情况说明. The 分值 beside each 考核要点 (20, 15, 20) is merged down over its 考核内容, each of
 * which ends with its own points, 「…(10分)」. 考核要点 1.1 to 1.3 as published; the 考核项目 cell is left without its
 * 「(75分)」, which counts 1.4 and 1.5 as well, not given here.
 */
export function dingyuanFoodSafety(): PublicForm {
  const it = (point: string | null, base: number | null, text: string, crit: string, score: number, why: string | null = null) =>
    row(null, null, point, base, text, crit, score, why);
  const cells = [
    row('2011年定远县食品安全工作目标考核评分细则'),
    row('考核项目', '考核对象', '考核要点', '分值', '考核内容', '评分标准', '得分', '情况说明'),
    row('1.政府组织工作与保障', '食安办', '1.1食品安全工作纳入政府目标考核', 20, '1.1.1食品安全工作纳入政府目标考核。(10分)', '有纳入考核的文件得10分,否则不得分;', 10, null),
    it(null, null, '1.1.2有考核,有考核结果。(10分)', '没有考核扣10分,无考核结果扣5分。', 5, '无考核结果'), // 15 of 20
    it('1.2研究解决食品安全实际问题情况', 15, '1.2.1县政府常务会(或县长办公会、食品安全委员会)研究、部署食品安全工作。(5分)', '有会议记要得5分,否则不得分;', 5),
    it(null, null, '1.2.2成立食品安全委员会(或协调委员会),并由政府主要负责人担任主任委员。(5分)', '没有成立扣5分,不是主要负责人担任主任委员扣2.5分;', 2.5, '分管负责人任主任委员'),
    it(null, null, '1.2.3县政府领导现场调研、检查食品安全工作相关背景材料(相关信息和影像资料)。(5分)', '全年县政府分管领导参加不少于四次,每少一次扣1.25分。', 3.75, '全年三次'), // 11.25 of 15
    it('1.3食品安全工作经费纳入同级财政预算', 20, '1.3.1食品安全监管部门日常监管经费有保障,有食品安全专项经费投入,食品安全抽检经费纳入政府财政预算。(15分)', '与上年度相比持平得15分,每下降一个百分点扣7.5分;', 15),
    it(null, null, '1.3.2食品安全委员会办公室有工作经费。(5分)', '10万元以上(含10万)得5分,5至10万(含5万)得2.5分,3至5万(含3万)得1.25分,少于3万不得分。', 2.5, '经费6万元'), // 17.5 of 20
    row('合计', null, null, 55, null, null, null, null), // 15 + 11.25 + 17.5 = 43.75 of 55: 79.5%, 合格
  ];
  return {
    source: 'https://renrendoc.com/p-67288047.html',
    fixture: {
      name: '定远食安',
      cells,
      merges: ['A1:H1', 'A3:A9', 'B3:B9', 'C3:C4', 'D3:D4', 'C5:C7', 'D5:D7', 'C8:C9', 'D8:D9'],
    },
    expect: {
      kind: 'direct', columns: { section: 'A', content: 'C', base: 'D', criteria: 'F', score: 'G' },
      items: [[3, 10], [4, 5], [5, 5], [6, 2.5], [7, 3.75], [8, 15], [9, 2.5]],
      total: 43.75, fullMarks: 55, tier: '合格', tierDefault: true, complete: true, warnings: [], written: ['G10'],
    },
  };
}

/**
 * 幼儿园评估细则, B1 体制管理（28分） (www.mrktu.com/DocHtml/285/20/06/00234017.html): 二级指标 | 三级指标 | 序号 |
 * 评估内容 | 分值 | 评分标准 | 评估方式 as published under A1 园务管理, whose other B-level indicators are left out; the
 * page shows no header row, so the column names are the usual ones, and 扣分 | 得分 are added for the assessor. 22 of
 * 28 is 78.6%: 合格 by the default bands (as points out of 100, 不合格). Two levels: B1 over the sections C1 and C2.
 */
export function kindergartenAssessment(): PublicForm {
  const it = (b: string | null, c: string | null, n: number, text: string, base: number, crit: string, deduct: number | null) =>
    row(b, c, n, text, base, crit, deduct, null, null);
  return {
    source: 'http://www.mrktu.com/DocHtml/285/20/06/00234017.html',
    fixture: {
      name: '幼儿园评估',
      cells: [
        row('幼儿园评估细则'),
        row('二级指标', '三级指标', '序号', '评估内容', '分值', '评分标准', '扣分', '得分', '评估方式'),
        it('B1\n体制管理\n(28分)', 'C1', 1, '全面贯彻党和国家关于幼儿教育的方针、政策，认真落实《规程》、《纲要》、《指南》等精神。', 8,
          '每学期学习活动不少于8次，每少一次扣1分，不详实扣3分，扣完为止。', 2), // 6
        it(null, null, 2, '实行园长负责制（民办幼儿园实行董（理）事会领导下的园长负责制）；园内组织机构健全。', 3, '未实行园长负责制扣2分；组织机构不健全扣1分。', 1), // 2
        it(null, 'C2', 1, '加强民主管理和监督。建立园务委员会，成立家长委员会、伙食委员会。', 10,
          '园务委员会每月一次集中会议，家委会、伙委会每学期一次集中会议，少任一项扣3分，扣完为止；任一项过程性资料不详实扣2分，扣完为止。', 3), // 7
        it(null, null, 2, '党、团、工会组织健全，定期开展活动；依据工会法，每年定期召开全体教职工大会或教师代表大会，程序规范。', 7,
          '少任一扣3分（不具备成立党支部条件的不扣分），任一组织过程性资料不详实扣3分；两种组织活动过程性资料不详实不得分。', null), // 7
        row('合计', null, null, null, 28, null, null, null, null), // 6 + 2 + 7 + 7 = 22 of 28
      ],
      merges: ['A1:I1', 'A3:A6', 'B3:B4', 'B5:B6'],
    },
    expect: {
      kind: 'deductions', columns: { base: 'E', criteria: 'F', deduction: 'G', score: 'H' },
      items: [[3, 6], [4, 2], [5, 7], [6, 7]],
      total: 22, fullMarks: 28, tier: '合格', tierDefault: true, complete: true, warnings: [], written: ['H3', 'H4', 'H5', 'H6', 'H7'],
    },
  };
}

export const DOMAIN_FORMS = [
  chuzhouPetition, countyPetition, luxiPetition, jinxianHospital, schoolSafetyRules, civilizedSite, fireSafety,
  townFoodSafety, dingyuanFoodSafety, kindergartenAssessment,
];

/**
 * Score sheets built from the seeds' own tables (shared/seeds), as fixtures the tests write to .xlsx at test time.
 * Each comes with the scores a careful assessor computes by hand under SCORING.md §4; the arithmetic is in the
 * comments beside the rows.
 */
import type { FixtureCell, SheetFixture } from '../contract/adapter-contract';

const row = (...cells: FixtureCell[]): FixtureCell[] => cells;

/**
 * Seed 000 (让胡路区委政法委政法工作绩效考核细则): 项目 | 序号 | 考核内容及要求 | 评分标准 | 基础分 | 扣分依据 | 扣分 | 得分,
 * sections merged down column A with their caps in the text, and the header repeated where the printed page broke.
 */
export const SEED000_HEADER = ['项目', '序号', '考核内容及要求', '评分标准', '基础分', '扣分依据', '扣分', '得分'];

export function seed000(name = '区委政法委'): SheetFixture {
  return {
    name,
    cells: [
      row('让胡路区委政法委政法工作2023年度绩效考核细则'),
      SEED000_HEADER,
      // 执法规范化建设和专项执法检查工作项目10分: bases 2+2+2+2+2 = 10.
      row('执法规范化建设和专项执法检查工作项目10分', 1, '认真贯彻落实《关于规范刑事执法若干问题的意见》。',
        '不按照意见执行的或对执行中产生的问题不及时协调、提请协调的扣2分，以到市区委政法委上访的刑事案件为准。',
        2, '到市上访1件', 2), // 2 − 2 = 0
      row(null, 2, '做好专项执法检查筹备和整改工作，能够积极主动配合市区政法委开展的专项检查，及时提供卷宗。',
        '对市区委政法委专项执法检查不重视、不配合的扣1分，以当时检查记录为准；不落实案件整改意见和不及时反馈案件处理情况的扣1分，以记录为准。',
        2, '未及时反馈', 1), // 2 − 1 = 1
      row(null, 3, '认真贯彻落实《关于规范涉案款物若干问题的意见》。', '以当时检查记录为准，没认真执行的扣2分。', 2), // 2 − 0 = 2
      row(null, 4, '认真贯彻落实《关于对几类案件实行报告制度的通知》和四类案件上报工作，及时上报。',
        '未按照文件规定及时上报、迟报、漏报的扣2分，以市区委政法委通报为准。',
        2, '迟报、漏报', 3), // 扣分3超过基础分2 → 按2扣（警告）: 2 − 2 = 0
      row(null, 5, '认真开展百案评查工作，有具体方案，有评查组织、结果和通报。',
        '未开展查评工作的不得分；无查评方案的扣1分；无查评通报和查评组织的扣1分。',
        2, '未开展', '不得分'), // 不得分 = 全扣: 0
      // Section score min(10, 0+1+2+0+0) = 3.
      SEED000_HEADER, // the header repeated at a page break: not an item
      // “四无”基层政法单位创建活动工作项目25分: bases 10+10+5 = 25.
      row('“四无”基层政法单位创建活动工作项目25分', 1, '认真组织开展“四无”基层政法单位创建活动。',
        '无具体实施方案和工作部署的扣1分；无情况通报的扣1分；发生进京“四无”访案件的扣4分；息诉罢访率不达到85%以上扣4分，以信访台帐为准。',
        10, '进京访1件、无通报', 5), // 10 − 5 = 5
      row(null, 2, '建立涉法涉诉问题排查化解机制，对各类案件的信访隐患主动摸排，落实责任，及时化解。',
        '未组织开展摸排建立台帐的扣1分；没有按时办结和上报的扣2分；重要敏感时期稳控工作不到位而引发信访案件的扣2分。',
        10, '未按时办结', 2), // 10 − 2 = 8
      row(null, 3, '认真落实领导包案和领导接待制度，对群众来信来访认真对待，及时答复，明确办理时限。',
        '不落实领导包案和接待制度的扣2分；未明确办理时限和给予答复的扣2分。无信访专门机构和专人的扣1分',
        5, '', 0.5), // 5 − 0.5 = 4.5
      // Section score min(25, 5+8+4.5) = 17.5.
      // 先优争创活动工作项目20分: bases 5+5+10 = 20.
      row('先优争创活动工作项目20分', 1, '全面开展先优争创活动。',
        '无开展活动资料的不得分；经抽查，发现干警不清楚活动内容的不得分，以抽查记录为准。', 5), // 5
      row(null, 2, '发现培养、选树先进集体典型1个、优秀干警3个。', '典型集体少于1个扣2分；优秀干警每少一个扣1分。',
        5, '少优秀干警3个', 3), // 5 − 3 = 2
      row(null, 3, '总结基层经验，向区委政法委报送争创活动信息简报不少于5篇。', '每少一篇扣2分。',
        10, '少2篇', 4), // 10 − 4 = 6
      // Section score min(20, 5+2+6) = 13.
      row('合计', null, null, null, 55), // total = 3 + 17.5 + 13 = 33.5 of 55 → 不合格 (default bands: < 60)
      row('考核组长(签字)：', null, null, '考核组成员(签字)：'),
    ],
    merges: ['A1:H1', 'A3:A7', 'A9:A11', 'A12:A14'],
  };
}

export const SEED000_EXPECTED = {
  headerRow: 2,
  scoreCol: 'H',
  items: { 3: 0, 4: 1, 5: 2, 6: 0, 7: 0, 9: 5, 10: 8, 11: 4.5, 12: 5, 13: 2, 14: 6 } as Record<number, number>,
  sections: [
    { cap: 10, score: 3 },
    { cap: 25, score: 17.5 },
    { cap: 20, score: 13 },
  ],
  total: 33.5,
  fullMarks: 55,
  /** 33.5 of 55 is 60.9%: 合格 by the default shares of full marks (the sheet declares no bands). */
  tier: '合格',
  totalRow: 15,
  /** The deduction above its base. */
  warningRow: 6,
};

/**
 * Seed 002 (司法所目标绩效考核细则): 考核项目 | 考核内容 | 目标分值 | 考核方式 | 得分. The criteria sit inside the content
 * text; the bases are written "2", "5分", "1.5分". As printed it has no 扣分 column, so it cannot be scored.
 */
export function seed002(withDeduction: boolean, name = '司法所'): SheetFixture {
  const header = withDeduction
    ? ['考核项目', '考核内容', '目标分值', '考核方式', '扣分', '得分']
    : ['考核项目', '考核内容', '目标分值', '考核方式', '得分'];
  const item = (section: string | null, content: string, base: FixtureCell, method: string, deduction: FixtureCell) =>
    withDeduction ? row(section, content, base, method, deduction) : row(section, content, base, method);
  return {
    name,
    cells: [
      row('司法所20XX年度目标绩效考核细则'),
      header,
      // 司法所建设(15分): bases 2+2+1+5+5 = 15.
      item('司法所建设(15分)', '1.深入开展习近平法治思想学习（1分），扎实开展党史学习教育。（1分）', 2, '查看资料、平时掌握', 0), // 2
      item(null, '2.深化作风建设、纪律建设，无违反中央八项规定精神及其实施细则等问题，被查处通报的，不得分（1分）。严格执行效能建设制度，被效能暗访通报，本项不得分（1分）。',
        2, '查看资料、平时掌握', 1), // 2 − 1 = 1
      item(null, '3.坚持正确的政治方向和舆论导向，无负面舆情，发现一例负面舆情不得分。（1分）', 1, '查看资料、平时掌握', 1), // 1 − 1 = 0
      item(null, '4.重视宣传信息工作，每月向局人秘科报送各类信息不少于2篇（全年24篇）。（5分，少一篇扣1分）', 5, '日常掌握', 2), // 5 − 2 = 3
      item(null, '5.办公环境整洁（1分）；司法所经费使用按序时进度，财务报销规范（2分），每季度支出未达到序时进度的扣0.5分。',
        '5分', '实地查看、平时掌握', 0.5), // 5 − 0.5 = 4.5
      // Section score min(15, 2+1+0+3+4.5) = 10.5.
      header, // repeated at the page break
      // 人民调解(15): bases 5.5+2+1.5+1+2+1+1+1 = 15.
      item('人民调解(15)', '1.组织机构健全。未建立调解组织发现一例扣1分，未按标准建设发现一例扣1分，扣完为止。', '5.5分', '查看资料、平时掌握', 1.5), // 5.5 − 1.5 = 4
      item(null, '2.人员配备到位。配齐镇（园区）专职人民调解员不少于2人（2分）。缺一名扣1分。', '2分', '实地查看、平时掌握', 0), // 2
      item(null, '3.经费保障到位。镇（园区）未按要求发放补助的发现一起扣0.5分。', '1.5分', '查看资料、平时掌握', 0.5), // 1.5 − 0.5 = 1
      item(null, '4.能力素质提升。全年组织辖区内人民调解员培训不少于1次，缺项扣0.2分。', '1分', '查看资料', 0.2), // 1 − 0.2 = 0.8
      item(null, '5.调解卷宗一份不完整扣0.2分，扣完为止；一件未录扣0.2分，扣完为止。', '2分', '查看资料', 0.4), // 2 − 0.4 = 1.6
      item(null, '6.“三大三保零发生”专项活动扎实开展（1分）。缺一项扣0.5分，扣完为止。', '1分', '查看资料、平时掌握', 0), // 1
      item(null, '7.按照人民调解案例库任务要求，及时高质量报送案例，全年至少报送一篇。', '1分', '平时掌握', 1), // 1 − 1 = 0
      item(null, '8.智慧调解信息平台录入完整。未录完扣1分。', '1分', '查看系统', null), // 1
      // Section score min(15, 4+2+1+0.8+1.6+1+0+1) = 11.4.
      row('合计'), // total = 10.5 + 11.4 = 21.9 of 30 → 不合格
    ],
    merges: [withDeduction ? 'A1:F1' : 'A1:E1', 'A3:A7', 'A9:A16'],
  };
}

export const SEED002_EXPECTED = {
  headerRow: 2,
  scoreCol: 'F',
  items: { 3: 2, 4: 1, 5: 0, 6: 3, 7: 4.5, 9: 4, 10: 2, 11: 1, 12: 0.8, 13: 1.6, 14: 1, 15: 0, 16: 1 } as Record<number, number>,
  sections: [
    { cap: 15, score: 10.5 },
    { cap: 15, score: 11.4 },
  ],
  total: 21.9,
  fullMarks: 30,
  /** 21.9 of 30 is 73%: 合格 by the default shares. */
  tier: '合格',
};

/**
 * Seed 004 (xx镇综治及信访工作考核评分表): 考核内容 | 考核重点 | 分值 | 扣分因素 | 得分. No section column: the left of the two
 * text columns holds the sections. A 五、加减分 block with no bases, signatures, then 注 rows. As printed it has no
 * 扣分 column; the variant inserts one before 得分.
 */
export function seed004(withDeduction: boolean, name = '综治信访'): SheetFixture {
  const header = withDeduction
    ? ['考核内容', '考核重点', '分值', '扣分因素', '扣分', '得分']
    : ['考核内容', '考核重点', '分值', '扣分因素', '得分'];
  const width = header.length;
  const item = (section: string | null, focus: string, base: FixtureCell, factors: string, deduction: FixtureCell) =>
    withDeduction ? row(section, focus, base, factors, deduction) : row(section, focus, base, factors);
  /** A 加减分 row: bonuses entered in 得分, penalties in 扣分 where that column exists. */
  const adjust = (section: string | null, focus: string, factors: string, entry: FixtureCell, penalty: boolean) => {
    const r: FixtureCell[] = [section, focus, null, factors];
    if (!withDeduction) r.push(entry);
    else if (penalty) r.push(entry);
    else r.push(null, entry);
    return r;
  };
  return {
    name,
    cells: [
      row('xx镇综治及信访工作考核评分表'),
      row('单位：', null, null, '年  月  日'),
      header,
      // 一、…（20分）: bases 5×4 = 20.
      item('一、落实信访工作责任制，建立一把手负总责（20分）', '查看会议记录，了解信访工作落实情况', 5, '没开会研究相关工作事项的扣1分', 1), // 4
      item(null, '落实领导包案制度情况，村主要领导接访情况', 5, '上访群众没有村级处理意见的每件扣1分，对信访人包保情况（查会议记录或包保表）没有扣5分', 0), // 5
      item(null, '信访件办理', 5, '上级交办的信访件能妥善办理并及时上报处理结果。', null), // 5
      item(null, '开展矛盾纠纷排查情况', 5, '每月排查两次并上报，缺一次扣1分，没有负责人签字并加盖公章的缺1次扣一分', 2), // 3
      // Section score min(20, 4+5+5+3) = 17.
      // 二、…（30分）: one item, base 30, the ten lines of 扣分因素 in one cell.
      item('二、包保网络建设和责任追究（30分）', '确保无人到京、省、市、区、镇上访落实情况', 30,
        ['到京正常上访，每人次扣5分', '非正常上访、重复上访的每人次扣10分', '到省正常上访，每人次扣4分',
          '非正常上访、重复上访的每人次扣8分', '到市正常上访，每人次扣3分', '非正常上访、重复上访的每人次扣6分',
          '到区正常上访，不能及时稳控调处的每人次扣2分', '非正常上访、重复上访的每人次扣4分',
          '到镇正常上访，不能及时稳控调处的每人次扣1分', '非正常上访、重复上访的每人次扣2分'].join('\n'),
        9), // 30 − 9 = 21; section 21
      // 三、…（20分）: bases 10+5+5 = 20.
      item('三、解决信访问题（20分）', '领导批办的信访件及时办结情况', 10, '到期不能按时结案的，每件扣5分', 5), // 5
      item(null, '及时上报矛盾纠纷化解材料', 5, '', 0), // 5
      item(null, '上级排查梳理的信访积案实行领导包案', 5, '出现重复反复访的扣5分', 5), // 0
      // Section score min(20, 5+5+0) = 10.
      // 四、…（30）: bases 5+5+5+4+6+5 = 30.
      item('四、综治维稳基层基础工作，“综治维稳信访工作站”运行工作开展情况（30）',
        '1、各村（居）设立村级综治中心，要有值班表，并对每天值班情况进行记录。（5分）', 5, '无值班记录扣2分；卫生不干净扣1分；制度不完善扣2分', 3), // 2
      item(null, '2、特殊人员（精神病患者、吸毒人员、邪教人员、信访人员）管理情况。（5分）', 5, '每缺一类特殊人员扣1分，扣完为止。', 1), // 4
      item(null, '3、各村（居）综治工作资料要规范、齐全。（5分）', 5, '每缺一项资料扣1分，扣完为止。', 0), // 5
      item(null, '4、各村（居）治安巡逻每周要进行三次以上并且要有记录。（4分）', 4, '每少一次扣0.5分，扣完为止。', 1.5), // 2.5
      item(null, '5、各村（居）要建立健全相关领导小组制度。（6分）', 6, '每缺一样，扣0.5分，扣完为止。', 0.5), // 5.5
      item(null, '6、各村（居）要认真开展平安建设暨群众安全感满意度的提升工作。（5分）', 5, '如回答对政法机关不满意的，每例扣一分', 2), // 3
      // Section score min(30, 2+4+5+2.5+5.5+3) = 22.
      // 五、加减分: net +2 +1 +3 −2 −5 = −1.
      adjust('五、加减分', '1、上报矛盾纠纷排查化解卷宗。', '一份加1分', 2, false), // +2
      adjust(null, '2、治安卡点设备齐全。', '加1分', 1, false), // +1
      adjust(null, '3、监控、灯光工程。', '加1分', null, false),
      adjust(null, '4、化解信访积案。', '加5分', null, false),
      adjust(null, '5、在省、市、区检查中受到表彰。', '分别加5分、3分、2分', 3, false), // +3
      adjust(null, '6、不按时或缺席综治工作会议。', '缺一次扣1分', 2, true), // −2
      adjust(null, '7、村(居)无专人负责综治中心工作。', '扣3分', null, true),
      adjust(null, '8、在上级检查、督查、暗访中受到处理。', '扣5分', -5, true), // written "-5": the rule's 扣 gives the sign, −5
      row('考核组长(签字)：', null, '考核组成员(签字)：'),
      row('注：1、考核总分值设为100分。'),
      row('2、因稳控调处不当，信息不畅造成群众集体上访，产生较大影响的以0分计算，并对当年工作一票否决。'),
      // Items 17 + 21 + 10 + 22 = 70; total 70 − 1 = 69 of 100 → 合格 (default bands: 60 ≤ 69 < 80).
    ],
    merges: [`A1:${String.fromCharCode(64 + width)}1`, 'A4:A7', 'A9:A11', 'A12:A17', 'A18:A25'],
  };
}

export const SEED004_EXPECTED = {
  headerRow: 3,
  scoreCol: 'F',
  items: { 4: 4, 5: 5, 6: 5, 7: 3, 8: 21, 9: 5, 10: 5, 11: 0, 12: 2, 13: 4, 14: 5, 15: 2.5, 16: 5.5, 17: 3 } as Record<number, number>,
  sections: [
    { cap: 20, score: 17 },
    { cap: 30, score: 21 },
    { cap: 20, score: 10 },
    { cap: 30, score: 22 },
  ],
  adjustments: [
    { row: 18, kind: 'bonus', points: 2 },
    { row: 19, kind: 'bonus', points: 1 },
    { row: 22, kind: 'bonus', points: 3 },
    { row: 23, kind: 'penalty', points: 2 },
    { row: 25, kind: 'penalty', points: 5 },
  ],
  bonus: -1,
  total: 69,
  fullMarks: 100,
  tier: '合格',
};

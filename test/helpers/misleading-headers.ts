/**
 * Public score sheets whose header words mislead a reader that trusts words alone, rebuilt as published (sources
 * named on each), filled as assessors fill them, with hand-computed results beside the rows.
 */
import type { FixtureCell, SheetFixture } from '../contract/adapter-contract';

const row = (...cells: FixtureCell[]): FixtureCell[] => cells;

/**
 * 建筑工程项目安全目标责任考核表 (原创力文档, max.book118.com/html/2023/0602/6204241121005140.shtm): 序号 | 目标责任制内容 |
 * 标准分 | 考核细则 | 完成情况(扣分) | 得分. The deduction column is headed 完成情况 with 扣分 only in brackets; the
 * published form repeats its first item as item 5, kept as published. Deductions as an assessor enters them;
 * hand-computed: 20−5 = 15; 50−10 = 40; 10−2 = 8; 20−0 = 20; 20−3 = 17 (「3分」); total 100 of 120.
 */
export const BUILDING_SAFETY_SOURCE = 'https://max.book118.com/html/2023/0602/6204241121005140.shtm';
export function buildingSafety(deductionHeader = '完成情况\n(扣 分)'): SheetFixture {
  return {
    name: '安全目标',
    cells: [
      row('建筑工程项目安全目标责任考核表'),
      row('考核部门:', null, '考核部门/人:', null, '考核时间:  年  月  日', '得分:  分'),
      row('序号', '目标责任制内容', '标准分', '考核细则', deductionHeader, '得分'),
      row(1, '安全生产法律法规政策宣传', 20,
        '对国家有关安全生产法律、法规、方针、安全规定各项规章制度未进行宣传贯彻扣10分\n未能把安全生产工作要求贯彻到生产各个环节中扣10分', 5, null),
      row(2, '建立健全公司安全生产管理机构，建立健全管理制度，落实全员安全生产责任制，组织安全检查安全会议安全标准化建设，保证公司安全投入', 50,
        '未健全组织机构和职能部门人员任命扣5分\n未参加安委会会议和各项安全活动扣5分\n未落实和检查各级部门和人员安全生产责任制扣10分\n未能保证安全投入和工伤保险扣10分\n未组织制定公司安全目标和安全制度、岗位操作规程及修订扣10分\n安全标准化工作未开展或不达标扣10分\n未执行带班管理扣5分', 10, null),
      row(3, '实施全员培训，消除安全隐患', 10, '人员培训率每下降1%扣1分\n隐患未排查或未整改扣5分', 2, null),
      row(4, '应急救援预案及事故处理', 20,
        '未组织应急预案修订和演练扣3分\n未处理好安全事故扣5分\n未能进行事故调查分析及按规定处理的扣20分\n对事故未能吸取教训，并落实预防措施的扣20分\n发生工伤事故未按规定向上级汇报的扣20分', 0, null),
      row(5, '安全生产法律法规政策宣传', 20,
        '对国家有关安全生产法律、法规、方针、安全规定各项规章制度未进行宣传贯彻扣10分\n未能把安全生产工作要求贯彻到生产各个环节中扣10分', '3分', null),
      row('合计', null, null, null, null, null),
    ],
    merges: ['A1:F1'],
  };
}

/**
 * 湖北**卫生检查评分标准 (原创力文档, max.book118.com/html/2020/0904/6101235105002240.shtm): 类别 | 标准 | 分值 | 得分 |
 * 扣分原因, the assessor typing each 得分. 标准 is a header word no list holds; its column holds the items' text. The
 * first category (办公室/会议室, 100分, ten items of 10) is kept. Hand-computed: 10+8+10+9+10+10+7+10+10+9 = 93 of 100.
 */
export const HYGIENE_SOURCE = 'https://max.book118.com/html/2020/0904/6101235105002240.shtm';
export function hygieneCheck(): SheetFixture {
  const items: [string, number, string | null][] = [
    ['1、地面无灰尘、无垃圾、无痰迹。', 10, null],
    ['2、墙面无乱写乱画现象、无灰尘、无蜘蛛网', 8, '墙角有蜘蛛网'],
    ['3、办公桌椅干净，桌面、台面物品摆放整齐', 10, null],
    ['4、门窗边、角清洁无灰尘，玻璃明亮无污垢', 9, '窗台有灰'],
    ['5、灯具、电扇、空调、柜顶无积灰、无蜘蛛网', 10, null],
    ['6、文件柜内物品摆放整齐，干净无灰尘', 10, null],
    ['7、沙发、办公桌底无杂乱堆积物，无灰尘', 7, '桌底堆放纸箱'],
    ['8、电线、网线、电话线布线整齐', 10, null],
    ['9、窗帘合理悬挂，干净无污物、无破损', 10, null],
    ['10、墙面悬挂、张贴物规范整齐、干净无灰尘', 9, '张贴物歪斜'],
  ];
  return {
    name: '卫生检查',
    cells: [
      row('湖北**卫生检查评分标准'),
      row('部门：', null, null, '年  月  日'),
      row('类 别', '标 准', '分值', '得分', '扣分原因'),
      ...items.map(([text, score, why], i) => row(i === 0 ? '办公室\n会议室\n100 分' : null, text, 10, score, why)),
    ],
    merges: ['A1:E1', 'A4:A13'],
  };
}

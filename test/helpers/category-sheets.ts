/**
 * Score sheets with categories over sections (一级指标 over 二级指标), in the layouts real sheets use, with the scores
 * a careful assessor computes by hand beside the rows. The public forms among them are in public-forms.ts.
 */
import type { FixtureCell, SheetFixture } from '../contract/adapter-contract';

/**
 * Seed 004's own outline: 一、考核内容 over （一）…（20分） and （四）…（30分）, each over its numbered items (texts
 * shortened), with a 分值 | 扣分 | 得分 column each. （四） is not merged across: still a heading under 一、.
 * Hand-computed: （一） 4 + 5 + 4 + 3.5 = 16.5; （四） 3 + 5 + 4 + 3.5 + 6 + 4 = 25.5; 一、 42 of 50.
 */
export function seedOutline(): SheetFixture {
  return {
    name: '考核内容',
    cells: [
      ['考核内容', '分值', '扣分', '得分'],
      ['一、考核内容', null, null, null],
      ['（一）组织领导，落实综治信访工作领导责任，建立一把手负总责（20分）', null, null, null],
      ['1、严格落实责任追究制，村居成立组织，定期向上级报告矛盾纠纷排查化解及不稳定因素。（5分）', 5, 1, null], // 4
      ['2、落实领导包案制度，上级交办的信访事件能妥善处理并及时上报处理结果。（5分）', 5, null, null], // 5
      ['3、到镇上访的群众，必须持有村出具的处理意见书。没持有村级处理意见书，直接到镇上访的扣1分（5分）', 5, 1, null], // 4
      ['4、深入开展矛盾纠纷排查化解工作，每月排查二次，每缺一次扣0.5分，扣完为止。（5分）', 5, 1.5, null], // 3.5
      ['（四）综治中心运行工作开展情况。（30分）', null, null, null],
      ['1、各村（居）综治中心，要有办公场所，有值班表，并对每天值班情况进行记录。（5分）', 5, 2, null], // 3
      ['2、特殊人员进行登记，并开展管理和服务（落实包保）。（5分）', 5, null, null], // 5
      ['3、各村（居）综治工作资料规范、齐全。（5分）', 5, 1, null], // 4
      ['4、各村（居）治安巡逻能正常开展有文字记录和巡逻照片。（4分）', 4, 0.5, null], // 3.5
      ['5、各村（居）要建立健全相关领导小组。（6分）', 6, null, null], // 6
      ['6、如回答对政法机关不满意的，每例扣0.5分。（5分）', 5, 1, null], // 4
      ['二、考核奖惩', null, null, null],
      ['合计', null, null, null], // 42
    ],
    merges: ['A2:D2', 'A3:D3', 'A15:D15'],
  };
}

/**
 * 一、平安建设（40分） over （一）（15分） and （二）（30分）: the category states less than its sections add up to, so
 * both caps bite. Hand-computed: （一） 15, （二） 18 + 10 = 28, 一、 min(40, 43) = 40; 二、 9; total 49 of 50.
 */
export function cappedCategory(): SheetFixture {
  return {
    name: '平安建设',
    cells: [
      ['考核内容', '评分标准', '分值', '扣分', '得分'],
      ['一、平安建设（40分）', null, null, null, null],
      ['（一）矛盾纠纷排查化解（15分）', null, null, null, null],
      ['开展矛盾纠纷排查情况', '每月排查两次并上报，缺一次扣1分', 10, null, null], // 10
      ['及时上报矛盾纠纷化解材料', '未上报的扣5分', 5, null, null], // 5
      ['（二）治安防控（30分）', null, null, null, null],
      ['治安巡逻每周三次以上并有记录', '每少一次扣0.5分，扣完为止', 20, 2, null], // 18
      ['视频监控室24小时有人值班', '无人值班的扣5分', 10, null, null], // 10
      ['二、基础工作（10分）', null, null, null, null],
      ['综治工作资料规范、齐全', '每缺一项资料扣1分，扣完为止', 10, 1, null], // 9
      ['合计', null, null, null, null], // 40 + 9 = 49
    ],
    merges: ['A2:E2', 'A3:E3', 'A6:E6', 'A9:E9'],
  };
}

/**
 * 序号 一 | 平安建设 | 40 over （一） | … | 15 and （二） | … | 25, each with its own 分值 and 得分 cell. Hand-computed:
 * （一） 9 + 5 = 14, （二） 13 + 10 = 23, 一 37; 二 9; total 46.
 */
export function indexedCategory(): SheetFixture {
  return {
    name: '序号分级',
    cells: [
      ['序号', '考核内容', '评分标准', '分值', '扣分', '得分'],
      ['一', '平安建设', null, 40, null, null],
      ['（一）', '矛盾纠纷排查化解', null, 15, null, null],
      [1, '开展矛盾纠纷排查情况', '每月排查两次并上报，缺一次扣1分', 10, 1, null], // 9
      [2, '及时上报矛盾纠纷化解材料', '未上报的扣5分', 5, null, null], // 5
      ['（二）', '治安防控', null, 25, null, null],
      [1, '治安巡逻每周三次以上并有记录', '每少一次扣0.5分，扣完为止', 15, 2, null], // 13
      [2, '视频监控室24小时有人值班', '无人值班的扣5分', 10, null, null], // 10
      ['二', '基础工作', null, 10, null, null],
      [1, '综治工作资料规范、齐全', '每缺一项资料扣1分，扣完为止', 10, 1, null], // 9
      ['合计', null, null, null, null, null], // 37 + 9 = 46
    ],
  };
}

/**
 * 项目 | 子项目 | 评分标准 | 分值 | 扣分 | 得分: 项目 merged over its 子项目, each merged over its items, a 小计 for the
 * first 项目, a 加减分 row. Hand-computed: 15 + 28 over the stated 40: 40 (its 小计); 基础工作 5 + 2 = 7; +2; total 49.
 */
export function twoColumnCategories(): SheetFixture {
  const cells: FixtureCell[][] = [
    ['项目', '子项目', '评分标准', '分值', '扣分', '得分'],
    ['平安建设（40分）', '矛盾纠纷排查化解（15分）', '每月排查两次并上报，缺一次扣1分', 10, null, null], // 10
    [null, null, '未上报化解材料的扣5分', 5, null, null], // 5
    [null, '治安防控（30分）', '治安巡逻每少一次扣0.5分，扣完为止', 20, 2, null], // 18
    [null, null, '视频监控室无人值班的扣5分', 5, null, null], // 5
    [null, null, '未开展平安宣传的扣5分', 5, null, null], // 5
    [null, '小计', null, 40, null, null], // min(40, 15 + 28) = 40
    ['基础工作（10分）', '台账资料', '每缺一项资料扣1分，扣完为止', 6, 1, null], // 5
    [null, null, '制度不完善扣2分', 4, 2, null], // 2
    ['加减分', null, '受到市级表彰的加2分', null, 2, null],
    ['合计', null, null, null, null, null], // 40 + 7 + 2 = 49
  ];
  return { name: '项目子项目', cells, merges: ['A2:A7', 'B2:B3', 'B4:B6', 'A8:A9', 'B8:B9', 'A10:B10'] };
}

/**
 * Heading rows with a 小计 under each section and a second 小计 closing the category, as sheets that print every
 * subtotal do. Hand-computed: （一） 9 + 5 = 14, （二） 18 + 10 = 28, 一、 min(40, 42) = 40; 二、 9; total 49.
 */
export function subtotalledCategory(): SheetFixture {
  return {
    name: '逐级小计',
    cells: [
      ['序号', '考核内容', '评分标准', '分值', '扣分', '得分'],
      ['一、平安建设（40分）', null, null, null, null, null],
      ['（一）矛盾纠纷排查化解（15分）', null, null, null, null, null],
      [1, '开展矛盾纠纷排查情况', '每月排查两次并上报，缺一次扣1分', 10, 1, null], // 9
      [2, '及时上报矛盾纠纷化解材料', '未上报的扣5分', 5, null, null], // 5
      ['小计', null, null, 15, null, null], // 14
      ['（二）治安防控（30分）', null, null, null, null, null],
      [1, '治安巡逻每周三次以上并有记录', '每少一次扣0.5分，扣完为止', 20, 2, null], // 18
      [2, '视频监控室24小时有人值班', '无人值班的扣5分', 10, null, null], // 10
      ['小计', null, null, 30, null, null], // 28
      ['小计', null, null, 40, null, null], // the category: min(40, 14 + 28) = 40
      ['二、基础工作（10分）', null, null, null, null, null],
      [1, '综治工作资料规范、齐全', '每缺一项资料扣1分，扣完为止', 10, 1, null], // 9
      ['小计', null, null, 10, null, null], // 9
      ['合计', null, null, 50, null, null], // 40 + 9 = 49 of 50
    ],
    merges: ['A2:F2', 'A3:F3', 'A7:F7', 'A12:F12'],
  };
}

/**
 * Heading rows over sections named in the 项目 column (merged down over their items), as sheets that print each
 * 一级指标 as a banner across the table. Hand-computed: 矛盾化解 9 + 5 = 14, 治安防控 13 + 10 = 23; 平安建设 min(30,
 * 37) = 30; 基础工作 9; total 39 of 40.
 */
export function bannerCategories(): SheetFixture {
  return {
    name: '横幅一级',
    cells: [
      ['项目', '考核内容', '评分标准', '分值', '扣分', '得分'],
      ['一、平安建设（30分）', null, null, null, null, null],
      ['矛盾纠纷排查化解（15分）', '开展矛盾纠纷排查情况', '每月排查两次并上报，缺一次扣1分', 10, 1, null], // 9
      [null, '及时上报矛盾纠纷化解材料', '未上报的扣5分', 5, null, null], // 5
      ['治安防控（25分）', '治安巡逻每周三次以上并有记录', '每少一次扣0.5分，扣完为止', 15, 2, null], // 13
      [null, '视频监控室24小时有人值班', '无人值班的扣5分', 10, null, null], // 10
      ['二、基础工作（10分）', null, null, null, null, null],
      ['台账资料（10分）', '综治工作资料规范、齐全', '每缺一项资料扣1分，扣完为止', 10, 1, null], // 9
      ['合计', null, null, null, null, null], // 30 + 9 = 39
    ],
    merges: ['A2:F2', 'A3:A4', 'A5:A6', 'A7:F7'],
  };
}

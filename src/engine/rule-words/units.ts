/**
 * Counted units: what `per` names in 每少一篇扣2分 (篇), 每降低一个百分点 (百分点), 每1000亩 (亩, step 1000). Each row is
 * a regular-expression fragment (a few carry a look-ahead so 单位 is not the unit 单) and a wording that counts it.
 * The reader tries the longest first, so 人次 wins over 人 and 次. A new unit is a new row with its example, which
 * test/engine/rule-words.test.ts reads.
 */
export interface UnitRow {
  unit: string;
  example: string;
  /** What `per` says when the written unit differs (个百分点 is 百分点). */
  as?: string;
}

export const UNITS: readonly UnitRow[] = [
  { unit: '个工作日', as: '工作日', example: '每超过一个工作日扣0.5分' },
  { unit: '微克/立方米', example: '每超过1微克/立方米扣1分' },
  { unit: '个百分点', as: '百分点', example: '每降低一个百分点扣1分' },
  { unit: '百分点', example: '每低1百分点扣0.5分' },
  { unit: '工作日', example: '每延迟1工作日扣0.2分' },
  { unit: '个月', as: '月', example: '每延误一个月扣1分' },
  { unit: '项次', example: '未及时报送报表的，每项次扣0.5分' },
  { unit: '人次', example: '每人次扣5分' },
  { unit: '户次', example: '每户次扣0.5分' },
  { unit: '案次', example: '每案次扣1分' },
  { unit: '台次', example: '每台次扣0.5分' },
  { unit: '车次', example: '每车次扣0.5分' },
  { unit: '批次', example: '每批次扣1分' },
  { unit: '季度', example: '每少一季度扣2分' },
  { unit: '小时', example: '每迟报1小时扣0.1分' },
  { unit: '平方米', example: '每100平方米扣0.5分' },
  { unit: '公里', example: '每少1公里扣0.5分' },
  { unit: '万元', example: '每10万元扣0.5分' },
  { unit: '小点', example: '每一小点扣0.5分' },
  { unit: '篇', example: '每少一篇扣2分' },
  { unit: '项', example: '每缺一项扣0.5分' },
  { unit: '例', example: '发现一例扣0.5分' },
  { unit: '次', example: '迟报一次扣0.1分' },
  { unit: '件', example: '每件扣1分' },
  { unit: '条', example: '少1条扣1分' },
  { unit: '份', example: '每缺一份扣0.5分' },
  { unit: '个', example: '每个问题点扣0.25分' },
  { unit: '处', example: '每处扣0.5分' },
  { unit: '名', example: '每增加1名加0.05分' },
  { unit: '岁', example: '每高1岁扣0.1分' },
  { unit: '起', example: '每起扣5分' },
  { unit: '月', example: '每月扣1分' },
  { unit: '周', example: '每迟一周扣0.5分' },
  { unit: '类', example: '每缺一类扣1分' },
  { unit: '样', example: '每缺一样扣0.5分' },
  { unit: '卷', example: '每卷扣0.5分' },
  { unit: '页', example: '每1页扣0.1分' },
  { unit: '亩', example: '每1000亩扣1分' },
  { unit: '元', example: '每100元扣0.1分' },
  { unit: '吨', example: '每少10吨扣1分' },
  { unit: '人', example: '每人扣1分' },
  { unit: '户', example: '每户扣0.5分' },
  { unit: '家', example: '每家扣1分' },
  { unit: '天', example: '每超过两天扣1分' },
  { unit: '日', example: '每逾期1日扣0.5分' },
  { unit: '批', example: '每批扣1分' },
  { unit: '辆', example: '每辆扣0.5分' },
  { unit: '盏', example: '每盏扣0.1分' },
  { unit: '层', example: '每层扣1分' },
  { unit: '所(?![在属有以])', example: '每所扣2分' },
  { unit: '宗次', example: '超出部分每宗次扣1分' },
  { unit: '宗', example: '每宗扣0.3分' },
  { unit: '单(?![位项独])', example: '每单扣1分' },
  { unit: '台', example: '每台扣1分' },
  { unit: '张', example: '每张扣0.5分' },
  { unit: '座', example: '每增加一座加5分' },
  { unit: '种', example: '文艺团体少一种扣1分' },
  { unit: '组', example: '每少1组扣4分' },
  { unit: '本(?![项条次级年月周单])', example: '作业每少一本减0.2分' },
  { unit: '株', example: '被发现每铲除200株罂粟扣1分' },
  { unit: '顶', example: '安全帽不符合标准的每发现一顶，扣1分' },
  { unit: '道(?![路德理歉])', example: '电梯井内少一道平网的，扣6分' },
  { unit: '%', example: '每低5%扣1分' },
];

export const UNIT_SOURCE = `(?:${UNITS.map((u) => u.unit).join('|')})`;

/** What `per` says for a unit as written. */
export function unitName(written: string): string {
  const row = UNITS.find((u) => u.as !== undefined && u.unit === written);
  return row?.as ?? written;
}

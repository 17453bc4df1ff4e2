/**
 * Explicit caps (SCORING.md §3), each a regular-expression fragment whose one group is the number; each is a cap,
 * never a clause (本项限扣5分 deducts nothing by itself). 扣完为止 / 不扣负分 / 扣完本项分值为止 have no number and are
 * not caps: a deduction never exceeds its base anyway. `N` stands for a number. A new wording is a new row; its
 * example is read by test/engine/rule-words.test.ts.
 */
export interface CapRow {
  pattern: string;
  example: string;
  cap: number;
}

export const CAP_WORDS: readonly CapRow[] = [
  { pattern: '(?:最多|最高)可?(?:扣除|扣减|扣|加计|加|奖励|奖|减|得|为|计)?(N)分', example: '最多扣3分', cap: 3 },
  { pattern: '限(?:扣|加|奖|减)(N)分', example: '本项限扣5分', cap: 5 },
  { pattern: '(?:不得超过|不超过|不高于|不超出|不大于|不多于|不超)(N)分', example: '扣分不超过2分', cap: 2 },
  { pattern: '(?<!公)共计?(N)分', example: '共1分', cap: 1 },
  { pattern: '(?:上限为?|封顶)(N)分', example: '上限5分', cap: 5 },
  { pattern: '(?<![扣减加奖])(N)分封顶', example: '加分以2分封顶', cap: 2 },
  { pattern: '以(N)分为限', example: '以3分为限', cap: 3 },
  { pattern: '扣(?:完|满)(N)分为?止', example: '扣完5分为止', cap: 5 },
  { pattern: '(?<![扣减加奖\\d.])(N)分扣完为?止', example: '每次扣1分，5分扣完为止', cap: 5 },
  // 此为加分项，总分为1分 (seed 002): the bonus row's own ceiling.
  { pattern: '(?:加分|奖分)项[,，]?(?:总分|总分值|分值)为?(N)分', example: '此为加分项，总分为1分', cap: 1 },
];

/**
 * Words before a cap that make it a clause's own (每项最多扣1分 · 每次不超过2分): it limits the clauses of its
 * sentence and is never promoted to the rule's overall cap.
 */
export const OWN_CAP_WORDS = /每[小大]?(?:项|次|处|条|个|人|件|例|篇|份|起|户|家|宗|类)(?:[\u4e00-\u9fa5]{0,3})?$/;

/** Words that make a cap limit every clause of the text (以上累计不超过4分, 本项最多扣5分), not the clause beside it. */
export const OVERALL_CAP_WORDS = /以上|上述|本项|此项|该项|全项|各项|本条|此条|本栏|全年|总计|合计|总扣分|总分|总加分|全部/;

/**
 * Phrases that make a clause without an amount of their own: the whole base lost (zero), a veto, or the assessor's
 * judgement (manual). Each row is a regular-expression fragment over the flattened text (half-width, no spaces) and
 * a wording it reads; test/engine/rule-words.test.ts reads every example. A new wording is a new row.
 */
export interface PhraseRow {
  pattern: string;
  example: string;
}

/** The whole base is lost: 不得分 · 以0分计 · 计零分 · 不记分 · 本项为0分 · 分数清零 · 全部扣完. */
export const ZERO_WORDS: readonly PhraseRow[] = [
  { pattern: '(?:(?:此|本|该)项)?不得分(?![散别开离割配])', example: '未开展查评工作的不得分' },
  { pattern: '以[0零]分计(?:算)?', example: '未建立的以0分计' },
  { pattern: '按[0零]分[计记](?:算)?', example: '未建立的按0分计算' },
  { pattern: '(?:(?:此|本|该)项(?:得分)?|得分)(?:为|计为?|记为?)[0零]分?(?![.\\d])', example: '本项为0分' },
  { pattern: '[计记得][0零]分', example: '未开展的计零分' },
  { pattern: '为零分', example: '弄虚作假的此项为零分' },
  { pattern: '(?:分数|分值|得分)清零', example: '发现造假的分数清零' },
  { pattern: '不[记计给]分', example: '未按时上报的不记分' },
  { pattern: '(?<![有])无分(?=[,;。!)]|$)', example: '发生森林火灾无分' },
  // 资料不全扣2分 is 不全 then 扣2分.
  { pattern: '全部扣完|全部扣除|扣除全部分值|扣除该项全部分值|(?<!不)全扣(?=[,;。)]|$)', example: '未落实的全部扣除' },
];

/** A veto (SCORING.md §2); 一票否决预告 only warns and vetoes nothing. */
export const VETO_WORDS: readonly PhraseRow[] = [
  { pattern: '一票否决(?!预告)', example: '发生重大事故的实行一票否决' },
  { pattern: '(?:实行|予以|实施|给予|作|采取)否决', example: '发生群体性事件的予以否决' },
  { pattern: '一律(?:定为|评为|视为)不合格', example: '弄虚作假的一律定为不合格单位' },
  { pattern: '直接(?:评定|评|认定|定|判定)为(?:不合格|不达标|不符合要求)', example: '未通过验收的直接评定为不合格' },
  { pattern: '(?:按|作|视为|视同)废标(?:处理)?|按无效(?:标|投标)处理', example: '未提供证明材料的按废标处理' },
  // 取消评先评优资格 only lowers the tier (一票否优, SCORING.md §2); losing the right to compete at all is a veto.
  { pattern: '取消(?:其|该单位)?(?:本次|本年度|当年)?(?:投标|中标|参评|参选|考核|评审|评选|入围|申报|评比)资格', example: '发现串通投标的取消其投标资格' },
];

/**
 * The assessor judges: 酌情扣分 · 视情况给分 · 视其程度扣分 · 根据情节轻重扣分 · 相应扣分, the derived amounts
 * (加倍扣分 · 减半扣分 · 按比例扣分: they depend on another clause), and 扣分 with no amount (每户扣分);
 * 视情给予警告谈话 is not about points.
 */
export const MANUAL_WORDS: readonly PhraseRow[] = [
  {
    pattern: '(?:酌情|视情况?|适情|视[^,;。\\d\\u0001]{0,8}?(?:情节|程度|轻重|情况)(?:轻重)?|(?:根据|依据|按照?)(?:情况|情节|程度)(?:轻重)?)' +
      '(?:予以|给予)?(?:扣分|扣减|扣除|减分|加分|给分|奖分|计分|评分|打分|扣|减|加)',
    example: '视其程度扣分',
  },
  { pattern: '相应(?:扣分|加分|减分)', example: '未落实的相应扣分' },
  { pattern: '视[^,;。\\d\\u0001]{0,8}?情况适当(?:加扣分|加减分|扣分|加分|减分|扣减|给分)', example: '各种临时性工作，视完成情况适当加扣分' },
  { pattern: '按[^,;。\\d\\u0001]{0,10}?比例(?:加减分|加扣分|扣分|加分|计分|得分)', example: '按完成目标任务比例加减分' },
  { pattern: '加倍扣分|双倍扣分|扣分加倍|分值加倍|加倍计分|减半扣分|减半计分|扣分减半', example: '整改不到位的加倍扣分' },
  // 不扣分 / 不重复扣分 deduct nothing; 累计扣分 says the amounts before it add up.
  { pattern: '(?<![不免复])(?<!累计)(?:扣分|减分)(?=[,;。!)]|$)', example: '按比例扣分' },
];

/**
 * Closing phrases that name how the other clauses are applied (按评分标准进行扣分 · 按以上标准扣分 · 按细则考核):
 * they are no clause of their own. Read before the manual words, which would take their 扣分.
 */
export const CLOSING_WORDS: readonly PhraseRow[] = [
  {
    pattern: '(?:按|按照|依照|根据|依据)[^,;。\\d\\u0001]{0,12}?(?:标准|细则|办法|规定|要求|以上|上述|下列)[^,;。\\d\\u0001]{0,4}?' +
      '(?:进行|予以|逐项)?(?:扣分|扣减|计分|评分|考核|打分)(?=[,;。!)]|$)',
    example: '按评分标准进行扣分',
  },
  // 按实际完成值与年度目标值的差距绝对值进行扣分，每差1微克/立方米扣0.5分: the method, then the amounts.
  { pattern: '按[^,;。\\d\\u0001]{2,24}?进行(?:扣分|计分|评分)(?=[,;。!)]|$)', example: '按实际完成值与目标值的差距进行扣分' },
];

export const sourceOf = (rows: readonly PhraseRow[]): string => rows.map((r) => r.pattern).join('|');

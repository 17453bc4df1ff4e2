import { parseNumberWord } from './numbers';

/**
 * The phrases of 评分标准 text. Each pattern reads the flattened text (half-width, no spaces) produced by
 * rule-text.ts. docs/scoring-decisions.md (§ Rule text) lists the phrasings and what each means.
 */

/** A number as written before 分: 2, 0.5, 05 (a lost decimal point), 二, 一点五, 半. */
export const NUM = '(?:\\d+(?:\\.\\d+)?|\\.\\d+|[零〇一二两三四五六七八九十百]+(?:点[零〇一二两三四五六七八九]+)?|半)';

/** 分 that ends an amount, not 分值 (奖励1分值的经费 is money) nor 分钟. */
const FEN = '分(?![值钟])';

/**
 * Verbs that put points on a clause; the kind follows the verb. 得/记/计 N分 are not among them: they state an
 * item's value or a graded result (有1次得1分, 记3分), never points added on top.
 */
const VERB = '扣除|扣减|扣罚|扣|减去|减掉|减|奖励|奖|加计|加';

/**
 * Words between a deduction verb and its number: 扣责任单位10分 · 扣减年度考核得分5分 · 扣考核分2分. At most ten
 * characters, none of them a number, a verb or a word that starts a new phrase, optionally ending in 得分/分值/分.
 */
const GAP = '(?:(?:(?![分扣加奖减得记计完至到不每按以零〇一二两三四五六七八九十百半点])[\\u4e00-\\u9fa5]){1,10}?(?:得分|分值|分数|分)?)';

/** The deduction verbs a GAP may follow. */
const GAP_VERB = '扣除|扣减|扣罚|扣';

/**
 * Counted units, longest first so 人次 wins over 人 and 次. 个百分点 is read as 百分点, 个工作日 as 工作日, 个月 as 月.
 * 单 is not 单位, 所 is not 所在/所属.
 */
const UNITS = ['个工作日', '微克/立方米', '个百分点', '百分点', '工作日', '个月', '人次', '户次', '案次', '台次', '车次', '批次',
  '季度', '小时', '篇', '项', '例', '次', '件', '条', '份', '个', '处', '名', '岁', '起', '月', '周', '类', '样', '卷',
  '人', '户', '家', '天', '日', '批', '辆', '盏', '层', '所(?![在属有以])', '宗', '单(?![位项独])', '台', '张', '%'];
const UNIT = `(?:${UNITS.join('|')})`;

/**
 * 一 or 1 that counts one occurrence (迟到一次 too), not 少于1个 / 不超过一次 / 达到1次 (thresholds), 第一, 同一, 任一, 统一, 十一 or 11.
 */
const ONE = '(?<![于过足第同任统唯万十百\\d.])(?<!(?<!迟)到)[一1]';

/** How a measure moves in 每低1个百分点 / 每下降1% / 每超过1天: what is counted is the step, not a threshold. */
const CHANGE = '(?:低|高|少|多|超|差|晚|迟|下降|降低|上升|提高|增加|减少|延迟|推迟|逾期)';

/**
 * An occurrence unit: 每篇 每人次 每少一篇 每降低一个百分点 每低于目标1个百分点 每下降1% 缺一项 发现一例 一次 1次
 * 每个奖项 每小项, 按次 right before the verb, and 缺项. A number after 每 is the size of one step: 每低10% · 每低5个百分点 ·
 * 每超过两天 · 每3次 count one step per 10 %, 5 points, 2 days, 3 times.
 */
const PER_RE = new RegExp(
  `(?:每(?:${CHANGE}[\\u4e00-\\u9fa5]{0,4}?)?(${NUM})|每[小大]?|${ONE}|按(?=${UNIT}$)|(?<=[缺少])(?=项))(${UNIT})`, 'g',
);

/** 扣0.5分/次: the unit written after the amount. */
export const PER_SUFFIX_RE = new RegExp(`^/(${UNIT})`);

/** 「单起应扣5分以上的事件」 names a kind of event by what it would cost; it deducts nothing itself. */
const NOT_THRESHOLD = '(?!及?以[上下](?:的|事件|问题|事项))';

/**
 * Verb, amount, and for levels a list of further amounts: 扣2分 · 扣 3 分 · 扣二分 · 扣责任单位10分 ·
 * 分别扣5分、10分、15分、20分.
 */
export const AMOUNT_RE = new RegExp(
  `(?:(${GAP_VERB})${GAP}|(${VERB}))(${NUM})${FEN}((?:[、,]${NUM}${FEN}(?=[、,;。)]|$))*)${NOT_THRESHOLD}`,
  'g',
);

/** What joins a range's bounds: 1-3 · 2~10 · 1至3 · 1到3. */
const TO = '[-~～—–至到]';

/** A range of points is for the assessor to choose within: 扣1-3分 · 扣2~10分 · 扣1分至3分 · 酌情扣0.5-1分. */
export const RANGE_RE = new RegExp(
  `(?:(${GAP_VERB})${GAP}|(扣分|${VERB}))(${NUM})分?${TO}(${NUM})${FEN}`,
  'g',
);

/**
 * The amount before its verb, introduced by 按: 按每次0.5分扣减 · 每次按0.5分扣除 · 按0.2分/次扣分 · 每发现一处按1分扣 ·
 * 按每处1-2分扣分. Groups: the unit after 每, the amount (or a range's bounds), the unit after /, the verb. 按0分计
 * has no verb and is not one; 按1分扣完为止 is no amount either.
 */
export const PRE_VERB_RE = new RegExp(
  `按(?:每(${UNIT}))?(${NUM})(?:分?${TO}(${NUM}))?${FEN}(?:/(${UNIT}))?(?:的标准|标准|计)?(?:予以|进行|给予)?` +
  `(扣除|扣减|扣罚|扣分|减分|扣|减|加分|奖分|加|奖)(?![\\d.零〇一二两三四五六七八九十百半完满光])`,
  'g',
);

/** 每处1-2分 · 每项0.5-1分 · 每起1分至3分: a range per occurrence with no verb, for the assessor to choose within. */
export const VERBLESS_RANGE_RE = new RegExp(
  `(?:${ONE}|每)(${UNIT})(${NUM})分?${TO}(${NUM})${FEN}`,
  'g',
);

/** +5分 / -2分 written as a signed amount; not the 1-3分 of a range. */
export const SIGNED_RE = new RegExp(`(?<![\\d.)\\]])([+-])(${NUM})${FEN}`, 'g');

/**
 * 一条40分 / 每宗0.3分 with no verb, in a sentence whose other amounts have one (「一条加50分，法制类一条40分」,
 * 「巡查发现问题每宗0.3分,未及时整改的扣1分」): the verb is understood from the nearest of them.
 */
export const VERBLESS_RE = new RegExp(`(?:${ONE}|每)(${UNIT})(${NUM})${FEN}`, 'g');

/** A short list entry carrying on the clause before it: 「……一条30分，法制类20分，其它10分」. */
export const CONTINUATION_RE = new RegExp(`^[^\\d()\\u0001]{1,6}?(${NUM})分$`);

/** 中央级奖5分，省级奖3分，市级奖2分 · 获国家级表彰的加3分，省级加2分: a level named just before its verb. */
export const LEVEL_NAME_RE = /级[\u4e00-\u9fa5]{0,4}$/;
export const LEVEL_GAP_RE = /^[,、]?[\u4e00-\u9fa5]{1,3}级$/;

/**
 * Explicit caps, written as phrases; each is a cap, never a clause (本项限扣5分 deducts nothing by itself).
 * 扣完为止 / 不扣负分 / 扣完本项分值为止 have no number and are not caps.
 */
export const CAP_RES: RegExp[] = [
  new RegExp(`(?:最多|最高)可?(?:扣除|扣减|扣|加计|加|奖励|奖|减|得|为|计)?(${NUM})分`, 'g'),
  new RegExp(`限(?:扣|加|奖|减)(${NUM})分`, 'g'),
  new RegExp(`(?:不得超过|不超过|不高于|不超出|不大于|不多于)(${NUM})分`, 'g'),
  new RegExp(`(?<!公)共计?(${NUM})分`, 'g'),
  new RegExp(`(?:上限为?|封顶)(${NUM})分`, 'g'),
  new RegExp(`(${NUM})分封顶`, 'g'),
  new RegExp(`以(${NUM})分为限`, 'g'),
  new RegExp(`扣(?:完|满)(${NUM})分为止`, 'g'),
  // 此为加分项，总分为1分 (seed 002): the bonus row's own ceiling.
  new RegExp(`(?:加分|奖分)项[,，]?(?:总分|总分值|分值)为?(${NUM})分`, 'g'),
];

/** Words that make a cap limit every clause of the text (以上累计不超过4分, 本项最多扣5分), not the clause beside it. */
export const OVERALL_CAP_RE = /以上|上述|本项|此项|该项|全项|各项|本条|此条|本栏|全年|总计|合计|总扣分|总分|总加分|全部/;

/** Ways to say the whole base is lost: 不得分 · 以0分计 · 计0分 · 计零分 · 不记分 · 本项为0分 · 本项得分为0 · 全部扣完. */
export const ZERO_RE = new RegExp([
  '(?:(?:此|本|该)项)?不得分(?![散别开离割配])',
  '以[0零]分计(?:算)?',
  '按[0零]分计(?:算)?',
  '(?:(?:此|本|该)项(?:得分)?|得分)(?:为|计为?|记为?)[0零]分?(?![.\\d])',
  '[计记得][0零]分',
  '不[记计]分',
  // 资料不全扣2分 is 不全 then 扣2分.
  '全部扣完|全部扣除|扣除全部分值|(?<!不)全扣(?=[,;。)]|$)',
].join('|'), 'g');

/** 一票否决预告 only warns; it vetoes nothing. 实行否决 / 予以否决 veto. */
export const VETO_RE = /一票否决(?!预告)|(?:实行|予以|实施|给予|作|采取)否决|一律(?:定为|评为|视为)不合格/g;

/**
 * 「发生…“一票否决”重特大事项的，扣30分」: 一票否决 naming a kind of event, whose consequence the same sentence
 * states in points, is no veto.
 */
export const VETO_AS_CATEGORY_RE = /^[”"」]?的?(?:重特大|重大)?(?:事项|事件|情形)/;

/**
 * 酌情扣分 · 视情况给分 · 视其程度扣分 · 视贯彻落实的情况给分 · 根据情节轻重扣分 · 相应扣分 (without a number), and
 * 加倍扣分 (it doubles what other rules deduct, so the assessor works it out), and 扣分 with no amount (每户扣分);
 * 视情给予警告谈话 is not about points.
 */
export const MANUAL_RE = new RegExp(
  '(?:酌情|视情况?|适情|视[^,;。\\d\\u0001]{0,8}?(?:情节|程度|轻重|情况)(?:轻重)?|(?:根据|依据|按照?)(?:情况|情节|程度)(?:轻重)?)' +
  '(?:予以|给予)?(?:扣分|扣减|扣除|减分|加分|给分|奖分|计分|评分|打分|扣|减|加)|相应(?:扣分|加分|减分)' +
  '|加倍扣分|双倍扣分|扣分加倍|分值加倍' +
  // 每户扣分 · 按比例扣分: a deduction whose amount the text does not give (不扣分 / 不重复扣分 deduct nothing, and
  // 累计扣分 says the amounts before it add up).
  '|(?<![不免复])(?<!累计)(?:扣分|减分)(?=[,;。!)]|$)',
  'g',
);

export function verbKind(verb: string): 'deduct' | 'bonus' {
  return verb.startsWith('扣') || verb.startsWith('减') || verb === '-' ? 'deduct' : 'bonus';
}

/** An amount as written; 05 is a 0.5 whose point was lost in copying (「发现一项扣05分」). Null beyond NUMBER_LIMIT. */
export function readPoints(raw: string): number | null {
  if (/^0\d+$/.test(raw)) return parseNumberWord(`0.${raw.slice(1)}`);
  return parseNumberWord(raw);
}

/** The amounts of a level list: 「、10分、15分、20分」 → [10, 15, 20]. */
export function readLevelTail(tail: string): number[] {
  const out: number[] = [];
  for (const m of tail.matchAll(new RegExp(`(${NUM})分`, 'g'))) {
    const n = readPoints(m[1]);
    if (n !== null) out.push(n);
  }
  return out;
}

/** The counted unit and how many of it make one step (1 unless the text says 每低10%). */
export interface CountedUnit {
  unit: string;
  step: number;
}

function lastUnit(segment: string): CountedUnit | null {
  let found: CountedUnit | null = null;
  for (const m of segment.matchAll(PER_RE)) {
    const step = m[1] !== undefined ? readPoints(m[1]) : 1;
    if (step === null || step <= 0) continue;
    found = { unit: m[2].replace(/^个(?=百分点|工作日|月)/, ''), step };
  }
  return found;
}

/**
 * The counted unit for an amount whose verb is at the end of `before` (the clause's text before its verb). It is
 * looked for in the last comma-part (「未按要求开展排查，每月扣1分」 → 月, while 「每月开展一次排查，未开展的扣2分」 has
 * none); when that part is only 分别/均/各, in the part before it (「每发生一人次…上访，分别扣5分、10分」 → 人次).
 */
export function findPer(before: string): CountedUnit | null {
  const parts = before.split(/[,:]/);
  const last = parts[parts.length - 1];
  const own = lastUnit(last);
  if (own !== null || parts.length < 2) return own;
  if (last.replace(/分别|均|各|则|的|\(|\u0001/g, '') !== '') return null;
  return lastUnit(parts[parts.length - 2]);
}

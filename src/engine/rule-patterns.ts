import { parseNumberWord } from './numbers';
import { CAP_WORDS, OVERALL_CAP_WORDS } from './rule-words/caps';
import { CLOSING_WORDS, MANUAL_WORDS, VETO_WORDS, ZERO_WORDS, sourceOf } from './rule-words/phrases';
import { UNIT_SOURCE, unitName } from './rule-words/units';
import { GAP_VERB_SOURCE, VERB_SOURCE, kindOfVerb } from './rule-words/verbs';

/**
 * The phrases of 评分标准 text. Each pattern reads the flattened text (half-width, no spaces) produced by
 * rule-text.ts. The words themselves (verbs, units, zero/veto/manual phrases, caps) are tables in rule-words/;
 * docs/rule-reading.md says how to add one.
 */

/** A number as written before 分: 2, 0.5, 05 (a lost decimal point), 二, 一点五, 半. */
export const NUM = '(?:\\d+(?:\\.\\d+)?|\\.\\d+|[零〇一二两三四五六七八九十百]+(?:点[零〇一二两三四五六七八九]+)?|半)';

/**
 * Put before a NUM that a pattern may try at any position: the number then starts only where a run of digits
 * starts, so a run of 100,000 digits is tried once, not 100,000 times (which made reading quadratic).
 */
export const NUM_AT = '(?<![\\d.零〇一二两三四五六七八九十百点])';

/** 分 that ends an amount, not 分值 (奖励1分值的经费 is money) nor 分钟. */
const FEN = '分(?![值钟])';

/** Verbs that put points on a clause (rule-words/verbs.ts). */
const VERB = VERB_SOURCE;

/**
 * Words between a deduction verb and its number: 扣责任单位10分 · 扣减年度考核得分5分 · 扣考核分2分. At most ten
 * characters, none of them a number, a verb or a word that starts a new phrase, optionally ending in 得分/分值/分.
 */
const GAP = '(?:(?:(?![分扣加奖减得记计完至到不每按以零〇一二两三四五六七八九十百半点])[\\u4e00-\\u9fa5]){1,10}?(?:得分|分值|分数|分)?)';

/** The deduction verbs a GAP may follow. */
const GAP_VERB = GAP_VERB_SOURCE;

/** Counted units (rule-words/units.ts), longest first so 人次 wins over 人 and 次. */
const UNIT = UNIT_SOURCE;

/**
 * 一 or 1 that counts one occurrence (迟到一次 too), not 少于1个 / 不超过一次 / 达到1次 (thresholds), 第一, 同一, 任一, 统一, 十一 or 11.
 */
const ONE = '(?<![于过足第同任统唯万十百\\d.])(?<!(?<!迟)到)[一1]';

/** How a measure moves in 每低1个百分点 / 每下降1% / 每超过1天: what is counted is the step, not a threshold. */
const CHANGE = '(?:下降|降低|上升|提高|增加|减少|延迟|推迟|逾期|低|高|少|多|超|差|晚|迟|降|升|增)';

/** What is done once per step when it is not a change of a measure: 每铲除200株 · 每瞒报200株 · 每有100亩. */
const ACT = '(?:铲除|剷除|瞒报|漏报|超报|多报|少报|发现|查处|新增|完成|有)';

/**
 * An occurrence unit: 每篇 每人次 每少一篇 每降低一个百分点 每低于目标1个百分点 每下降1% 缺一项 发现一例 一次 1次
 * 每个奖项 每小项, 按次 right before the verb, and 缺项. A number after 每 is the size of one step: 每低10% · 每低5个百分点 ·
 * 每超过两天 · 每3次 count one step per 10 %, 5 points, 2 days, 3 times.
 */
const PER_RE = new RegExp(
  `(?:每(?:${CHANGE}[\\u4e00-\\u9fa5]{0,4}?|${ACT})?(${NUM})|每[小大]?|${ONE}|按(?=${UNIT}$)|(?<=[缺少])(?=项))(${UNIT})`, 'g',
);

/** 扣0.5分/次: the unit written after the amount. */
export const PER_SUFFIX_RE = new RegExp(`^/(${UNIT})`);

/** 「单起应扣5分以上的事件」 names a kind of event by what it would cost; it deducts nothing itself. */
const NOT_THRESHOLD = '(?!及?以[上下](?:的|事件|问题|事项))';

/** Where a level list may go on: 、 , 和 及, then an amount, or after 、 a short name and an amount (、主责10分). */
const LEVEL_NAME = '(?:(?![扣减加奖得计记分每不未])[\\u4e00-\\u9fa5]){1,6}?';
const LEVEL_NEXT = `(?:[、,和及]|、${LEVEL_NAME})${NUM}${FEN}(?![\\d.])`;

/**
 * Verb, amount, and for levels a list of further amounts: 扣2分 · 扣 3 分 · 扣二分 · 扣责任单位10分 ·
 * 分别扣5分、10分、15分、20分 · 扣1、3、5分 (bare numbers) · 负全责扣15分、主责10分 (a short name before each) ·
 * 分别加2分和1分. Groups: the verb after which words may stand, the other verb, the amount, bare further numbers,
 * the further amounts.
 */
export const AMOUNT_RE = new RegExp(
  `(?:(${GAP_VERB})${GAP}|(${VERB}))(${NUM})((?:、${NUM})*)${FEN}((?:${LEVEL_NEXT})*)${NOT_THRESHOLD}`,
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

/** Explicit caps (rule-words/caps.ts); each is a cap, never a clause. */
export const CAP_RES: RegExp[] = CAP_WORDS.map((row) => new RegExp(row.pattern.replace('(N)', `(${NUM_AT}${NUM})`), 'g'));

/** Words that make a cap limit every clause of the text (以上累计不超过4分, 本项最多扣5分), not the clause beside it. */
export const OVERALL_CAP_RE = OVERALL_CAP_WORDS;

/** Phrases (rule-words/phrases.ts): the whole base lost, a veto, a closing phrase that is no clause. */
export const ZERO_RE = new RegExp(sourceOf(ZERO_WORDS), 'g');
export const VETO_RE = new RegExp(sourceOf(VETO_WORDS), 'g');
export const CLOSING_RE = new RegExp(sourceOf(CLOSING_WORDS), 'g');

/**
 * 「发生…“一票否决”重特大事项的，扣30分」: 一票否决 naming a kind of event, whose consequence the same sentence
 * states in points, is no veto.
 */
export const VETO_AS_CATEGORY_RE = /^[”"」]?的?(?:重特大|重大)?(?:事项|事件|情形)/;

/** The assessor's judgement (rule-words/phrases.ts). */
export const MANUAL_RE = new RegExp(sourceOf(MANUAL_WORDS), 'g');

/** 酌情扣2分 · 视情节扣0.5分: manual up to the amount, range [0, N] (SCORING.md §3, decided readings). */
export const MANUAL_UPTO_RE = new RegExp(
  `(?:酌情|视情况?|视情节(?:轻重)?|视[^,;。\\d\\u0001]{0,6}?(?:程度|轻重))(?:予以|给予)?(?:扣除|扣减|扣|减)(${NUM})${FEN}(?![-~～—–至到\\d])`, 'g',
);

export const verbKind = kindOfVerb;

/** An amount as written; 05 is a 0.5 whose point was lost in copying (「发现一项扣05分」). Null beyond NUMBER_LIMIT. */
export function readPoints(raw: string): number | null {
  if (/^0\d+$/.test(raw)) return parseNumberWord(`0.${raw.slice(1)}`);
  return parseNumberWord(raw);
}

/** The bare further numbers of 扣1、3、5分: 「、3、5」 → [3, 5]. */
export function readBareLevels(bare: string): number[] {
  const out: number[] = [];
  for (const raw of bare.split('、')) {
    const n = raw === '' ? null : readPoints(raw);
    if (n !== null) out.push(n);
  }
  return out;
}

const LEVEL_AMOUNT_RE = new RegExp(`(${NUM})分`, 'g');

/** The amounts of a level list: 「、10分、15分、20分」 → [10, 15, 20]. */
export function readLevelTail(tail: string): number[] {
  const out: number[] = [];
  for (const m of tail.matchAll(LEVEL_AMOUNT_RE)) {
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
    found = { unit: unitName(m[2]), step };
  }
  return found;
}

/**
 * The counted unit for an amount whose verb is at the end of `before` (the clause's text before its verb). It is
 * looked for in the last comma-part (「未按要求开展排查，每月扣1分」 → 月, while 「每月开展一次排查，未开展的扣2分」 has
 * none); when that part is only 分别/均/各 (or names the score: 标准分, 本项), in the part before it (「每发生一人次…上访，分别扣5分、10分」 → 人次).
 */
export function findPer(before: string): CountedUnit | null {
  const parts = before.split(/[,:]/);
  const last = parts[parts.length - 1];
  const own = lastUnit(last);
  if (own !== null || parts.length < 2) return own;
  // 「每高于标准价格1%,标准分扣2分」: the part before the verb only names the score deducted from.
  if (last.replace(/分别|均|各|则|的|加|再|另|标准分|基础分|基本分|本项|该项|此项|\(|\u0001/g, '') !== '') return null;
  return lastUnit(parts[parts.length - 2]);
}

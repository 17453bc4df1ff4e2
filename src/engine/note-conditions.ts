import { compact } from './numbers';

/**
 * Conditions a sheet's notes (or a row's own criterion) put on the whole total (docs/scoring-decisions.md, 说明中的
 * 条件): 「带★的项目得0分的，总分为0」 names key items; 「发生…的实行一票否决，考核得分为0」 ties a veto event to a zero
 * total. What the engine cannot tie to cells of the sheet is reported as not applied, never silently dropped.
 */
export interface Conditions {
  /** Item indexes (into layout.items): when any of them scores 0, the total is 0. */
  keyItems: number[];
  /** Section indexes likewise, for a note that names a whole section. */
  keySections: number[];
  /** 一票否决 rows whose mark sets the total to 0, not only the tier. */
  zeroVetoRows: number[];
  /** 保证项目小计得分不足40分时…不应得分: when the section's score is below `below`, the total is 0. */
  thresholds?: { section: number; below: number }[];
  /** Note sentences about a zero total or a veto that could not be tied to the sheet. */
  unapplied: string[];
}

export interface ConditionInput {
  notes: readonly string[];
  /** `section` is the item's index into `sections`, when it has one. */
  items: readonly { text: string; index: string; ruleText: string; section?: number }[];
  sections: readonly string[];
  vetoRows: readonly { row: number; text: string; excellentOnly: boolean }[];
}

const TOTAL_WORD = '(?:总分|总得分|考核得分|考核总分|考评得分|考核成绩|总成绩|本表得分|综合得分|全年得分|年度得分|最终得分|整体得分|全部得分|考评总分|得分)';
/** 总分为0, 考核得分计0分, 以0分计算, 总分清零. */
const ZERO_TOTAL = new RegExp(
  `${TOTAL_WORD}[^，,；;。]{0,8}?(?:为|计|记|按|以|得)\\s*(?:0|零)\\s*分?|(?:以|按)\\s*(?:0|零)\\s*分(?:计算|计|记)|${TOTAL_WORD}[^，,；;。]{0,4}(?:清零|归零)|全部不得分` +
  // 此分项检查评分表不应得分 · 该表不得分 · 本表计零分 (JGJ59's notes): the whole sheet scores nothing.
  `|(?:此|该|本|检查)[^，,；;。]{0,6}?表(?:应?(?:不应得分|不得分|计零分|计0分|记零分|记0分|为零分?|为0分?|得0分|得零分)|(?:实得分数?|得分)(?:应)?(?:为|计|记)(?:零|0)分?)`,
);
/** The same, said of the whole total only (an item's own criterion saying its own 得分 is 0 is not a condition). */
const ZERO_WHOLE_TOTAL = new RegExp(
  `(?:总分|总得分|考核总分|考评总分|全年得分|年度得分|最终得分|整体得分|全部得分|综合得分)[^，,；;。]{0,8}?(?:为|计|记|按|以|得)\\s*(?:0|零)\\s*分?|(?:总分|总得分)[^，,；;。]{0,4}(?:清零|归零)`,
);
/** 一票否决, or a direct verdict the sheet has no row to mark (考评结果直接判定为不达标). */
const VETO = /一票否决|否决|直接(?:判定|评定|定)为不(?:合格|达标|符合要求)/;
/** An item scoring zero, the condition's first half: 关键项得0分, ★项不得分, 该项为零分. */
const ITEM_ZERO = /(?:项|条|指标|内容|事项|工作)[^，,；;。]{0,10}?(?:得0分|为0分|得分为0|得分为零|为零分|不得分|未得分|计0分|得零分|记0分|为0|为零|扣完|扣满)/;
/**
 * A score threshold: 小计得分不足40分 · 得分低于60分 · 少于30分. With a zero or veto consequence it is a condition the
 * engine does not apply (only zero totals are modelled); 低于60分的为不合格 is a tier band, read by tiers.ts.
 */
const THRESHOLD = /(?:不足|低于|少于|小于|未达到?|不满|达不到)\s*\d+(?:\.\d+)?\s*分/;
/** A group's subtotal below a number: 保证项目小计得分不足40分 · 一般项目得分低于20分. */
const SECTION_THRESHOLD = /([\u4e00-\u9fa5]{2,8}?)(?:的)?(?:小计)?(?:得分|分数|实得分)?(?:不足|低于|少于|小于|未达到?|不满|达不到)\s*(\d+(?:\.\d+)?)\s*分/;
/** Any item of a named group: 保证项目中有一项未得分 names 保证项目. */
const ANY_ITEM_OF = /([\u4e00-\u9fa5]{2,8}?)(?:中|内|里|之中)?(?:有任何一项|有任一项|有任意一项|有一项|有1项|任一项|任何一项|任意一项|其中一项|其中有一项)/;
const MARKERS = ['★', '☆', '※', '△', '▲', '◆', '●', '*'];

function sentences(note: string): string[] {
  return compact(note)
    .split(/[；;。\n]|(?=\d+[、.．](?!\d))/)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/** A section or item name as a note would say it: no ordinal in front, no (10分) behind. */
function core(name: string): string {
  return compact(name)
    .replace(/^[(（]?[一二三四五六七八九十\d]+[)）、.．]?/, '')
    .replace(/[(（][^)）]*[)）]$/, '')
    .replace(/\d+(?:\.\d+)?分$/, '');
}

export function readConditions(input: ConditionInput): Conditions {
  const out: Conditions = { keyItems: [], keySections: [], zeroVetoRows: [], unapplied: [] };
  const vetoes = input.vetoRows.filter((v) => !v.excellentOnly);
  const addKey = (list: number[], i: number) => {
    if (!list.includes(i)) list.push(i);
  };
  for (const v of vetoes) if (ZERO_TOTAL.test(compact(v.text))) out.zeroVetoRows.push(v.row);
  // An item whose own criterion says the whole total is then zero (发生重大事故的，本项及总分均为0分) is key.
  // Items share criteria texts (a rubric repeats its 评分标准): each text is read once.
  const zeroesTotal = new Map<string, boolean>();
  input.items.forEach((it, i) => {
    let z = zeroesTotal.get(it.ruleText);
    if (z === undefined) zeroesTotal.set(it.ruleText, (z = ZERO_WHOLE_TOTAL.test(compact(it.ruleText))));
    if (z) addKey(out.keyItems, i);
  });

  for (const note of input.notes) {
    for (const s of sentences(note)) {
      const zero = ZERO_TOTAL.test(s);
      const veto = VETO.test(s) && !/否优/.test(s.replace(/一票否决/g, ''));
      if (!zero && !veto) continue;
      // 保证项目小计得分不足40分时，此检查评分表不应得分: no cell of the sheet holds this condition's test, so it is
      // reported, whatever else the sentence says (its key-item half is still applied below).
      const threshold = thresholdPart(s);
      const thresholdApplied = threshold !== null && sectionThreshold(threshold, zero, input, out);
      if (threshold !== null && !thresholdApplied) out.unapplied.push(threshold);
      if (zero && ITEM_ZERO.test(s)) {
        const named = keyOf(s, input);
        named.items.forEach((i) => addKey(out.keyItems, i));
        named.sections.forEach((i) => addKey(out.keySections, i));
        if (named.items.length || named.sections.length) continue;
        if (!veto) {
          // Neither half tied to the sheet: the whole sentence is reported once, not its threshold alone.
          if (threshold !== null && !thresholdApplied) out.unapplied.pop();
          out.unapplied.push(s);
          continue;
        }
      }
      if (threshold !== null && !veto) continue;
      if (vetoes.length === 0) {
        out.unapplied.push(s);
        continue;
      }
      // A veto event the sheet has rows to mark: marking one vetoes the tier; this note also zeroes the total.
      if (zero) for (const v of vetoes) if (!out.zeroVetoRows.includes(v.row)) out.zeroVetoRows.push(v.row);
    }
  }
  return out;
}

/**
 * The words of a sentence's threshold condition, from where it starts (after 或, or the sentence's start) to the
 * sentence's end, so the warning quotes 「保证项目小计得分不足40分时,此检查评分表不应得分」 and not the key-item half before
 * it; null when the sentence has no threshold.
 */
function thresholdPart(s: string): string | null {
  const m = THRESHOLD.exec(s);
  if (!m) return null;
  const from = s.lastIndexOf('或', m.index) + 1;
  return s.slice(from);
}

/**
 * 保证项目小计得分不足40分时，此分项检查评分表不应得分: a zero total when one named section scores below a number. The
 * section is found as a group is (anyGroupSections); anything else (得分低于60分的，该表不得分 speaks of the total
 * itself) is left to the caller to report.
 */
function sectionThreshold(part: string, zero: boolean, input: ConditionInput, out: Conditions): boolean {
  const m = SECTION_THRESHOLD.exec(part);
  if (!zero || !m) return false;
  const below = Number(m[2]);
  const group = m[1].replace(/^(?:如果|当|若|如|凡)/, '');
  // 考核得分低于60分 / 总分不足60分 speak of the whole, not of a section.
  if (/考核|考评|总|综合|全年|年度|最终|[本该此]表|单位/.test(group)) return false;
  const sections = groupSections(group, input);
  if (sections.length !== 1 || !Number.isFinite(below)) return false;
  (out.thresholds ??= []).push({ section: sections[0], below });
  return true;
}

/** The items or sections a key-item sentence names: by a marker (★), by 第N项, or by name. */
function keyOf(s: string, input: ConditionInput): { items: number[]; sections: number[] } {
  const items: number[] = [];
  const sections: number[] = [];
  for (const m of MARKERS) {
    if (!s.includes(m)) continue;
    input.items.forEach((it, i) => {
      if (compact(it.text).includes(m) || compact(it.index).includes(m)) items.push(i);
    });
    input.sections.forEach((name, i) => {
      if (compact(name).includes(m)) sections.push(i);
    });
  }
  if (items.length || sections.length) return { items, sections };
  const group = anyItemOf(s, input);
  if (group.length) return { items: group, sections };
  for (const m of s.matchAll(/第([\d一二三四五六七八九十]+)(?:项|条)/g)) {
    const n = m[1];
    const hits = input.items.map((it, i) => (compact(it.index).replace(/[、.．]$/, '') === n ? i : -1)).filter((i) => i >= 0);
    if (hits.length === 1) items.push(hits[0]);
  }
  if (items.length) return { items, sections };
  input.sections.forEach((name, i) => {
    const c = core(name);
    if (c.length >= 2 && s.includes(c)) sections.push(i);
  });

  for (const q of s.matchAll(/[“"「『《]([^”"」』》]{2,30})[”"」』》]/g)) {
    input.items.forEach((it, i) => {
      if (compact(it.text).includes(q[1])) items.push(i);
    });
  }
  return { items, sections };
}

/**
 * 保证项目中有一项未得分: every item of the section the group names is key, not the section's total. The group is
 * found by the section's name or, where sections have none (JGJ59's 保证项目 … 小计, 一般项目 … 小计), by an item of the
 * section whose own cells carry the name.
 */
function anyItemOf(s: string, input: ConditionInput): number[] {
  const m = ANY_ITEM_OF.exec(s);
  if (!m) return [];
  const sections = new Set(groupSections(m[1].replace(/^(?:如果|当|若|如|凡)/, ''), input));
  const out: number[] = [];
  input.items.forEach((it, i) => {
    if (it.section !== undefined && sections.has(it.section)) out.push(i);
  });
  return out;
}

/** The sections a group name (保证项目) names: by the section's own name, or by an item of it carrying the name. */
function groupSections(group: string, input: ConditionInput): number[] {
  if (group.length < 2) return [];
  const sections = new Set<number>();
  input.sections.forEach((name, i) => {
    if (core(name).includes(group)) sections.add(i);
  });
  for (const it of input.items) if (it.section !== undefined && compact(it.text).includes(group)) sections.add(it.section);
  return [...sections].sort((a, b) => a - b);
}

import { toHalfWidth } from './numbers';

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
  /** Note sentences about a zero total or a veto that could not be tied to the sheet. */
  unapplied: string[];
}

export interface ConditionInput {
  notes: readonly string[];
  items: readonly { text: string; index: string; ruleText: string }[];
  sections: readonly string[];
  vetoRows: readonly { row: number; text: string; excellentOnly: boolean }[];
}

const TOTAL_WORD = '(?:总分|总得分|考核得分|考核总分|考评得分|考核成绩|总成绩|本表得分|综合得分|全年得分|年度得分|最终得分|整体得分|全部得分|考评总分|得分)';
/** 总分为0, 考核得分计0分, 以0分计算, 总分清零. */
const ZERO_TOTAL = new RegExp(
  `${TOTAL_WORD}[^，,；;。]{0,8}?(?:为|计|记|按|以|得)\\s*(?:0|零)\\s*分?|(?:以|按)\\s*(?:0|零)\\s*分(?:计算|计|记)|${TOTAL_WORD}[^，,；;。]{0,4}(?:清零|归零)|全部不得分`,
);
/** The same, said of the whole total only (an item's own criterion saying its own 得分 is 0 is not a condition). */
const ZERO_WHOLE_TOTAL = new RegExp(
  `(?:总分|总得分|考核总分|考评总分|全年得分|年度得分|最终得分|整体得分|全部得分|综合得分)[^，,；;。]{0,8}?(?:为|计|记|按|以|得)\\s*(?:0|零)\\s*分?|(?:总分|总得分)[^，,；;。]{0,4}(?:清零|归零)`,
);
const VETO = /一票否决|否决/;
/** An item scoring zero, the condition's first half: 关键项得0分, ★项不得分, 该项为零分. */
const ITEM_ZERO = /(?:项|条|指标|内容|事项|工作)[^，,；;。]{0,10}?(?:得0分|为0分|得分为0|得分为零|为零分|不得分|计0分|得零分|记0分|为0|为零)/;
const MARKERS = ['★', '☆', '※', '△', '▲', '◆', '●', '*'];

function clean(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '');
}

function sentences(note: string): string[] {
  return clean(note)
    .split(/[；;。\n]|(?=\d+[、.．](?!\d))/)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/** A section or item name as a note would say it: no ordinal in front, no (10分) behind. */
function core(name: string): string {
  return clean(name)
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
  for (const v of vetoes) if (ZERO_TOTAL.test(clean(v.text))) out.zeroVetoRows.push(v.row);
  // An item whose own criterion says the whole total is then zero (发生重大事故的，本项及总分均为0分) is key.
  input.items.forEach((it, i) => {
    if (ZERO_WHOLE_TOTAL.test(clean(it.ruleText))) addKey(out.keyItems, i);
  });

  for (const note of input.notes) {
    for (const s of sentences(note)) {
      const zero = ZERO_TOTAL.test(s);
      const veto = VETO.test(s) && !/否优/.test(s.replace(/一票否决/g, ''));
      if (!zero && !veto) continue;
      if (zero && ITEM_ZERO.test(s)) {
        const named = keyOf(s, input);
        named.items.forEach((i) => addKey(out.keyItems, i));
        named.sections.forEach((i) => addKey(out.keySections, i));
        if (named.items.length || named.sections.length) continue;
        if (!veto) {
          out.unapplied.push(s);
          continue;
        }
      }
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

/** The items or sections a key-item sentence names: by a marker (★), by 第N项, or by name. */
function keyOf(s: string, input: ConditionInput): { items: number[]; sections: number[] } {
  const items: number[] = [];
  const sections: number[] = [];
  for (const m of MARKERS) {
    if (!s.includes(m)) continue;
    input.items.forEach((it, i) => {
      if (clean(it.text).includes(m) || clean(it.index).includes(m)) items.push(i);
    });
    input.sections.forEach((name, i) => {
      if (clean(name).includes(m)) sections.push(i);
    });
  }
  if (items.length || sections.length) return { items, sections };
  for (const m of s.matchAll(/第([\d一二三四五六七八九十]+)(?:项|条)/g)) {
    const n = m[1];
    const hits = input.items.map((it, i) => (clean(it.index).replace(/[、.．]$/, '') === n ? i : -1)).filter((i) => i >= 0);
    if (hits.length === 1) items.push(hits[0]);
  }
  if (items.length) return { items, sections };
  input.sections.forEach((name, i) => {
    const c = core(name);
    if (c.length >= 2 && s.includes(c)) sections.push(i);
  });
  for (const q of s.matchAll(/[“"「『《]([^”"」』》]{2,30})[”"」』》]/g)) {
    input.items.forEach((it, i) => {
      if (clean(it.text).includes(q[1])) items.push(i);
    });
  }
  return { items, sections };
}

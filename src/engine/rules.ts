import type { Clause, ClauseKind, Rule } from './rule';
import { countedSteps, fmt, mul2, round2 } from './numbers';
import { message } from './messages';
import { fail, ok, type Result } from './result';
import {
  Sentences, closingExtent, flatten, maskAll, originalSlice, skipLeadingNoise, type FlatText,
} from './rule-text';
import { OWN_CAP_WORDS } from './rule-words/caps';
import {
  AMOUNT_RE, CAP_RES, CLOSING_RE, MANUAL_UPTO_RE, readBareLevels, CONTINUATION_RE, LEVEL_GAP_RE, LEVEL_NAME_RE, MANUAL_RE, OVERALL_CAP_RE, PER_SUFFIX_RE, PRE_VERB_RE,
  RANGE_RE, SIGNED_RE, VERBLESS_RANGE_RE, VERBLESS_RE, VETO_AS_CATEGORY_RE, VETO_RE, ZERO_RE, findPer, readLevelTail,
  readPoints, verbKind,
} from './rule-patterns';

/**
 * Reads 评分标准 text into a Rule (SCORING.md §3): the clauses in text order, and an explicit cap. Nothing here
 * guesses beyond the words: a text with no clause gives clauses [].
 */

interface Hit {
  kind: ClauseKind;
  points: number | number[] | null;
  per: string | null;
  /** How many `per` make one counted step (每低10% → 10); 1 for an occurrence. */
  step?: number;
  range: [number, number] | null;
  cap: number | null;
  /** Where the clause's verb or phrase is. */
  at: number;
  end: number;
  /** Where the clause's own words begin (set once all hits are known). */
  start: number;
  source: 'phrase' | 'verb' | 'range' | 'verbless' | 'continuation';
  /** The grammar rule that built this clause (GRAMMAR_RULES), for `kaohe rules --explain`. */
  rule: GrammarRule;
}

/**
 * The grammar's rules, in the order they read the text; each reads what the ones before it left. What each means
 * is said in rule-explain.ts, and docs/rule-reading.md says how to add one.
 */
export type GrammarRule =
  | 'range' | 'before-verb' | 'range-per' | 'manual-upto' | 'zero' | 'veto' | 'manual' | 'amount' | 'levels'
  | 'signed' | 'verbless' | 'continuation' | 'named-levels' | 'judged-range' | 'zero-or-manual';

/** A rule read, with the grammar rule behind each clause (parallel to rule.clauses). */
export interface RuleReading {
  rule: Rule;
  builtBy: GrammarRule[];
}

interface CapHit {
  n: number;
  at: number;
  end: number;
}

/** A number the reader cannot use as points (400 digits, beyond NUMBER_LIMIT), kept for the rule's warnings. */
type Unread = string[];

/**
 * How much of a criteria cell is read. The longest public 评分标准 cells run to about two thousand characters; a
 * cell far beyond that is a paste gone wrong, and reading only its head keeps every fill fast (issue 15: a
 * 560,000-character cell). The rule says so in its warnings.
 */
export const RULE_TEXT_LIMIT = 5000;

export function parseRule(text: string): Rule {
  return readRule(text).rule;
}

export function readRule(text: string): RuleReading {
  const long = text.length > RULE_TEXT_LIMIT;
  const t = flatten(long ? text.slice(0, RULE_TEXT_LIMIT) : text);
  const unread: Unread = [];
  const caps = readCaps(t.s, unread);
  const ranges = readRanges(t.s, caps.masked, unread);
  const before = readPreVerb(ranges.masked, unread);
  const loose = readVerblessRanges(before.masked, unread);
  const closing = maskAll(loose.masked, [...loose.masked.matchAll(CLOSING_RE)].map((m) => [m.index, m.index + m[0].length] as const));
  const upto = readManualUpto(closing, unread);
  const phrases = readPhrases(upto.masked);
  const amounts = readAmounts(t.s, phrases.masked, unread);
  let hits = [...ranges.hits, ...before.hits, ...loose.hits, ...upto.hits, ...phrases.hits, ...amounts.hits];
  const sentences = new Sentences(t.s);
  hits.push(...readVerbless(amounts.masked, sentences, hits));
  hits.push(...readContinuations(amounts.masked, hits));
  hits.sort((a, b) => a.at - b.at);
  placeClauses(t, sentences, hits);
  hits = mergeNamedLevels(t.s, hits);
  hits = dropCategoryVetoes(t.s, sentences, hits);
  hits = mergeJudgements(t.s, hits);
  const cap = scopeCaps(t.s, sentences, caps.hits, hits);
  const rule: Rule = {
    text,
    cap,
    clauses: hits.map((h) => ({
      kind: h.kind, points: h.points, per: h.per, cap: h.cap, range: h.range,
      ...(h.per !== null && h.step !== undefined && h.step !== 1 ? { step: h.step } : {}),
      text: originalSlice(t, h.start, h.end),
    })),
  };
  const warnings = unread.map((raw) => message('RULE_NUMBER_UNREADABLE', raw));
  if (long) warnings.unshift(message('RULE_TEXT_TOO_LONG', text.length, RULE_TEXT_LIMIT));
  if (warnings.length > 0) rule.warnings = warnings;
  return { rule, builtBy: hits.map((h) => h.rule) };
}

/** 扣0.5分/次: the unit written after the amount at `end`, read in place (slicing the rest of the text per amount would not be linear). */
function perSuffixAt(plain: string, end: number): RegExpExecArray | null {
  PER_SUFFIX_STICKY.lastIndex = end;
  return PER_SUFFIX_STICKY.exec(plain);
}

const PER_SUFFIX_STICKY = new RegExp(PER_SUFFIX_RE.source.replace(/^\^/, ''), 'y');

/** The message code of one of a rule's warnings: the text was cut at RULE_TEXT_LIMIT, or a number was unusable. */
export function ruleWarningCode(rule: Rule, text: string): 'RULE_TEXT_TOO_LONG' | 'RULE_NUMBER_UNREADABLE' {
  return text === message('RULE_TEXT_TOO_LONG', rule.text.length, RULE_TEXT_LIMIT) ? 'RULE_TEXT_TOO_LONG' : 'RULE_NUMBER_UNREADABLE';
}

function points(raw: string, unread: Unread): number | null {
  const n = readPoints(raw);
  if (n === null && /\d/.test(raw)) unread.push(raw.length > 12 ? `${raw.slice(0, 12)}…` : raw);
  return n;
}

/** Every explicit cap (最多扣3分 · 扣分不超过2分 · 累计不超过5分 · 共1分 · 本项限扣5分), masked so it is not read as a clause. */
function readCaps(s: string, unread: Unread): { hits: CapHit[]; masked: string } {
  const hits: CapHit[] = [];
  let masked = s;
  for (const re of CAP_RES) {
    const ranges: [number, number][] = [];
    for (const m of masked.matchAll(re)) {
      const n = points(m[1], unread);
      if (n !== null) hits.push({ n, at: m.index, end: m.index + m[0].length });
      ranges.push([m.index, m.index + m[0].length]);
    }
    masked = maskAll(masked, ranges);
  }
  hits.sort((a, b) => a.at - b.at);
  return { hits, masked };
}

/**
 * Which clauses each cap limits. A cap limits the clauses of its own sentence when the text has clauses in other
 * sentences too and the cap does not say it is over all (以上 本项 此项 合计…): 「…最多扣3分；…最多扣2分；以上累计不超过4分」
 * gives the first two clauses caps 3 and 2 and the rule cap 4. Every other cap is the rule's; when two are, the
 * smaller holds, since both apply.
 */
function scopeCaps(s: string, sentences: Sentences, caps: CapHit[], hits: Hit[]): number | null {
  let overall: number | null = null;
  const bySentence = new Map<number, Hit[]>();
  for (const h of hits) {
    const key = sentences.start(h.at);
    const list = bySentence.get(key);
    if (list) list.push(h);
    else bySentence.set(key, [h]);
  }
  const totals = { bonus: 0, deduct: 0, any: 0 };
  for (const h of hits) {
    if (h.kind === 'veto') continue;
    totals.any++;
    if (h.kind === 'bonus') totals.bonus++;
    else totals.deduct++;
  }
  for (const c of caps) {
    const from = sentences.start(c.at);
    // 最多加5分 limits bonuses, 最多扣3分 deductions; 最多5分 either.
    const phrase = s.slice(c.at, c.end);
    const side = /[加奖]/.test(phrase) ? 'bonus' : /[扣减]/.test(phrase) ? 'deduct' : null;
    const fits = (h: Hit) => h.kind !== 'veto' && (side === null || (h.kind === 'bonus') === (side === 'bonus'));
    const own = (bySentence.get(from) ?? []).filter(fits);
    const before = own.filter((h) => h.at < c.at);
    const scope = before.length > 0 ? before : own;
    const words = s.slice(Math.max(from, lastComma(s, c.at), c.at - 40), c.at);
    if (OWN_CAP_WORDS.test(words)) {
      // 每项最多扣1分 limits its clause and is never the rule's cap; alone in its sentence, it limits the clause before.
      const target = scope.length > 0 ? scope : nearestBefore(hits, c.at, fits);
      for (const h of target) h.cap = h.cap === null ? c.n : Math.min(h.cap, c.n);
      continue;
    }
    const alone = scope.length === 0 || scope.length === totals[side ?? 'any'];
    if (alone || OVERALL_CAP_RE.test(words)) overall = overall === null ? c.n : Math.min(overall, c.n);
    else for (const h of scope) h.cap = h.cap === null ? c.n : Math.min(h.cap, c.n);
  }
  return overall;
}

/** 「发生…“一票否决”重特大事项的，扣30分」: the veto words name the event; the sentence's points are the consequence. */
function dropCategoryVetoes(s: string, sentences: Sentences, hits: Hit[]): Hit[] {
  return hits.filter((h, i) => {
    // 实行一票否决，总得分为零: the zero is the veto's own consequence for the total (SCORING.md §3), not a clause.
    const prev = hits[i - 1];
    if (h.kind === 'zero' && prev?.kind === 'veto' && sentences.start(prev.at) === sentences.start(h.at)) {
      prev.end = Math.max(prev.end, h.end);
      return false;
    }
    if (h.kind !== 'veto' || !VETO_AS_CATEGORY_RE.test(s.slice(h.end, h.end + 12))) return true;
    const to = sentences.end(h.end);
    for (let j = i + 1; j < hits.length && hits[j].at < to; j++) {
      const o = hits[j];
      if (o.source === 'verb' && o.kind === 'deduct' && o.at > h.end) return false;
    }
    return true;
  });
}

function nearestBefore(hits: Hit[], pos: number, fits: (h: Hit) => boolean): Hit[] {
  for (let i = hits.length - 1; i >= 0; i--) if (hits[i].at < pos && fits(hits[i])) return [hits[i]];
  return [];
}

/** After the last comma within 40 characters before `pos` (looking further back would not be linear). */
function lastComma(s: string, pos: number): number {
  for (let i = pos - 1; i >= Math.max(0, pos - 40); i--) if (s[i] === ',' || s[i] === '，') return i + 1;
  return 0;
}

/** Every match of `re` read into a hit and masked out, so later readers pass over what this one read. */
function readMatches(s: string, re: RegExp, hitOf: (m: RegExpExecArray) => Hit): { hits: Hit[]; masked: string } {
  const hits: Hit[] = [];
  for (const m of s.matchAll(re)) hits.push(hitOf(m as RegExpExecArray));
  return { hits, masked: maskAll(s, hits.map((h) => [h.start, h.end] as const)) };
}

/** Two amounts as [low, high], whichever order they were written in; null when either is unreadable. */
function bounds(a: number | null, b: number | null): [number, number] | null {
  return a !== null && b !== null ? [Math.min(a, b), Math.max(a, b)] : null;
}

/** 扣1-3分 · 按次扣1-3分 · 酌情扣0.5-1分: a manual clause with bounds, read before 酌情 and single amounts. */
function readRanges(plain: string, s: string, unread: Unread): { hits: Hit[]; masked: string } {
  return readMatches(s, RANGE_RE, (m) => {
    let end = m.index + m[0].length;
    const suffix = perSuffixAt(plain, end);
    if (suffix) end += suffix[0].length;
    return {
      kind: 'manual', points: null, per: suffix ? suffix[1] : null, range: bounds(points(m[3], unread), points(m[4], unread)),
      cap: null, at: m.index, end, start: m.index, source: 'range', rule: 'range',
    };
  });
}

/**
 * 按每次0.5分扣减 · 每次按0.5分扣除 · 按0.2分/次扣分 · 每发现一处按1分扣 · 按每处1-2分扣分: the amount stands before its
 * verb. Read before the phrases, so the 扣分 that ends 按0.2分/次扣分 is not taken for a deduction without an amount.
 */
function readPreVerb(s: string, unread: Unread): { hits: Hit[]; masked: string } {
  return readMatches(s, PRE_VERB_RE, (m) => {
    const first = points(m[2], unread);
    const isRange = m[3] !== undefined;
    const usable = first !== null && !isRange;
    return {
      kind: usable ? verbKind(m[5]) : 'manual', points: usable ? first : null, per: m[1] ?? m[4] ?? null,
      range: isRange ? bounds(first, points(m[3], unread)) : null, cap: null,
      at: m.index, end: m.index + m[0].length, start: m.index, source: isRange ? 'range' : usable ? 'verb' : 'phrase',
      rule: 'before-verb',
    };
  });
}

/** 每处1-2分 · 每项0.5-1分: a range per occurrence without a verb, manual like 每处扣1-2分. */
function readVerblessRanges(s: string, unread: Unread): { hits: Hit[]; masked: string } {
  return readMatches(s, VERBLESS_RANGE_RE, (m) => ({
    kind: 'manual', points: null, per: m[1], range: bounds(points(m[2], unread), points(m[3], unread)), cap: null,
    at: m.index, end: m.index + m[0].length, start: m.index, source: 'range', rule: 'range-per',
  }));
}

/** 酌情扣2分: the assessor decides, between 0 and the amount (SCORING.md §3, decided readings). */
function readManualUpto(s: string, unread: Unread): { hits: Hit[]; masked: string } {
  return readMatches(s, MANUAL_UPTO_RE, (m) => {
    const n = points(m[1], unread);
    return {
      kind: 'manual', points: null, per: null, range: n === null ? null : [0, n], cap: null,
      at: m.index, end: m.index + m[0].length, start: m.index, source: 'phrase', rule: 'manual-upto',
    };
  });
}

/**
 * Two readings of one judgement become one manual clause (SCORING.md §3, decided readings): 视情节扣分，扣1—2分 is
 * the range [1, 2]; 不得分或酌情扣分 and 酌情扣分或者不得分 leave the choice to the assessor, up to the item's points.
 */
function mergeJudgements(s: string, hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    const between = prev ? s.slice(prev.end, h.at) : '';
    const judged = (x: Hit) => x.kind === 'manual' && x.range === null && x.source === 'phrase';
    if (prev && judged(prev) && h.kind === 'manual' && h.range !== null && /^[,:]?$/.test(between)) {
      out[out.length - 1] = { ...h, start: prev.start, at: prev.at, rule: 'judged-range' };
      continue;
    }
    const pair = prev && ((judged(prev) && h.kind === 'zero') || (prev.kind === 'zero' && judged(h)));
    if (pair && /^(?:的|,)?(?:或|或者|或是)$/.test(between)) {
      out[out.length - 1] = { ...prev, kind: 'manual', end: h.end, rule: 'zero-or-manual' };
      continue;
    }
    out.push(h);
  }
  return out;
}

function readPhrases(s: string): { hits: Hit[]; masked: string } {
  const hits: Hit[] = [];
  let masked = s;
  const kinds: [RegExp, ClauseKind][] = [[ZERO_RE, 'zero'], [VETO_RE, 'veto'], [MANUAL_RE, 'manual']];
  for (const [re, kind] of kinds) {
    const ranges: [number, number][] = [];
    for (const m of masked.matchAll(re)) {
      const end = m.index + m[0].length;
      hits.push({
        kind, points: null, per: null, range: null, cap: null, at: m.index, end, start: m.index, source: 'phrase', rule: kind as GrammarRule,
      });
      ranges.push([m.index, end]);
    }
    masked = maskAll(masked, ranges);
  }
  return { hits, masked };
}

/**
 * 扣2分 · 加计3分 · 扣责任单位10分 · 分别扣5分、10分 · +5分 / -2分. An amount whose number is not usable (beyond
 * NUMBER_LIMIT) is a manual clause, and the rule says why.
 */
function readAmounts(plain: string, s: string, unread: Unread): { hits: Hit[]; masked: string } {
  const hits: Hit[] = [];
  let masked = s;
  const found: { verb: string; raw: string; bare: string; tail: string; index: number; length: number }[] = [];
  for (const m of s.matchAll(AMOUNT_RE)) {
    found.push({ verb: m[1] ?? m[2], raw: m[3], bare: m[4], tail: m[5], index: m.index, length: m[0].length });
  }
  // Both lists come in text order, so one pointer walks the amounts as the signed ones are checked against them.
  const verbed = found.length;
  let k = 0;
  for (const m of s.matchAll(SIGNED_RE)) {
    while (k < verbed && found[k].index + found[k].length <= m.index) k++;
    if (k < verbed && m.index >= found[k].index) continue;
    found.push({ verb: m[1], raw: m[2], bare: '', tail: '', index: m.index, length: m[0].length });
  }
  for (const f of found) {
    const first = points(f.raw, unread);
    const levels = [...readBareLevels(f.bare), ...readLevelTail(f.tail)];
    let end = f.index + f.length;
    const suffix = perSuffixAt(plain, end);
    if (suffix) end += suffix[0].length;
    const usable = first !== null;
    hits.push({
      kind: usable ? verbKind(f.verb) : 'manual',
      points: !usable ? null : levels.length > 0 ? [first, ...levels] : first,
      per: suffix ? suffix[1] : null,
      range: null,
      cap: null,
      at: f.index,
      end,
      start: f.index,
      source: usable ? 'verb' : 'phrase',
      rule: f.tail === '' && f.bare === '' ? (f.verb === '+' || f.verb === '-' ? 'signed' : 'amount') : 'levels',
    });
  }
  return { hits, masked: maskAll(masked, hits.map((h) => [h.at, h.end] as const)) };
}

/**
 * 「法制类一条40分」 after 「一条加50分」, 「每宗0.3分,未及时整改的扣1分」: the verb is understood from the nearest
 * amount with one, before it or else after it in the same sentence.
 */
function readVerbless(s: string, sentences: Sentences, known: Hit[]): Hit[] {
  const out: Hit[] = [];
  const verbs = known.filter((h) => h.source === 'verb');
  const byEnd = [...verbs].sort((a, b) => a.end - b.end);
  const byAt = [...verbs].sort((a, b) => a.at - b.at);
  let e = 0;
  let a = 0;
  for (const m of s.matchAll(VERBLESS_RE)) {
    while (e < byEnd.length && byEnd[e].end <= m.index) e++;
    while (a < byAt.length && byAt[a].at <= m.index) a++;
    const before = e > 0 ? byEnd[e - 1] : undefined;
    const next = byAt[a];
    const after = next !== undefined && next.at < sentences.end(m.index) ? next : undefined;
    const source = before ?? after;
    const points = readPoints(m[2]);
    if (!source || points === null) continue;
    const end = m.index + m[0].length;
    out.push({
      kind: source.kind, points, per: m[1], range: null, cap: null, at: m.index, end, start: m.index, source: 'verbless',
      rule: 'verbless',
    });
  }
  return out;
}

/** 「……一条30分，法制类20分，其它10分」: short comma entries that carry on the clause just before them. */
function readContinuations(s: string, known: Hit[]): Hit[] {
  const out: Hit[] = [];
  const ends = new Map<number, Hit>();
  for (const h of known) if (h.source !== 'phrase') ends.set(h.end, h);
  const re = /[^,;。]+/g;
  const ats = known.map((h) => h.at).sort((x, y) => x - y);
  let k = 0;
  for (const m of s.matchAll(re)) {
    const prev = ends.get(m.index - 1);
    const c = CONTINUATION_RE.exec(m[0]);
    while (k < ats.length && ats[k] < m.index) k++;
    const taken = k < ats.length && ats[k] < m.index + m[0].length;
    if (!prev || s[m.index - 1] !== ',' || !c || taken) continue;
    const points = readPoints(c[1]);
    if (points === null) continue;
    const end = m.index + m[0].length;
    const at = end - c[1].length - 1;
    const hit: Hit = {
      kind: prev.kind, points, per: null, range: null, cap: null, at, end, start: m.index, source: 'continuation',
      rule: 'continuation',
    };
    out.push(hit);
    ends.set(end, hit);
  }
  return out;
}

/**
 * Each clause's words run from the end of the clause before it (or the start of its sentence) to its amount; the
 * counted unit is read from those words, or carried on from the clause before when only 、 separates them
 * (「发现一例无标识扣0.5分、无场所扣0.5分」).
 */
function placeClauses(t: FlatText, sentences: Sentences, hits: Hit[]): void {
  let prev: Hit | null = null;
  for (const h of hits) {
    h.start = Math.max(prev ? prev.end : 0, sentences.start(h.at));
    if ((h.source === 'verb' || h.source === 'range') && h.per === null) {
      const counted = findPer(t.s.slice(h.start, h.at));
      h.per = counted ? counted.unit : null;
      h.step = counted ? counted.step : undefined;
      const listed = prev !== null && t.s[prev.end] === '、' && prev.kind === h.kind && !Array.isArray(prev.points);
      if (h.per === null && listed && prev && h.source === 'verb') {
        h.per = prev.per;
        h.step = prev.step;
      }
    } else if (h.source === 'continuation' && prev) {
      h.per = prev.per;
      h.step = prev.step;
    }
    h.start = skipLeadingNoise(t.s, h.start, h.at);
    h.end = closingExtent(t.s, h.start, h.end);
    prev = h;
  }
}

/** 中央级奖5分，省级奖3分，市级奖2分 is one clause with levels [5, 3, 2]. */
function mergeNamedLevels(s: string, hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    const chained =
      prev !== undefined && prev.source === 'verb' && h.source === 'verb' && prev.kind === h.kind &&
      typeof h.points === 'number' && LEVEL_GAP_RE.test(s.slice(prev.end, h.at)) &&
      (Array.isArray(prev.points) || LEVEL_NAME_RE.test(s.slice(prev.start, prev.at)));
    if (chained && typeof h.points === 'number') {
      prev.points = [...(Array.isArray(prev.points) ? prev.points : [prev.points as number]), h.points];
      prev.end = h.end;
      prev.rule = 'named-levels';
    } else out.push(h);
  }
  return out;
}

const isLevels = (c: Clause): boolean => Array.isArray(c.points);
const isPer = (c: Clause): boolean => typeof c.points === 'number' && c.per !== null;
const isOnce = (c: Clause): boolean => typeof c.points === 'number' && c.per === null;

/**
 * The clause a count is applied to: for deductions first a per-occurrence clause, then a once clause, then 不得分,
 * then levels; a rule with no deduction at all falls back to its bonus clauses in the same order, so the amount of
 * a 加减分 row can be computed too (its sign is the caller's business).
 */
function computableClause(clauses: Clause[]): Clause | undefined {
  const deduct = clauses.filter((c) => c.kind === 'deduct');
  const bonus = clauses.filter((c) => c.kind === 'bonus');
  return (
    deduct.find(isPer) ?? deduct.find(isOnce) ?? clauses.find((c) => c.kind === 'zero') ?? deduct.find(isLevels) ??
    bonus.find(isPer) ?? bonus.find(isOnce) ?? bonus.find(isLevels)
  );
}

/**
 * What a rule gives for a count (KH.DEDUCT). Per occurrence: points × count; once: the points when count > 0;
 * 不得分: the whole base when count > 0; levels (分别扣5分、10分、15分、20分): count names the level, 1 being the
 * first listed, so 到区/到市/到省/进京 are 1/2/3/4. The result never exceeds the rule's cap or the base and never
 * goes below 0, nor the clause's own cap. A rule whose only clauses are 酌情 (or ranges such as 扣1-3分) is for the assessor to judge and fails with FN_MANUAL_RULE;
 * when a computable clause sits beside a 酌情 one, the computable one is used.
 */
export function deductionFor(rule: Rule, count: number, base?: number): Result<number> {
  if (!Number.isFinite(count)) {
    return fail({ code: 'FN_NOT_A_NUMBER', message: message('FN_NOT_A_NUMBER', String(count)) });
  }
  if (count < 0) return fail({ code: 'FN_NEGATIVE', message: message('FN_NEGATIVE', fmt(count)) });
  const clause = computableClause(rule.clauses);
  if (!clause) {
    const unreadable = rule.warnings?.find((w) => w !== message('RULE_TEXT_TOO_LONG', rule.text.length, RULE_TEXT_LIMIT));
    if (unreadable !== undefined) return fail({ code: 'RULE_NUMBER_UNREADABLE', message: unreadable });
    return rule.clauses.some((c) => c.kind === 'manual')
      ? fail({ code: 'FN_MANUAL_RULE', message: message('FN_MANUAL_RULE') })
      : fail({ code: 'FN_NO_RULE', message: message('FN_NO_RULE') });
  }
  const amount = rawAmount(clause, count, base);
  if (!amount.ok) return amount;
  let limit = clause.cap ?? Infinity;
  if (rule.cap !== null) limit = Math.min(limit, rule.cap);
  if (base !== undefined && Number.isFinite(base)) limit = Math.min(limit, base);
  return ok(round2(Math.max(0, Math.min(amount.value, limit))));
}

function rawAmount(clause: Clause, count: number, base: number | undefined): Result<number> {
  if (count === 0) return ok(0);
  if (clause.kind === 'zero') {
    if (base === undefined || !Number.isFinite(base)) {
      return fail({ code: 'FN_ZERO_NEEDS_BASE', message: message('FN_ZERO_NEEDS_BASE') });
    }
    return ok(base);
  }
  const { points } = clause;
  if (Array.isArray(points)) {
    if (!Number.isInteger(count) || count > points.length) {
      return fail({ code: 'FN_BAD_LEVEL', message: message('FN_BAD_LEVEL', count, points.length) });
    }
    return ok(points[count - 1]);
  }
  const p = points ?? 0;
  return ok(clause.per !== null ? mul2(p, countedSteps(count, clause.step)) : p);
}

/** A short Chinese reading of the rule, for the task pane: 「每篇扣2分；上限3分」. */
export function describeRule(rule: Rule): string {
  const parts = rule.clauses.map(describeClause);
  const head = parts.length > 0 ? parts.join('；') : '无可计算条款';
  const capped = rule.cap !== null ? `${head}；上限${fmt(rule.cap)}分` : head;
  return rule.warnings ? [capped, ...rule.warnings].join('；') : capped;
}

function describeClause(c: Clause): string {
  switch (c.kind) {
    case 'zero':
      return '不得分';
    case 'veto':
      return '一票否决';
    case 'manual': {
      if (c.range === null) return '酌情（需人工判断）';
      const each = eachStep(c);
      return `${each}扣${fmt(c.range[0])}–${fmt(c.range[1])}分（需人工判断）`;
    }
    default: {
      const verb = c.kind === 'deduct' ? '扣' : '加';
      const each = eachStep(c);
      const own = c.cap !== null ? `（该条上限${fmt(c.cap)}分）` : '';
      if (Array.isArray(c.points)) return `${each}分别${verb}${c.points.map(fmt).join('/')}分${own}`;
      return `${each}${verb}${fmt(c.points ?? 0)}分${own}`;
    }
  }
}

/** 每篇 · 每10% · 每5个百分点 (a step other than one is named with its size). */
function eachStep(c: Clause): string {
  if (c.per === null) return '';
  if (c.step === undefined || c.step === 1) return `每${c.per}`;
  return `每${fmt(c.step)}${c.per === '百分点' ? '个' : ''}${c.per}`;
}

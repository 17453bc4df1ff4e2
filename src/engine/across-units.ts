import { chineseNumber, compact, round2, toHalfWidth } from './numbers';

/**
 * Rules that apply across units after ranking (SCORING.md §8), read from the units' own notes:
 * - points by rank: 「位列全县前5名的，分别加1分、0.8分、0.6分、0.4分、0.2分；位于全县后5名，分别扣1分、0.8分…」 (seed 002);
 * - a last-place veto: 「对综合排名最后一名的村实行一票否决」 (seed 004; 一票否决预告 is a warning, not a veto);
 * - 先进 only from the top class: 「先进单位从一类单位中产生」 (seed 001).
 * Each keeps the text it was read from, so the report names it.
 */
export interface AcrossRules {
  rankPoints?: { top: number[]; bottom: number[]; text: string };
  lastPlaceVeto?: { text: string };
  topFromTier?: { tier: string; text: string };
  /** 「被评为优秀等次的人数一般掌握在…总数的20%以内」 (seed 003): at most ⌊share × units⌋ keep the tier, per group. */
  quota?: { tier: string; share: number; text: string };
}

const count = (s: string): number | null => (/^\d+$/.test(s) ? Number(s) : chineseNumber(s));
const amounts = (s: string): number[] => [...s.matchAll(/(\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));

const TOP_POINTS = /前([\d一二三四五六七八九十]+)名[^；;。]{0,16}?分别加((?:\d+(?:\.\d+)?分?[、,，]?)+)/;
const BOTTOM_POINTS = /后([\d一二三四五六七八九十]+)名[^；;。]{0,16}?分别(?:扣|减)((?:\d+(?:\.\d+)?分?[、,，]?)+)/;
const LAST_VETO = /(最后一名|末位|倒数第一)[^；;。]{0,12}?一票否决(?!预告)/;
const QUOTA = /(优秀|一类|先进|好)(?:等次|等级)?的?(?:人数|单位数|名额|比例)?[^；;。]{0,16}?(?:总数|总人数|参评单位|被考核单位|考核对象)?的?(\d+(?:\.\d+)?)%以内/;
const TOP_FROM_TIER = /先进[^；;。]{0,12}?从([^；;。，,]{1,6}?)(?:单位|等次)?中(?:产生|评选|评定)/;

/** The first statement of each rule among the texts (a sheet's notes, a rubric's paragraphs). */
export function readAcrossRules(texts: readonly string[]): AcrossRules {
  const out: AcrossRules = {};
  for (const raw of texts) {
    const t = compact(toHalfWidth(raw));
    const top = TOP_POINTS.exec(t);
    if (top && !out.rankPoints) {
      const n = count(top[1]);
      const pts = amounts(top[2]);
      if (n !== null && pts.length === n) {
        const bottom = BOTTOM_POINTS.exec(t);
        const m = bottom ? count(bottom[1]) : null;
        const down = bottom ? amounts(bottom[2]) : [];
        out.rankPoints = { top: pts, bottom: m !== null && down.length === m ? down : [], text: raw.trim() };
      }
    }
    if (!out.lastPlaceVeto && LAST_VETO.test(t)) out.lastPlaceVeto = { text: raw.trim() };
    const from = TOP_FROM_TIER.exec(t);
    if (!out.topFromTier && from) out.topFromTier = { tier: from[1], text: raw.trim() };
    const quota = QUOTA.exec(t);
    if (!out.quota && quota) out.quota = { tier: quota[1], share: Number(quota[2]) / 100, text: raw.trim() };
  }
  return out;
}

export interface AcrossUnit {
  total: number;
  veto: boolean;
  tier: string;
  group: string;
  /** The tier just below the unit's own, from its sheet's bands: where a unit beyond the quota goes. */
  lowerTier?: string;
}

export interface AcrossResult {
  /** Points the unit's rank adds (positive) or takes (negative); 0 outside the first and last places. */
  rankPoints: number;
  total: number;
  /** Vetoed by its own sheet, or as the last of its group. */
  veto: boolean;
  lastPlace: boolean;
  /** May be 先进: not vetoed and, where the rules say so, in the top class. */
  eligible: boolean;
  /** The tier after the quota: the sheet's own, or the one below it for a unit beyond the quota. */
  tier: string;
  overQuota: boolean;
}

/** How many units of a group of n may hold the quota's tier: ⌊share × n⌋, rounded to six places first (20% of 10 is 2). */
export function quotaOf(share: number, n: number): number {
  return Math.floor(Number((share * n).toFixed(6)));
}

/**
 * Applies the rules to units in any order; each group apart. Rank points follow the order of the totals among the
 * units not vetoed (ties share the better place's points), the last place is the lowest total after those points.
 */
export function applyAcrossRules<T extends AcrossUnit>(units: readonly T[], rules: AcrossRules): AcrossResult[] {
  const out: AcrossResult[] = units.map((u) => ({ rankPoints: 0, total: u.total, veto: u.veto, lastPlace: false, eligible: !u.veto, tier: u.tier, overQuota: false }));
  const groups = new Map<string, number[]>();
  units.forEach((u, i) => groups.set(u.group, [...(groups.get(u.group) ?? []), i]));
  for (const members of groups.values()) {
    const live = members.filter((i) => !units[i].veto).sort((a, b) => units[b].total - units[a].total);
    if (rules.rankPoints) {
      const { top, bottom } = rules.rankPoints;
      live.forEach((i) => {
        // Places count the units strictly above (ties share the better place), from the end those strictly below:
        // the report sheet's formula counts the same way.
        const place = live.filter((j) => units[j].total > units[i].total).length;
        const fromEnd = live.filter((j) => units[j].total < units[i].total).length;
        const up = place < top.length ? top[place] : 0;
        const down = fromEnd < bottom.length && place >= top.length ? bottom[fromEnd] : 0;
        out[i].rankPoints = round2(up - down);
        out[i].total = round2(units[i].total + out[i].rankPoints);
      });
    }
    if (rules.lastPlaceVeto && live.length > 1) {
      const lowest = Math.min(...live.map((i) => out[i].total));
      for (const i of live) if (out[i].total === lowest) Object.assign(out[i], { veto: true, lastPlace: true, eligible: false });
    }
  }
  if (rules.quota) {
    const { tier, share } = rules.quota;
    for (const members of groups.values()) {
      const limit = quotaOf(share, members.length);
      const holders = members.filter((i) => !out[i].veto && units[i].tier === tier);
      for (const i of holders) {
        // Units strictly above share the place: a tie at the limit keeps the tier for all of them.
        const above = holders.filter((j) => out[j].total > out[i].total).length;
        if (above >= limit && units[i].lowerTier !== undefined) Object.assign(out[i], { tier: units[i].lowerTier, overQuota: true });
      }
    }
  }
  if (rules.topFromTier) {
    const tier = rules.topFromTier.tier;
    units.forEach((u, i) => (out[i].eligible = out[i].eligible && u.tier === tier));
  }
  return out;
}

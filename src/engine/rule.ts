/**
 * What a 评分标准 text means, as CLI.md's `kaohe rules --json` prints it. The reader lives in rules.ts; these are
 * the shapes every other module sees.
 */
export type ClauseKind = 'deduct' | 'bonus' | 'zero' | 'veto' | 'manual';

export interface Clause {
  kind: ClauseKind;
  /** Points per occurrence or once; an array only for levels (分别扣5分、10分…); null for zero/veto/manual. */
  points: number | number[] | null;
  /** The counted unit (篇 项 例 人次 …) when the points apply per occurrence; else null. */
  per: string | null;
  /**
   * How many `per` make one step, present only when not 1: 每低10%扣2分 is per '%' with step 10, and deducts 2 for
   * each whole 10 % (a count of 25 is 2 steps, 4 points).
   */
  step?: number;
  /** A cap on this clause alone (「每次扣1分，最多扣3分；…」); the rule's `cap` limits all clauses together. */
  cap: number | null;
  /** The bounds of a manual clause written as a range (扣1-3分 → [1, 3]); per occurrence when `per` is set. */
  range: [number, number] | null;
  /** The part of the text this clause was read from. */
  text: string;
}

export interface Rule {
  text: string;
  /** An explicit cap on what the rule deducts or adds over all its clauses (扣分不超过2分, 以上累计不超过4分); 扣完为止 is not one. */
  cap: number | null;
  clauses: Clause[];
  /** What the reader saw but could not use, in Chinese (a number too large to be points); absent when nothing. */
  warnings?: string[];
}

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
  /** The part of the text this clause was read from. */
  text: string;
}

export interface Rule {
  text: string;
  /** An explicit cap on what the rule deducts or adds (扣分不超过2分, 累计奖分不超过3分); 扣完为止 is not one. */
  cap: number | null;
  clauses: Clause[];
}

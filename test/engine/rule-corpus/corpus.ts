import type { ClauseKind } from '../../../src/engine/rule';

/**
 * The shape of the rule corpus: public 评分标准 texts from outside the seeds, quoted exactly as the page the search
 * found them on gives them (line breaks and stray spaces included), with what a careful assessor reads each to mean.
 */
export interface ExpectedClause {
  kind: ClauseKind;
  points: number | number[] | null;
  per: string | null;
  cap: number | null;
  range: [number, number] | null;
  /** How many `per` make one step, only when not 1 (每低10%扣2分 → 10). */
  step?: number;
}

export interface Source {
  publisher: string;
  title: string;
  url: string;
}

export interface CorpusText {
  text: string;
  clauses: ExpectedClause[];
  cap: number | null;
}

export interface CorpusSource {
  source: Source;
  texts: CorpusText[];
}

const clause = (kind: ClauseKind, points: number | number[] | null, per: string | null): ExpectedClause =>
  ({ kind, points, per, cap: null, range: null });

/** Deduct points (once, or per `per`); levels when points is an array. */
export const 扣 = (points: number | number[], per: string | null = null): ExpectedClause => clause('deduct', points, per);
/** Add points. */
export const 加 = (points: number | number[], per: string | null = null): ExpectedClause => clause('bonus', points, per);
export const 不得分: ExpectedClause = clause('zero', null, null);
export const 否决: ExpectedClause = clause('veto', null, null);
export const 酌情: ExpectedClause = clause('manual', null, null);
/** 扣1-3分: manual, with its bounds. */
export const 范围 = (lo: number, hi: number, per: string | null = null): ExpectedClause =>
  ({ ...clause('manual', null, per), range: [lo, hi] });
/** A clause with its own cap (「…最多扣3分；…」). */
export const 限 = (c: ExpectedClause, cap: number): ExpectedClause => ({ ...c, cap });

export const 文 = (text: string, clauses: ExpectedClause[], cap: number | null = null): CorpusText => ({ text, clauses, cap });
/** A clause counted in steps other than one (每低10%扣2分 is 步(扣(2, '%'), 10)). */
export const 步 = (c: ExpectedClause, step: number): ExpectedClause => ({ ...c, step });

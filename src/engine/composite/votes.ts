import { compact, round2, toHalfWidth } from '../numbers';

/**
 * Vote counts (民主测评): level columns holding how many votes each level got (优秀票 | 称职票 | 基本称职票 | 不称职票,
 * or 繁重 | 较多 | 一般 | 较少 under 得票数). The item's score is Σ votes × the level's points ÷ the valid votes, as the
 * sheet's note states it: 「(优秀票×100 + 称职票×80 + …) ÷ 有效票」, 「([繁重]得票数×100分)+([较多]得票数×80分)…÷测评有效票数」.
 */
export const VOTE_WORDS = /票|测评|得票/;
export const VALID_VOTES_HEADER = /^(有效票|有效票数|测评有效票数|有效测评票数|总票数|参评人数|测评人数)$/;

/** Each level's points per vote as the notes state them (优秀票×100, [较多]得票数×80分); null unless every level has one. */
export function votePoints(notes: readonly string[], words: readonly string[]): number[] | null {
  const text = notes.map((n) => compact(toHalfWidth(n))).join('；');
  const out: number[] = [];
  for (const w of words) {
    const re = new RegExp(`[\\[【(（]?${w}[\\]】)）]?(?:票数|票|得票数|得票)?[\\]】)）]?[×xX*](\\d+(?:\\.\\d+)?)`);
    const m = re.exec(text);
    if (!m) return null;
    out.push(Number(m[1]));
  }
  return out;
}

/** Σ votes × points ÷ valid votes (the sum of the votes when the sheet has no 有效票 column); no votes is 0. */
export function voteScore(votes: readonly number[], points: readonly number[], valid: number | null): number {
  const total = valid ?? votes.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return 0;
  return round2(votes.reduce((a, v, i) => a + v * points[i], 0) / total);
}

/** The same as a formula over the row's vote cells (and its 有效票 cell where there is one). */
export function voteExpr(refs: readonly string[], points: readonly number[], valid: string | null): string {
  const sum = refs.map((r, i) => `${r}*${points[i]}`).join('+');
  const n = valid ?? `SUM(${refs.join(',')})`;
  return `IF(${n}>0,ROUND((${sum})/${n},2),0)`;
}

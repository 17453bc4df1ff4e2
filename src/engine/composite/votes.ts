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

/**
 * 优秀得票率 bands as the note states them (「优秀得票率达到80%以上得满分，60%—80%得15分，40%—60%得10分，40%以下得5分」):
 * each band's lower bound in percent and its points (null = 满分, the item's own scale). Highest bound first; a rate
 * below every band scores 0. Null unless the note names 优秀得票率/优秀率 and states two bands or more.
 */
export interface VoteBand {
  from: number;
  points: number | null;
}

const RATE_NOTE = /优秀(得票)?率|优秀票(数)?(占|比例|比率)/;
const PTS = '(满分|不得分|\\d+(?:\\.\\d+)?分)';
const ABOVE = new RegExp(`(\\d+(?:\\.\\d+)?)%(?:\\(含\\))?(?:及)?以上(?:的)?(?:得|计)?${PTS}`);
const BETWEEN = new RegExp(`(\\d+(?:\\.\\d+)?)%?[—\\-－~～至到](\\d+(?:\\.\\d+)?)%(?:之间)?(?:的)?(?:得|计)?${PTS}`);
const BELOW = new RegExp(`(\\d+(?:\\.\\d+)?)%(?:以下|以内)(?:的)?(?:得|计)?${PTS}`);

export function voteBands(notes: readonly string[]): VoteBand[] | null {
  const text = notes.map((n) => compact(toHalfWidth(n))).find((n) => RATE_NOTE.test(n));
  if (!text) return null;
  const from = text.slice(text.search(RATE_NOTE));
  const bands: VoteBand[] = [];
  const pts = (p: string): number | null => (p === '满分' ? null : p === '不得分' ? 0 : Number(p.replace('分', '')));
  for (const part of from.split(/[，,；;。]/)) {
    const between = BETWEEN.exec(part);
    const above = ABOVE.exec(part);
    const below = BELOW.exec(part);
    if (between) bands.push({ from: Math.min(Number(between[1]), Number(between[2])), points: pts(between[3]) });
    else if (above) bands.push({ from: Number(above[1]), points: pts(above[2]) });
    else if (below) bands.push({ from: 0, points: pts(below[2]) });
  }
  if (bands.length < 2) return null;
  return bands.sort((a, b) => b.from - a.from);
}

/** The band the 优秀 votes reach: excellent × 100 ≥ from × valid, compared in whole numbers so a formula agrees. */
export function bandScore(excellent: number, valid: number, bands: readonly VoteBand[], full: number): number {
  if (!(valid > 0)) return 0;
  const hit = bands.find((b) => excellent * 100 >= b.from * valid);
  return hit ? round2(hit.points ?? full) : 0;
}

/** The same as nested IFs over the 优秀 cell and the valid votes: IF(n>0,IF(C5*100>=80*n,20,IF(…,0)),0). */
export function bandExpr(excellent: string, valid: string, bands: readonly VoteBand[], full: string): string {
  const inner = bands.reduceRight((rest, b) => `IF(${excellent}*100>=${b.from}*${valid},${b.points ?? full},${rest})`, '0');
  return `IF(${valid}>0,${inner},0)`;
}

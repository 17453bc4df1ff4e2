/**
 * Ranking many units: highest total first; equal totals share a rank (1, 1, 3, or 中国式 1, 1, 2); vetoed units
 * after all others; groups (区县 / 市直) rank separately; the first N of each group are 先进.
 */
export interface RankInput {
  total: number;
  veto: boolean;
  group?: string;
}

export interface RankOptions {
  dense?: boolean;
  top?: number;
}

export type Ranked<T> = T & { rank: number; top: boolean };

export function rankUnits<T extends RankInput>(units: readonly T[], opts: RankOptions = {}): Ranked<T>[] {
  const groups = new Map<string, T[]>();
  for (const u of units) {
    const g = u.group ?? '';
    const list = groups.get(g) ?? [];
    list.push(u);
    groups.set(g, list);
  }
  const out: Ranked<T>[] = [];
  for (const list of groups.values()) out.push(...rankGroup(list, opts));
  return out;
}

function rankGroup<T extends RankInput>(units: readonly T[], opts: RankOptions): Ranked<T>[] {
  const sorted = [...units].sort((a, b) => Number(a.veto) - Number(b.veto) || b.total - a.total);
  const out: Ranked<T>[] = [];
  let rank = 0;
  let distinct = 0;
  sorted.forEach((u, i) => {
    const prev = sorted[i - 1];
    const tied = prev !== undefined && prev.veto === u.veto && prev.total === u.total;
    if (!tied) {
      distinct += 1;
      rank = opts.dense ? distinct : i + 1;
    }
    out.push({ ...u, rank, top: !u.veto && opts.top !== undefined && rank <= opts.top });
  });
  return out;
}

/** 中国式排名 of one score among scores: 1 + how many distinct scores are higher. */
export function denseRank(score: number, scores: readonly number[]): number {
  const higher = new Set(scores.filter((s) => s > score));
  return higher.size + 1;
}

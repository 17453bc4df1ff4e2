import type { Clause, Rule } from '../engine/rule';

/**
 * Which clause of an item's 评分标准 a deduction came from, so a 通报 can say 「月考评备案每迟一月扣1分：扣3分」
 * instead of quoting the 考核内容. A rule of one deducting clause answers at once; with several, the points decide
 * (a fixed amount equal to the deduction, a per-occurrence amount that divides it, a range or a level holding it),
 * and 不得分 answers a deduction of the whole base. null when the points fit no clause or fit several equally.
 */
export function appliedClause(rule: Rule, points: number, base: number, perPoints: number | null): Clause | null {
  const losing = rule.clauses.filter((c) => c.kind !== 'bonus');
  if (losing.length === 1) return losing[0];
  if (perPoints !== null) {
    const counted = losing.find((c) => c.per !== null && c.points === perPoints);
    if (counted) return counted;
  }
  const tests: ((c: Clause) => boolean)[] = [
    (c) => c.kind === 'zero' && near(points, base),
    (c) => typeof c.points === 'number' && c.per === null && near(c.points, points),
    (c) => Array.isArray(c.points) && c.points.some((p) => near(p, points)),
    (c) => typeof c.points === 'number' && c.per !== null && c.points > 0 && wholeTimes(points, c.points),
    (c) => c.range !== null && points >= c.range[0] - 0.005 && points <= c.range[1] + 0.005,
    (c) => typeof c.points === 'number' && c.points > 0 && wholeTimes(points, c.points),
  ];
  for (const fits of tests) {
    const found = losing.filter(fits);
    if (found.length === 1) return found[0];
    if (found.length > 1) return null;
  }
  return null;
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.005;

function wholeTimes(total: number, each: number): boolean {
  const n = Math.round(total / each);
  return n >= 1 && near(n * each, total);
}

/** The clause's own words, without the separators the rule text joined it with. */
export function clauseText(c: Clause): string {
  return c.text.replace(/^[\s，,；;。]+|[\s，,；;。]+$/g, '');
}

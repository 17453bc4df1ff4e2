/**
 * How units fall into groups that rank separately (区县 / 市直, 重点 / 一般). Three ways a user names them:
 * - by list: `区县:甲镇,乙镇` (several lists joined with ';' or given as several options);
 * - by sheet-name prefix: `prefix`, where 「区县-甲镇」「区县_乙镇」「市直·财政局」 name their group before the mark;
 * - by a column: a value read per unit by the edge (a 分组 cell on the unit's sheet), passed in as `byUnit`.
 * A unit no list names stays in the unnamed group, so nothing is silently dropped from the ranking.
 */
export type GroupSpec =
  | { kind: 'lists'; lists: { group: string; units: string[] }[] }
  | { kind: 'prefix' }
  | { kind: 'byUnit'; groups: ReadonlyMap<string, string> };

/** Marks between a group prefix and the unit's own name in a sheet name. */
const PREFIX = /^(.+?)[-_·—－]+(.+)$/;

export function parseGroupOption(texts: readonly string[]): GroupSpec | string {
  if (texts.length === 1 && texts[0].trim() === 'prefix') return { kind: 'prefix' };
  const lists: { group: string; units: string[] }[] = [];
  for (const text of texts.flatMap((t) => t.split(/[;；]/)).map((t) => t.trim()).filter(Boolean)) {
    const m = /^([^:：]+)[:：](.+)$/.exec(text);
    if (!m) return `分组“${text}”应写成“组名:单位1,单位2”`;
    const units = m[2].split(/[,，、]/).map((u) => u.trim()).filter(Boolean);
    if (units.length === 0) return `分组“${m[1]}”没有列出单位`;
    const group = m[1].trim();
    // A unit ranks in one group; listed under two, which one the user meant cannot be guessed.
    for (const unit of units) {
      const other = lists.find((l) => l.units.includes(unit));
      if (other && other.group !== group) return `单位“${unit}”同时列在分组“${other.group}”和“${group}”中，每个单位只能属于一个分组`;
    }
    const same = lists.find((l) => l.group === group);
    if (same) same.units.push(...units.filter((u) => !same.units.includes(u)));
    else lists.push({ group, units: units.filter((u, i) => units.indexOf(u) === i) });
  }
  if (lists.length === 0) return '缺少分组：--group 组名:单位1,单位2 或 --group prefix';
  return { kind: 'lists', lists };
}

export function groupOf(unit: string, spec: GroupSpec | undefined): string | undefined {
  if (!spec) return undefined;
  if (spec.kind === 'prefix') return PREFIX.exec(unit)?.[1];
  if (spec.kind === 'byUnit') return spec.groups.get(unit);
  return spec.lists.find((l) => l.units.includes(unit))?.group;
}

/** Names a list gives that match no unit: a typo the user should hear about rather than a silently empty group. */
export function unknownUnits(spec: GroupSpec | undefined, units: readonly string[]): string[] {
  if (!spec || spec.kind !== 'lists') return [];
  const have = new Set(units);
  return spec.lists.flatMap((l) => l.units).filter((u) => !have.has(u));
}

import type { GroupSpec } from '../report/groups';
import type { ReportUnit } from '../report/unit';
import type { ScoredFile } from './file-score';

/**
 * The units of the file mode's report, from however many workbooks the clerk opened: the sheet names a unit, except
 * when each file holds one unit, then the file does (甲镇.xlsx with its Sheet1), as `kaohe report` names them. The
 * clerk may rename a unit and give it a group; both are kept by the unit's key (file and sheet), so scoring again with
 * other options keeps them.
 */
export interface FileUnit {
  key: string;
  file: string;
  unit: ReportUnit;
}

export interface UnitEdits {
  names: Map<string, string>;
  groups: Map<string, string>;
}

const stem = (file: string) => file.replace(/\.[^.]+$/, '');

export function unitsOf(files: readonly { name: string; scored: ScoredFile | null }[], edits: UnitEdits): FileUnit[] {
  const scored = files.filter((f) => f.scored);
  const onePerFile = scored.length > 1 && scored.every((f) => (f.scored as ScoredFile).units.length <= 1);
  const out: FileUnit[] = [];
  for (const f of scored)
    for (const u of (f.scored as ScoredFile).units) {
      const key = `${f.name}/${u.sheet}`; // a file name never holds a slash
      out.push({ key, file: f.name, unit: { ...u, unit: onePerFile ? stem(f.name) : u.sheet } });
    }
  const counts = new Map<string, number>();
  for (const u of out) counts.set(u.unit.unit, (counts.get(u.unit.unit) ?? 0) + 1);
  for (const u of out) if ((counts.get(u.unit.unit) ?? 0) > 1) u.unit.unit = `${stem(u.file)}·${u.unit.sheet}`;
  for (const u of out) {
    const renamed = edits.names.get(u.key)?.trim();
    if (renamed) u.unit.unit = renamed;
  }
  return out;
}

/** The groups the clerk typed, as the report's by-unit grouping; none when no unit has one. */
export function groupsOf(units: readonly FileUnit[], edits: UnitEdits): GroupSpec | undefined {
  const groups = new Map<string, string>();
  for (const u of units) {
    const g = edits.groups.get(u.key)?.trim();
    if (g) groups.set(u.unit.unit, g);
  }
  return groups.size ? { kind: 'byUnit', groups } : undefined;
}

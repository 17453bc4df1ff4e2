import { readColumnRoles } from '../../../src/engine/reading/column-roles';
import { readTableExtent } from '../../../src/engine/reading/table-extent';
import { readRowKinds } from '../../../src/engine/reading/row-kinds';
import { parseRule } from '../../../src/engine/rules';
import type { SheetSnapshot } from '../../../src/engine/snapshot';

/** Runs the layout reader's passes up to row kinds, as detectLayout does, for tests of one later pass. */
export function passesOf(s: SheetSnapshot) {
  const read = readColumnRoles(s);
  if (!read.ok) throw new Error(read.error.message);
  const roles = read.value;
  const extent = readTableExtent(s, roles);
  const rows = readRowKinds(s, roles, extent);
  return { roles, extent, rows, parseRule };
}

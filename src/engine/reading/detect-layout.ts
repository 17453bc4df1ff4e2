import { message } from '../messages';
import { fail, ok, type Result } from '../result';
import type { Rule } from '../rule';
import { parseRule } from '../rules';
import { sheetKind } from '../sheet-kind';
import type { SheetSnapshot } from '../snapshot';
import { readColumnRoles } from './column-roles';
import { readTableExtent } from './table-extent';
import { readRowKinds } from './row-kinds';
import { readSections } from './sections';
import { conditionsOf, readNotes } from './notes';
import type { Layout, LayoutOptions } from './layout-types';

/**
 * The layout reader as a pipeline of passes, each in its own file: column roles → table extent → row kinds →
 * sections and categories → notes. Each hands on what it found (pass.ts); a refusal stops the pipeline.
 */
export function detectLayout(s: SheetSnapshot, opts: LayoutOptions = {}): Result<Layout> {
  const roleRead = readColumnRoles(s, opts);
  if (!roleRead.ok) return roleRead;
  const roles = roleRead.value;
  const extent = readTableExtent(s, roles);
  const rows = readRowKinds(s, roles, extent);
  const sections = readSections(s, { roles, extent, rows, parseRule: ruleReader() });
  const kind = sheetKind(s, roles.columns, sections.items);
  // Where a 扣分 column would go, for edges that offer to insert it: before 得分, its name in the last header row.
  // Offered only while no score is typed: over typed scores the sheet is direct, and a 扣分 column would hide them.
  if (kind === null)
    return fail({ code: 'MISSING_DEDUCTION', message: message('MISSING_DEDUCTION'), row: roles.headerEnd, col: roles.columns.score });
  if (sections.items.length === 0) return fail({ code: 'NO_ITEMS', message: message('NO_ITEMS'), row: roles.headerRow });
  const notes = readNotes(s, roles, extent);
  return ok({
    sheet: s.name, kind, headerRow: roles.headerRow, headerEnd: roles.headerEnd, columns: roles.columns,
    sections: sections.sections,
    ...(sections.categories ? { categories: sections.categories } : {}),
    ...(sections.categoryColumn !== undefined ? { categoryColumn: sections.categoryColumn } : {}),
    items: sections.items, blocks: sections.blocks, adjustments: sections.adjustments, vetoRows: sections.vetoRows,
    totalRow: extent.totalRow, totalBase: extent.totalBase,
    conditions: conditionsOf(s, roles, notes.notes, sections),
    tierCell: notes.tierCell, notes: notes.notes,
    ...(sections.doubtfulBases ? { doubtfulBases: sections.doubtfulBases } : {}),
    ...(notes.laterTables ? { laterTables: notes.laterTables } : {}),
    roles: roles.roles,
  });
}

/** Rubrics repeat the same 评分标准 text on many rows; read each text once. */
function ruleReader(): (text: string) => Rule {
  const rules = new Map<string, Rule>();
  return (text) => {
    let r = rules.get(text);
    if (!r) rules.set(text, (r = parseRule(text)));
    return r;
  };
}

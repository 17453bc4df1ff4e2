import { isHeaderRow, mergeAt } from '../header';
import { compact } from '../numbers';
import { readConditions, type Conditions } from '../note-conditions';
import { colCount, rowCount, rowEnd, textAt, type SheetSnapshot } from '../snapshot';
import { rowTexts } from './row-text';
import type { ColumnReading, TableExtent } from './pass';
import type { LayoutItem, LayoutSection, VetoRow } from './layout-types';

/**
 * The last pass: the texts around the table (title, notes, signatures), further tables below it, the cell a tier
 * goes in, and the zero-total and veto conditions the notes state (note-conditions.ts).
 */
export interface NotesRead {
  notes: string[];
  laterTables?: number[];
  tierCell: { row: number; col: number } | null;
}

const TIER_LABEL = /^(考核)?(等次|等级|档次)$|^评定等次$/;

export function readNotes(s: SheetSnapshot, roles: ColumnReading, extent: TableExtent): NotesRead {
  const { width } = roles;
  const out: NotesRead = { notes: [...roles.above], tierCell: null };
  const last = rowCount(s);
  for (let r = roles.headerEnd + 1; r <= last; r++) {
    const texts = rowTexts(s, r, width);
    if (texts.length === 0) continue;
    out.tierCell ??= tierCellIn(s, r, width);
    if (extent.endRow === null || r < extent.endRow || r === extent.totalRow) continue;
    if (r > extent.endRow && isHeaderRow(s, r, width)) (out.laterTables ??= []).push(r);
    out.notes.push(...texts);
  }
  return out;
}

/** A cell labelled 等次/等级/考核等次 names the cell to its right as where the tier goes. */
function tierCellIn(s: SheetSnapshot, r: number, width: number): { row: number; col: number } | null {
  const end = Math.min(width, rowEnd(s, r));
  for (let c = 1; c <= end; c++) {
    const t = textAt(s, r, c);
    if (t.length > 8 || !/[等档]/.test(t)) continue;
    if (!TIER_LABEL.test(compact(t).replace(/[:：]$/, ''))) continue;
    const m = mergeAt(s.merges, r, c);
    return { row: r, col: m ? m.right + 1 : c + 1 };
  }
  return null;
}

/** The conditions the notes state, matched to the items and sections they name. */
export function conditionsOf(
  s: SheetSnapshot, roles: ColumnReading, notes: readonly string[],
  read: { items: readonly LayoutItem[]; sections: readonly LayoutSection[]; vetoRows: readonly VetoRow[] },
): Conditions {
  const { columns } = roles;
  return readConditions({
    notes: [...notes],
    items: read.items.map((it) => ({
      // Every text of the row, not only its named columns: JGJ59 puts 保证项目 in a column no header names.
      text: rowTexts(s, it.row, colCount(s)).join(' '),
      index: columns.index !== undefined ? textAt(s, it.row, columns.index) : '',
      ruleText: it.rule.text,
      section: it.section,
    })),
    sections: read.sections.map((x) => x.name),
    vetoRows: read.vetoRows,
  });
}

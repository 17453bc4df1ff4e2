import type { Layout } from '../engine/layout';
import type { SheetReport } from '../engine/sheet-report';
import { address, textAt, type SheetSnapshot } from '../engine/snapshot';
import type { WritePlan } from '../engine/write-plan';

/**
 * One assessed unit (镇/单位): a scored sheet, where it came from, and the cells of its own sheet that hold its total,
 * tier and section scores, so a report sheet in the same workbook can point at them instead of copying numbers.
 */
export interface UnitCells {
  /** A1 address on the unit's sheet, or null when the sheet has no cell the fill wrote for it. */
  total: string | null;
  tier: string | null;
  /** Per section of the report, in the sheet's order: the 小计 cell, or the item score cells to sum under the cap. */
  sections: SectionCells[];
}

export type SectionCells = { kind: 'cell'; ref: string } | { kind: 'sum'; ranges: string[]; cap: number } | null;

/** A deduction a reader can trace: the unit's sheet row, what was assessed, the points and the evidence text. */
export interface Deduction {
  row: number;
  section: string;
  content: string;
  points: number;
  /** 扣分依据 / 扣分原因 as the assessor wrote it; '' when the sheet has none for the row. */
  basis: string;
}

export interface ReportUnit {
  unit: string;
  file: string;
  sheet: string;
  report: SheetReport;
  cells: UnitCells;
  deductions: Deduction[];
  group?: string;
  /** The texts around the unit's table (title, notes): where rules across units are stated (across-units.ts). */
  notes?: string[];
}

/** Builds a unit from a sheet after its fill: the plan says which cells now hold the tool's own formulas. */
export function unitOf(
  unit: string,
  file: string,
  snapshot: SheetSnapshot,
  layout: Layout,
  report: SheetReport,
  plan: WritePlan,
): ReportUnit {
  const written = new Set(plan.cells.map((c) => address(c.row, c.col)));
  const scoreCol = layout.columns.score;
  const mine = (row: number | null, col: number | undefined): string | null => {
    if (row === null || col === undefined) return null;
    const a = address(row, col);
    return written.has(a) ? a : null;
  };
  const sections: SectionCells[] = layout.sections.map((sec, i) => {
    const sub = mine(sec.subtotalRow, scoreCol);
    if (sub) return { kind: 'cell', ref: sub };
    const rows = layout.items.filter((it) => it.section === i).map((it) => it.row);
    if (scoreCol === undefined || rows.length === 0 || rows.some((r) => !written.has(address(r, scoreCol)))) return null;
    return { kind: 'sum', ranges: ranges(rows, scoreCol), cap: report.sections[i]?.cap ?? 0 };
  });
  return {
    unit,
    file,
    sheet: report.sheet,
    report,
    cells: {
      total: mine(layout.totalRow, scoreCol),
      tier: layout.tierCell ? mine(layout.tierCell.row, layout.tierCell.col) : null,
      sections,
    },
    deductions: deductionsOf(snapshot, layout, report),
    notes: layout.notes,
  };
}

function ranges(rows: number[], col: number): string[] {
  const out: string[] = [];
  let start = rows[0];
  let prev = rows[0];
  for (const r of [...rows.slice(1), Infinity]) {
    if (r === prev + 1) {
      prev = r;
      continue;
    }
    out.push(start === prev ? address(start, col) : `${address(start, col)}:${address(prev, col)}`);
    start = r;
    prev = r;
  }
  return out;
}

/**
 * Every item that lost points: on a deduction sheet its applied deduction, on a direct-score sheet the base minus
 * the score entered. The evidence is the 扣分依据 column's text where the sheet has one.
 */
function deductionsOf(s: SheetSnapshot, layout: Layout, report: SheetReport): Deduction[] {
  const basisCol = layout.columns.basis;
  const contentCol = layout.columns.content ?? layout.columns.criteria;
  const out: Deduction[] = [];
  for (const item of report.items) {
    const lost = item.deduction > 0 ? item.deduction : Math.max(0, Math.round((item.base - item.score) * 100) / 100);
    if (lost <= 0) continue;
    out.push({
      row: item.row,
      section: item.section,
      content: contentCol === undefined ? '' : textAt(s, item.row, contentCol),
      points: lost,
      basis: basisCol === undefined ? '' : textAt(s, item.row, basisCol),
    });
  }
  return out;
}

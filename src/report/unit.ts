import type { Layout } from '../engine/layout';
import { perOccurrencePoints } from '../engine/score';
import type { SheetReport } from '../engine/sheet-report';
import { address, textAt, type SheetSnapshot } from '../engine/snapshot';
import type { WritePlan } from '../engine/write-plan';
import { appliedClause, clauseText } from './clause';

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

/**
 * A deduction a reader can trace: the item as a 通报 names it, the clause of its 评分标准 that cost the points, the
 * points and the evidence text. The sheet row stays for programs (the report sheet sorts by it); paper never shows it.
 */
export interface Deduction {
  row: number;
  section: string;
  /** The item's name on paper: its section's name without the stated cap, else its 考核内容. */
  item: string;
  content: string;
  /** The clause that applied (「月考评备案每迟一月扣1分」), else the whole 评分标准 when no single clause fits. */
  clause: string;
  points: number;
  /** 扣分依据 / 扣分原因 as the assessor wrote it; '' when the sheet has none for the row. */
  basis: string;
}

/** A 加减分 row as applied (after caps): what it was given for and the signed points. */
export interface Adjustment {
  label: string;
  points: number;
}

export interface ReportUnit {
  unit: string;
  file: string;
  sheet: string;
  report: SheetReport;
  cells: UnitCells;
  deductions: Deduction[];
  adjustments: Adjustment[];
  /** What leaves the unit 评分未完成, one line per doubtful entry, named by item (never by sheet row). */
  missing: string[];
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
    adjustments: adjustmentsOf(snapshot, layout, report),
    missing: missingOf(snapshot, layout, report),
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

/** 「线内联动联创（15分）」 → 「线内联动联创」: the cap is in the table's own column already. */
export function itemName(section: string): string {
  return section.replace(/[（(]\s*(满分|共|计)?\s*\d+(\.\d+)?\s*分\s*[)）]\s*$/, '').trim();
}

function shortText(s: string, max = 30): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** How paper names the item on a row: its section, else what was assessed, else its criteria. */
function labelAt(s: SheetSnapshot, layout: Layout, report: SheetReport, row: number): string {
  const item = report.items.find((it) => it.row === row);
  const section = itemName(item?.section ?? '');
  if (section) return section;
  // A sheet that writes 考核内容及评分标准 in one column has no name apart from its criteria: the clause says it all.
  const col = layout.columns.content;
  if (col === undefined || layout.columns.criteria === undefined || col === layout.columns.criteria) return '';
  return shortText(textAt(s, row, col), 20);
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
    const own = layout.columns.count !== undefined ? layout.items.find((it) => it.row === item.row) : undefined;
    const clause = appliedClause(item.rule, lost, item.base, own ? (perOccurrencePoints(own)?.points ?? null) : null);
    out.push({
      row: item.row,
      section: item.section,
      item: labelAt(s, layout, report, item.row),
      content: contentCol === undefined ? '' : textAt(s, item.row, contentCol),
      clause: clause ? clauseText(clause) : shortText(item.rule.text, 40),
      points: lost,
      basis: basisCol === undefined ? '' : textAt(s, item.row, basisCol),
    });
  }
  return out;
}

/** Each 加减分 row that moved the total, named by what it rewards or punishes. */
function adjustmentsOf(s: SheetSnapshot, layout: Layout, report: SheetReport): Adjustment[] {
  const col = layout.columns.content ?? layout.columns.criteria;
  return report.adjustments
    .filter((a) => a.points > 0)
    .map((a) => {
      const capped = report.warnings.some((w) => w.row === a.row && /_CAPPED$/.test(w.code));
      const label = shortText((col === undefined ? '' : textAt(s, a.row, col)) || (a.kind === 'bonus' ? '加分' : '减分'));
      return { label: capped ? `${label}（超过上限，按上限计）` : label, points: a.kind === 'bonus' ? a.points : -a.points };
    });
}

/** Warnings that leave a sheet 评分未完成 (score.ts sets complete = false with exactly these). */
const INCOMPLETE_CODES = new Set([
  'ENTRY_ERROR', 'ENTRY_DATE', 'ENTRY_UNCOMPUTED', 'CELL_UNREADABLE', 'DEDUCTION_NEGATIVE', 'DEDUCTION_UNREADABLE',
  'SCORE_EMPTY', 'SCORE_UNREADABLE', 'ENTRY_UNREADABLE', 'BASE_UNREADABLE',
]);

function missingOf(s: SheetSnapshot, layout: Layout, report: SheetReport): string[] {
  if (report.complete) return [];
  const lines = report.warnings
    .filter((w) => INCOMPLETE_CODES.has(w.code))
    .map((w) => {
      const what = w.message.split('，')[0];
      const label = w.row ? labelAt(s, layout, report, w.row) || adjustmentLabel(s, layout, w.row) || firstPhrase(s, layout, w.row) : '';
      return label ? `${label}：${what}` : what;
    });
  const unique = [...new Set(lines)];
  return unique.length ? unique : ['有未能读取的内容，请在该单位的评分表中查看提示'];
}

/** 「加大对本辖区内边远山坡…」: the opening words of what was assessed, enough to find the item on its sheet. */
function firstPhrase(s: SheetSnapshot, layout: Layout, row: number): string {
  const col = layout.columns.content ?? layout.columns.criteria;
  return col === undefined ? '' : shortText(textAt(s, row, col).split(/[，,。；;]/)[0], 16);
}

function adjustmentLabel(s: SheetSnapshot, layout: Layout, row: number): string {
  const col = layout.columns.content ?? layout.columns.criteria;
  return layout.adjustments.some((a) => a.row === row) && col !== undefined ? `加减分·${shortText(textAt(s, row, col), 16)}` : '';
}

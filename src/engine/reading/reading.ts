import { compact, fmt } from '../numbers';
import { shownTier } from '../tiers';
import { describeRule } from '../rules';
import { ROLE_NAMES, type Role } from '../roles';
import { colLetter, type SheetSnapshot } from '../snapshot';
import type { SheetReport, WarningReport } from '../sheet-report';
import type { ContentKind } from './column-content';
import { describeCell } from './row-text';
import type { RoleSource } from './role-evidence';
import type { Layout } from './layout-types';

/**
 * The reading of one sheet as a plain value: what the task pane's preview, `kaohe fill --explain` and the report
 * show, so a person can see how the sheet was read and set a wrong column right. Built from the layout and the
 * scored result; it decides nothing itself.
 */
export interface ColumnLine {
  /** Column letter. */
  col: string;
  header: string;
  role: Role | null;
  /** The role as people say it (得分, 扣分 …), or 「不使用」. */
  roleName: string;
  source: RoleSource;
  /** How the role was decided, in a few words: 表头“得分”, 按内容（数字）, 用户指定, and where word and content disagreed. */
  why: string;
  /** The header word said another role than the content; the content decided. */
  disagreed: boolean;
}

export interface AmbiguityLine {
  role: Role;
  roleName: string;
  cols: string[];
  chosen: string | null;
}

export interface SectionLine {
  name: string;
  row: number;
  cap: number;
  /** 标题中标明, 该行分值, or 各项分值之和. */
  capFrom: 'text' | 'row' | 'items';
  base: number;
  score: number;
}

export interface ItemLine {
  row: number;
  section: string;
  /** The item's content, shortened to a glance. */
  text: string;
  points: number;
  pointsFrom: 'column' | 'text';
  /** How its rule was read (每篇扣2分；上限5分), or that its score is typed. */
  rule: string;
  /** What the assessor entered: the 扣分 (or 次数) on a deduction sheet, the typed 得分 on a typed-score sheet. */
  entry: string;
  score: number;
}

export interface SheetReading {
  sheet: string;
  kind: Layout['kind'];
  headerRow: number;
  columns: ColumnLine[];
  ambiguities: AmbiguityLine[];
  sections: SectionLine[];
  items: ItemLine[];
  total: number;
  fullMarks: number;
  /** The tier as shown: 良好（默认分档） when the sheet declares no bands. */
  tier: string;
  complete: boolean;
  warnings: WarningReport[];
}

const CONTENT_NAMES: Record<ContentKind, string> = {
  numbers: '数字', sentences: '文字说明', names: '简短文字', empty: '空白', mixed: '数字和文字',
};
const TEXT_SHOWN = 20;
/** A composite sheet's item is scored by its weights, raters or levels (report.composite says which), not by a rule. */
const COMPOSITE_RULE = '综合评分：按表中的权重、评委或等级计';

export function readingOf(s: SheetSnapshot, layout: Layout, report: SheetReport): SheetReading {
  const sectionNames = layout.sections.map((x) => x.name);
  return {
    sheet: report.sheet,
    kind: layout.kind,
    headerRow: layout.headerRow,
    columns: columnLines(layout),
    ambiguities: (layout.roles?.ambiguities ?? []).map((a) => ({
      role: a.role, roleName: ROLE_NAMES[a.role], cols: a.cols.map(colLetter), chosen: a.chosen === null ? null : colLetter(a.chosen),
    })),
    sections: report.sections.map((sec, i) => {
      const own = layout.sections[i];
      return { name: sec.name, row: sec.row, cap: sec.cap, capFrom: own?.statedCap != null ? (own.capFrom ?? 'text') : 'items', base: sec.base, score: sec.score };
    }),
    items: layout.items.map((it, i) => {
      const scored = report.items[i];
      const text = [layout.columns.content, layout.columns.criteria].map((c) => (c === undefined ? '' : compact(describeCell(s, it.row, c)))).find((t) => t !== '') ?? '';
      return {
        row: it.row,
        section: sectionNames[it.section] ?? '',
        text: text.length > TEXT_SHOWN ? `${text.slice(0, TEXT_SHOWN)}…` : text,
        points: it.base,
        pointsFrom: it.pointsFrom ?? 'column',
        rule: layout.kind === 'direct' ? '已填得分，按填写计' : layout.kind === 'composite' ? COMPOSITE_RULE : describeRule({ ...it.rule, warnings: undefined }),
        entry: entryOf(s, layout, it.row),
        score: scored?.score ?? 0,
      };
    }),
    total: report.total,
    fullMarks: report.fullMarks,
    tier: shownTier(report),
    complete: report.complete,
    warnings: report.warnings,
  };
}

function columnLines(layout: Layout): ColumnLine[] {
  const evidence = layout.roles?.evidence ?? [];
  return evidence.map((e) => {
    const disagreed = e.source === 'content' && e.wordRole !== null && e.wordRole !== e.role;
    return {
      col: colLetter(e.col),
      header: e.header,
      role: e.role,
      roleName: e.role === null ? '不使用' : e.category ? '项目（一级）' : ROLE_NAMES[e.role],
      source: e.source,
      why: whyOf(e.source, e.header, e.wordRole, e.content, disagreed),
      disagreed,
    };
  });
}

function whyOf(source: RoleSource, header: string, word: Role | null, content: ContentKind, disagreed: boolean): string {
  if (source === 'user') return '用户指定';
  if (source === 'word') return `表头“${header}”`;
  if (disagreed) return `表头像“${ROLE_NAMES[word as Role]}”，但内容是${CONTENT_NAMES[content]}，按内容`;
  return `表头${header ? `“${header}”` : ''}未识别，按内容（${CONTENT_NAMES[content]}）`;
}

/** The entry as typed: the 扣分 cell (with the 次数 beside it), or the typed 得分. */
function entryOf(s: SheetSnapshot, layout: Layout, row: number): string {
  const { columns } = layout;
  if (layout.kind === 'direct' || layout.kind === 'composite') return columns.score === undefined ? '' : describeCell(s, row, columns.score);
  const parts: string[] = [];
  if (columns.deduction !== undefined) parts.push(describeCell(s, row, columns.deduction));
  if (columns.count !== undefined) {
    const n = describeCell(s, row, columns.count);
    if (n !== '') parts.push(`${n}次`);
  }
  return parts.filter((p) => p !== '').join('，');
}

/** '10分（标题中标明）': a section's cap as the reading tells it. */
export function capText(sec: SectionLine): string {
  const from = sec.capFrom === 'text' ? '标题中标明' : sec.capFrom === 'row' ? '该行分值' : '各项分值之和';
  return `${fmt(sec.cap)}分（${from}）`;
}

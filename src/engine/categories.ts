import { mergeAt, type Columns } from './header';
import { compact, readNumber, round2 } from './numbers';
import { roleOf } from './roles';
import { textAt, valueAt, rowCount, type SheetSnapshot } from './snapshot';

/**
 * 一级指标 over 二级指标: a category holding several sections, capped at its own 分值 as each section is at its own
 * (SCORING.md §2 at both levels). Real sheets write it three ways:
 * - two merged left columns (项目 | 子项目, 一级指标 | 二级指标 | 考核内容), the left one naming the category;
 * - a heading row over sub-heading rows (一、平安建设（40分） over （一）矛盾纠纷排查化解（15分）), or the same with its
 *   序号 (一 | 平安建设 | 40 over （一） | … | 15), or over sections named in the 项目 column;
 * - a category row with its 分值 over section rows with theirs (1 | 组织管理 | 19 over 1.1 | 机构 | 2 over items).
 * A sheet with one level has no categories and reads exactly as before.
 */
export interface LayoutCategory {
  name: string;
  row: number;
  /** The cap its text or its row's 分值 states; null when none (then the sum of its sections' caps). */
  statedCap: number | null;
  /** The row whose 得分 cell shows the category's score: its own row when it carries a 分值, or its 小计 row. */
  subtotalRow: number | null;
  /** The last row a section of this category may start on. */
  end: number;
}

/** 一、 is a first-level heading, （一） a second, 1、 a third, （1） a fourth; null for text that is no heading. */
export function ordinalLevel(text: string): number | null {
  const t = compact(text);
  if (/^[一二三四五六七八九十]+[、.．]/.test(t)) return 1;
  if (/^[(（][一二三四五六七八九十]+[)）]/.test(t)) return 2;
  if (/^\d+[、．]/.test(t) || /^\d+\.(?!\d)/.test(t)) return 3;
  if (/^[(（]\d+[)）]/.test(t)) return 4;
  return null;
}

/** The level a 序号 cell gives its row: 一 (or 一、) first, （一） second. */
export function indexLevel(index: string): number | null {
  const t = compact(index);
  if (/^[一二三四五六七八九十]+[、.．]?$/.test(t)) return 1;
  if (/^[(（][一二三四五六七八九十]+[)）]$/.test(t)) return 2;
  return null;
}

/** The two-column form: which column names categories, which sections, which content, once the data bear it out. */
export interface NestedColumns {
  category: number;
  section: number;
  content: number | undefined;
}

/**
 * 项目 | 子项目 | 考核内容 …: the section column and the text column right of it, when the left one's names each hold
 * several of the right one's, and one of the right one's names holds several items (else the right column is just
 * each item's own name, and the sheet has one level as before).
 */
export function nestedColumns(
  s: SheetSnapshot, columns: Columns, headerRow: number, headerEnd: number, width: number,
): NestedColumns | null {
  const a = columns.section;
  if (a === undefined || columns.base === undefined) return null;
  const headerRole = (c: number) => {
    for (let r = headerRow; r <= headerEnd; r++) {
      const t = textAt(s, r, c);
      if (t !== '') return roleOf(t);
    }
    return null;
  };
  const b = a + 1;
  const role = headerRole(b);
  if (role !== 'section' && role !== 'content') return null;
  const taken = new Set(Object.entries(columns).filter(([k]) => k !== 'content').map(([, c]) => c));
  if (taken.has(b)) return null;
  let content = columns.content === b ? undefined : columns.content;
  if (content === undefined)
    for (let c = b + 1; c <= width; c++) if (!taken.has(c) && headerRole(c) === 'content') { content = c; break; }

  // Each item row's category: the merged cell over it, or the last name above it. Its section: the merged cell over
  // it, or its own name (the same name typed on consecutive rows is one section); a blank there names none.
  let lastCategory: number | null = null;
  const categoryRow = (r: number): number | null => {
    const m = mergeAt(s.merges, r, a);
    if (m) return textAt(s, m.top, m.left) !== '' ? m.top : null;
    if (textAt(s, r, a) !== '') lastCategory = r;
    return lastCategory;
  };
  let lastSection: { top: number; row: number; text: string } | null = null;
  const sectionRow = (r: number): number | null => {
    const m = mergeAt(s.merges, r, b);
    if (m) return textAt(s, m.top, m.left) !== '' ? m.top : null;
    const t = textAt(s, r, b);
    if (t === '') return null;
    lastSection = lastSection?.text === t && lastSection.row === r - 1 ? { ...lastSection, row: r } : { top: r, row: r, text: t };
    return lastSection.top;
  };
  const subsOf = new Map<number, Set<number>>();
  const rowsOf = new Map<number, number>();
  for (let r = headerEnd + 1; r <= rowCount(s); r++) {
    const ga = categoryRow(r);
    const gb = sectionRow(r);
    if (ga === null || gb === null || readNumber(valueAt(s, r, columns.base)) === null) continue;
    if (!subsOf.has(ga)) subsOf.set(ga, new Set());
    subsOf.get(ga)?.add(gb);
    rowsOf.set(gb, (rowsOf.get(gb) ?? 0) + 1);
  }
  const several = [...subsOf.values()].some((x) => x.size >= 2);
  const deep = [...rowsOf.values()].some((n) => n >= 2);
  return several && deep ? { category: a, section: b, content } : null;
}

/** What the category reader needs to know of a row, as the section reader sees it (layout.ts). */
export interface RowProbe {
  /** Rows that close a category: the total, a note, signatures, a 加减分 or 一票否决 title. */
  closes(row: number): boolean;
  /** A heading: a lone text, or a 序号 一/（一） with its name; null for items and blank rows. */
  heading(row: number): { name: string; level: number | null; base: number | null; cap: number | null } | null;
  /** The row names a section in the section column (项目), where one exists. */
  sectionStart(row: number): boolean;
  /** The 分值 of a row that is a section over items adding up to it, else null. */
  sectionBase(row: number): number | null;
  /** The row's 分值 when it has one and no criteria beside it; null otherwise. */
  bareBase(row: number): { name: string; base: number } | null;
  blank(row: number): boolean;
}

/**
 * A category starting on this row, read ahead: a heading whose next heading is of a lower level (一、 over （一）), or
 * a row with its 分值 over at least two section rows whose 分值 add up to it. Null when the row starts none.
 */
export function categoryAt(s: SheetSnapshot, row: number, probe: RowProbe): LayoutCategory | null {
  const last = rowCount(s);
  const next = (from: number) => {
    for (let k = from; k <= last; k++) if (!probe.blank(k)) return k;
    return null;
  };
  const h = probe.heading(row);
  const bare = h === null || h.level === null ? probe.bareBase(row) : null;
  if ((h === null || h.level === null) && bare === null) return null;
  const first = next(row + 1);
  if (first === null) return null;
  if (h !== null && h.level !== null) {
    const sub = probe.heading(first);
    const subLevel = sub?.level ?? null;
    const lower = subLevel === null || subLevel > h.level;
    const isSub = (subLevel !== null && subLevel > h.level) || (lower && (probe.sectionStart(first) || probe.sectionBase(first) !== null));
    if (!isSub) return null;
    let end = first;
    for (let k = first + 1; k <= last; k++) {
      if (probe.blank(k)) continue;
      if (probe.closes(k)) break;
      const hk = probe.heading(k);
      if (hk !== null && hk.level !== null && hk.level <= h.level) break;
      end = k;
    }
    return {
      name: h.name, row, statedCap: h.cap, subtotalRow: h.base !== null ? row : null, end,
    };
  }
  // Its first section's 分值 is a part of its own (a cheap test that rules out items of equal 分值 first).
  const sub = probe.bareBase(first);
  if (bare === null || sub === null || sub.base >= bare.base) return null;
  if (probe.sectionBase(first) === null || probe.sectionBase(row) !== null) return null;
  let sum = 0;
  let count = 0;
  let end = first;
  for (let k = first; k <= last; k++) {
    if (probe.blank(k)) continue;
    if (probe.closes(k)) break;
    const sb = probe.sectionBase(k);
    if (sb !== null) {
      if (sum >= bare.base - 1e-9) break;
      sum = round2(sum + sb);
      count++;
    } else if (probe.bareBase(k) !== null || probe.heading(k) !== null) break;
    end = k;
  }
  if (count < 2 || Math.abs(sum - bare.base) >= 1e-9) return null;
  return { name: bare.name, row, statedCap: bare.base, subtotalRow: row, end };
}

/** The categories that hold sections, each section given its category's index (sections outside any have none). */
export function assignCategories(
  categories: LayoutCategory[], sections: { row: number; category?: number }[],
): LayoutCategory[] {
  const used: LayoutCategory[] = [];
  const index = new Map<LayoutCategory, number>();
  for (const sec of sections) {
    const c = categories.find((x) => sec.row >= x.row && sec.row <= x.end);
    if (!c) continue;
    if (!index.has(c)) {
      index.set(c, used.length);
      used.push(c);
    }
    sec.category = index.get(c);
  }
  return used;
}

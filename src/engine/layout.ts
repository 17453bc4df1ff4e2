import { message } from './messages';
import { compact, readNumber, round2 } from './numbers';
import { fail, ok, type Result } from './result';
import { findHeaderRow, HEADER_SEARCH_ROWS, isHeaderRow, mergeAt, readHeader, type Columns } from './header';
import type { Rule } from './rule';
import { parseRule as readRule } from './rules';
import { ruleCap } from './caps';
import { readCellEntry } from './entries';
import { colCount, flagAt, formulaAt, rowCount, rowEnd, textAt, valueAt, type SheetSnapshot } from './snapshot';
import { readConditions, type Conditions } from './note-conditions';
import { isWeighted, sheetKind, type SheetKind } from './sheet-kind';
import { assignCategories, categoryAt, indexLevel, nestedColumns, ordinalLevel, type LayoutCategory, type NestedColumns, type RowProbe } from './categories';
import { totalLabel } from './total-row';

export type { Columns, LayoutCategory };

/**
 * Where the table is on a sheet: header roles, sections with their caps, items, the 加减分 block, 一票否决 rows,
 * the total row and the notes around the table (SCORING.md §1–2). Reading only; scoring is score.ts's.
 */
export interface LayoutSection {
  name: string;
  row: number;
  /** The cap written in the section's text (项目10分, （15分）, (30)); null when the text states none. */
  statedCap: number | null;
  subtotalRow: number | null;
  /** The index in Layout.categories of the category (一级指标) holding this section; absent on one-level sheets. */
  category?: number;
}

export interface LayoutItem {
  row: number;
  section: number;
  base: number;
  /** The base cell holds a real number, so formulas may reference it rather than repeat it. */
  baseIsNumber: boolean;
  rule: Rule;
  /** Every row of the item, its own first: several when its 基础分 cell is merged down over them. */
  rows?: number[];
}

/** A row that would be an item but whose 基础分 cell cannot be read as the formulas would (a date, TRUE, an error). */
export interface DoubtfulBase {
  row: number;
  col: number;
  raw: string;
}

export interface AdjustmentBlock {
  name: string;
  row: number;
  /** 累计奖分不超过5分 in the block's own text: caps the bonuses it governs. */
  cap: number | null;
}

export interface LayoutAdjustment {
  row: number;
  rule: Rule;
  /** From the rule: 加/奖 adds, 扣/减 subtracts; 'entry' when the rule says neither or both (the entry's sign decides). */
  sign: 'bonus' | 'penalty' | 'entry';
  /** Where the assessor's entry is: the first non-empty of 加分, 扣分, 得分 (or the first that exists). */
  entryCol: number;
  block: number | null;
  /** 此项累计奖分不超过3分, or a number in the base column of a block row. */
  cap: number | null;
}

export interface VetoRow {
  row: number;
  entryCol: number;
  /** 一票否优: a mark bars only the top tier (优秀/一类), lowering it to the highest non-excellent one. */
  excellentOnly: boolean;
  text: string;
}

export interface Layout {
  sheet: string;
  /** 按扣分计算 (扣分 entered, 得分 computed) or 汇总已填得分 (得分 typed, only totals computed): sheet-kind.ts. */
  kind: SheetKind;
  headerRow: number;
  /** The last header row: headerRow + 1 when a group cell (考核组评分) spans 扣分 | 得分 below it. */
  headerEnd: number;
  columns: Columns;
  sections: LayoutSection[];
  /** Categories over sections (一级指标 over 二级指标, categories.ts); absent when the sheet has one level. */
  categories?: LayoutCategory[];
  /** The column naming the categories, in the two-column form (项目 | 子项目). */
  categoryColumn?: number;
  items: LayoutItem[];
  blocks: AdjustmentBlock[];
  adjustments: LayoutAdjustment[];
  vetoRows: VetoRow[];
  totalRow: number | null;
  /** The number in the total row's base column (合计 | 100): the full marks it states. */
  totalBase: number | null;
  /** Zero-total and veto conditions read from the notes (note-conditions.ts). */
  conditions: Conditions;
  tierCell: { row: number; col: number } | null;
  /** Texts outside the table's rows (title, notes, signatures): where tier bands and declared totals are read. */
  notes: string[];
  doubtfulBases?: DoubtfulBase[];
  /** Header rows of further score tables below this one's end, left unfilled (a warning names them). */
  laterTables?: number[];
}

export interface LayoutOptions {
  /** Take this row as the header (select-a-range mode) instead of searching for it. */
  headerRow?: number;
}

const NOTE_START = /^(注|备注|说明)\s*([:：、.．\d（(]|$)/;
// Signature lines, not criteria that merely mention a signature (没有负责人签字…的扣1分).
const SIGNATURE_START = /^(考核组长|考核组成员|考核人|考评人|检查人|评分人|被考核单位(负责人)?)[(（:：]/;
const SIGNATURE_SHORT = /签字|签名|签章/;
/** Every signature word above starts with one of these, after spaces; most cells are ruled out by that alone. */
const SIGNATURE_FIRST = /^\s*[考检评被]/;
const isSignature = (t: string) => {
  if (!SIGNATURE_FIRST.test(t) && !(t.length <= 24 && SIGNATURE_SHORT.test(t))) return false;
  const head = compact(t.slice(0, 24));
  return SIGNATURE_START.test(head) || (t.length <= 24 && compact(t).length <= 16 && SIGNATURE_SHORT.test(t));
};
const SUBTOTAL = /^小计/;
const BLOCK_NAME = /加减分|加扣分|奖扣分|奖惩|加分|奖分|扣分项|附加分/;
// 一票否决 and 一票否优 contain these: one literal each, which the regex engine finds in one pass over a long text.
const VETO_TEXT = /否决/;
const NO_EXCELLENT_TEXT = /否优/;
/** A row with no base outside the block that still adds or takes points: 加2分, 此为加分项. */
const ADJUSTMENT_TEXT = /[加奖扣减]\s*[\d一二三四五六七八九十两半.]+\s*分|加分项|奖分项|扣分项/;
const TIER_LABEL = /^(考核)?(等次|等级|档次)$|^评定等次$/;

/** Only the start of a row's text decides whether it is a total, note or 小计 row. */
function head(s: string): string {
  return compact(s.slice(0, 16));
}

/** 「项目10分」「(15分)」「（20分）」「(30)」: the number a section's text caps it at. */
export function sectionCap(name: string): number | null {
  const t = compact(name);
  const paren = [...t.matchAll(/[(（](\d+(?:\.\d+)?)分?[)）]/g)];
  if (paren.length > 0) return Number(paren[paren.length - 1][1]);
  const tail = /(\d+(?:\.\d+)?)分$/.exec(t);
  return tail ? Number(tail[1]) : null;
}

function rowTexts(s: SheetSnapshot, row: number, width: number): string[] {
  const out: string[] = [];
  const end = Math.min(width, rowEnd(s, row));
  for (let c = 1; c <= end; c++) {
    const t = textAt(s, row, c);
    if (t !== '') out.push(t);
  }
  return out;
}

export function detectLayout(s: SheetSnapshot, opts: LayoutOptions = {}): Result<Layout> {
  // Rubrics repeat the same 评分标准 text on many rows; read each text once.
  const rules = new Map<string, Rule>();
  const parseRule = (text: string): Rule => {
    let r = rules.get(text);
    if (!r) rules.set(text, (r = readRule(text)));
    return r;
  };
  const width = colCount(s);
  const headerRow = opts.headerRow ?? findHeaderRow(s, width);
  if (headerRow === null) return fail({ code: 'NO_HEADER', message: message('NO_HEADER', HEADER_SEARCH_ROWS) });
  const { columns: headerColumns, end } = readHeader(s, headerRow, width);
  const above: string[] = [];
  for (let r = 1; r < headerRow; r++) above.push(...rowTexts(s, r, width));
  const headerTexts: string[] = [];
  for (let r = headerRow; r <= end; r++) headerTexts.push(...rowTexts(s, r, width));
  if (isWeighted(headerTexts, above)) return fail({ code: 'WEIGHTED_SHEET', message: message('WEIGHTED_SHEET'), row: headerRow });
  const nest = nestedColumns(s, headerColumns, headerRow, end, width);
  const columns = nest ? nestedRoles(headerColumns, nest) : headerColumns;
  if (columns.base === undefined) return fail({ code: 'MISSING_BASE', message: message('MISSING_BASE'), row: headerRow });
  if (columns.score === undefined) return fail({ code: 'MISSING_SCORE', message: message('MISSING_SCORE'), row: headerRow });

  const layout: Layout = {
    sheet: s.name, kind: 'deductions', headerRow, headerEnd: end, columns, sections: [], items: [], blocks: [],
    adjustments: [], vetoRows: [], totalRow: null, totalBase: null, tierCell: null, notes: [...above],
    conditions: { keyItems: [], keySections: [], zeroVetoRows: [], unapplied: [] },
  };

  const leftCols = [columns.section, columns.index, columns.content].filter((c): c is number => c !== undefined);
  const firstCol = Math.min(...Object.values(columns).filter((c): c is number => c !== undefined), nest?.category ?? Infinity);
  let tableEnded = false;
  let currentBlock: number | null = null;
  let closedBySubtotal: number | null = null;
  // A heading row that carries a base (一 | 组织领导 | 20) is a section if items follow it, else an item of its own.
  const headingItems = new Map<number, LayoutItem>();
  const last = rowCount(s);
  const categories: LayoutCategory[] = [];
  const categoryOver = (r: number) => categories.find((c) => r > c.row && r <= c.end);
  const probe = rowProbe(s, columns, leftCols, firstCol, width);

  for (let r = end + 1; r <= last; r++) {
    const texts = rowTexts(s, r, width);
    if (texts.length === 0) continue;
    const lead = head(textAt(s, r, firstCol) || texts[0]);
    findTierCell(s, layout, r, width);
    if (tableEnded) {
      if (isHeaderRow(s, r, width)) (layout.laterTables ??= []).push(r);
      layout.notes.push(...texts);
      continue;
    }
    // The lower rows of a 基础分 merged down over several rows belong to the item of its top row.
    const baseMerge = mergeAt(s.merges, r, columns.base);
    if (baseMerge && baseMerge.top < r && baseMerge.bottom > baseMerge.top) {
      const owner = layout.items[layout.items.length - 1];
      if (owner && owner.row === baseMerge.top) {
        (owner.rows ??= [owner.row]).push(r);
        continue;
      }
    }
    const baseValue = valueAt(s, r, columns.base);
    const baseFlag = flagAt(s, r, columns.base);
    // A base formula saved without its result counts when it is plain arithmetic (the cell then holds that number).
    const computedBase = baseFlag === 'uncomputed' ? readCellEntry(s, r, columns.base) : null;
    const computed = computedBase?.kind === 'uncomputed' ? computedBase.value : null;
    // A header repeated where a printed page broke; an item row's numeric base rules that out cheaply.
    if (typeof baseValue !== 'number' && isHeaderRow(s, r, width)) continue;
    const leftText = head(leftCols.map((c) => textAt(s, r, c)).join(''));
    if (isTotalRow(s, r, columns, firstCol, texts)) {
      layout.totalRow = r;
      layout.totalBase = typeof baseValue === 'number' ? baseValue : readNumber(baseValue);
      tableEnded = true;
      continue;
    }
    if (NOTE_START.test(lead) || texts.some(isSignature)) {
      tableEnded = true;
      layout.notes.push(...texts);
      continue;
    }

    // A date, TRUE/FALSE or an error where the base goes is never a 加减分 row: the row is named and left unscored.
    if ((baseFlag !== null && computed === null) || typeof baseValue === 'boolean') {
      (layout.doubtfulBases ??= []).push({ row: r, col: columns.base, raw: describeCell(s, r, columns.base) });
      continue;
    }
    let sectionText = columns.section !== undefined ? textAt(s, r, columns.section) : '';
    if (nest) {
      // 项目 | 子项目: a name in the category column opens a category; a 加减分 or 一票否决 title there is a section.
      const name = textAt(s, r, nest.category).replace(/\s+/g, '');
      if (name !== '' && !SUBTOTAL.test(head(name))) {
        const open = categories[categories.length - 1];
        if (open && open.end >= r) open.end = r - 1;
        if (BLOCK_NAME.test(name) || VETO_TEXT.test(name) || NO_EXCELLENT_TEXT.test(name)) sectionText ||= name;
        else categories.push({ name, row: r, statedCap: sectionCap(name), subtotalRow: null, end: last });
      }
    } else if ((columns.criteria === undefined || textAt(s, r, columns.criteria) === '') && !categoryOver(r)) {
      // A row with criteria of its own is an item, never a category: only the others are read ahead.
      const category = categoryAt(s, r, probe);
      if (category) {
        categories.push(category);
        continue;
      }
    }
    const base = computed ?? readNumber(valueAt(s, r, columns.base));
    const ownText = [columns.content, columns.criteria]
      .filter((c): c is number => c !== undefined)
      .map((c) => textAt(s, r, c))
      .filter((t) => t !== '')
      .join('；');

    // A section or 加减分 block begins. Users who type the section name on every row instead of merging it mean one
    // section, so a name equal to the open one continues it (within one category: （一） under 二、 is another).
    const open = (name: string, statedCap: number | null) => {
      const current = currentBlock !== null ? layout.blocks[currentBlock] : layout.sections[layout.sections.length - 1];
      const categoryOf = (row: number) => categories.find((c) => row >= c.row && row <= c.end);
      if (current && current.name === name && categoryOf(current.row) === categoryOf(r)) return;
      if (BLOCK_NAME.test(name) && !VETO_TEXT.test(name) && !NO_EXCELLENT_TEXT.test(name)) {
        layout.blocks.push({ name, row: r, cap: parseRule(name).cap });
        currentBlock = layout.blocks.length - 1;
      } else {
        layout.sections.push({ name, row: r, statedCap, subtotalRow: null });
        currentBlock = null;
      }
    };
    if (sectionText !== '' && !SUBTOTAL.test(head(sectionText))) {
      const name = sectionText.replace(/\s+/g, '');
      open(name, sectionCap(name));
    } else if (columns.section === undefined || (base === null && texts.length === 1)) {
      // A lone text across the row (一、安全管理（30分）) heads a section even where a 项目 column exists.
      // Under a category, a lone （一）… or 1、… heads one of its sections even when not merged across.
      const heading = headingOf(s, r, texts, columns, base, categoryOver(r) !== undefined && !nest);
      if (heading !== null) {
        open(heading.name, heading.cap);
        if (base !== null && currentBlock === null) {
          const section = layout.sections.length - 1;
          const criteria = columns.criteria !== undefined ? textAt(s, r, columns.criteria) : '';
          const rule = parseRule(criteria || heading.name);
          headingItems.set(section, { row: r, section, base, baseIsNumber: typeof baseValue === 'number' || computed !== null, rule });
        }
        continue;
      }
    }

    if (SUBTOTAL.test(leftText) || SUBTOTAL.test(lead)) {
      const sec = layout.sections[layout.sections.length - 1];
      // The category's 小计: in 项目 | 子项目, one outside its section's merged name; elsewhere a second one after the
      // section's own.
      const ofCategory = !sec ? false : nest
        ? SUBTOTAL.test(head(textAt(s, r, nest.category))) || (mergeAt(s.merges, sec.row, nest.section)?.bottom ?? sec.row) < r
        : sec.subtotalRow !== null && sec.subtotalRow < r;
      const category = ofCategory ? categories.find((c) => sec.row >= c.row && sec.row <= c.end) : undefined;
      if (category && category.subtotalRow === null) {
        category.subtotalRow = r;
        continue;
      }
      if (sec) sec.subtotalRow = r;
      closedBySubtotal = layout.sections.length - 1;
      continue;
    }

    // A row with a name and its own 分值, no criteria, and items below whose bases add up to it: a section and its cap.
    if (currentBlock === null && base !== null && !BLOCK_NAME.test(sectionText) && sectionWithBase(s, r, columns, base, leftCols, width)) {
      const sec = layout.sections[layout.sections.length - 1];
      if (!(sec && sec.row === r)) {
        const name = leftCols.map((c) => textAt(s, r, c)).filter((t) => t !== '').pop() ?? '';
        layout.sections.push({ name: name.replace(/\s+/g, ''), row: r, statedCap: base, subtotalRow: r });
      } else {
        sec.statedCap ??= base;
        sec.subtotalRow = r;
      }
      continue;
    }

    const rowText = ownText || sectionText;
    // 一票否决 | 发生…事故的: the word may stand only in the row's 项目 cell.
    const vetoText = base === null && ownText !== '' ? `${sectionText}${ownText}` : rowText;
    const vetoes = VETO_TEXT.test(vetoText);
    if ((vetoes || NO_EXCELLENT_TEXT.test(vetoText)) && (base === null || currentBlock !== null)) {
      const entryCol = entryColumn(s, columns, r) ?? preferredEntry(columns);
      layout.vetoRows.push({ row: r, entryCol, text: rowText, excellentOnly: !vetoes });
      continue;
    }
    if (currentBlock !== null || (base === null && ADJUSTMENT_TEXT.test(rowText))) {
      if (ownText === '' && sectionText !== '') continue; // the block's title row itself
      const rule = parseRule(ownText);
      const sign = adjustmentSign(rule, ownText);
      layout.adjustments.push({
        row: r, rule, sign, entryCol: entryColumn(s, columns, r) ?? preferredEntry(columns),
        block: currentBlock, cap: ruleCap(rule, sign === 'penalty' ? 'deduct' : 'bonus') ?? (currentBlock !== null ? base : null),
      });
      continue;
    }
    if (base === null) continue;
    // Items after a 小计 with no new section name (保证项目 | 小计 | 一般项目 | 小计) start a section of their own.
    if (layout.sections.length === 0 || (closedBySubtotal === layout.sections.length - 1 && sectionText === '')) {
      layout.sections.push({ name: '', row: r, statedCap: null, subtotalRow: null });
      closedBySubtotal = null;
    }
    const criteriaText = columns.criteria !== undefined ? textAt(s, r, columns.criteria) : '';
    const contentText = columns.content !== undefined ? textAt(s, r, columns.content) : '';
    layout.items.push({
      row: r,
      section: layout.sections.length - 1,
      base,
      baseIsNumber: typeof baseValue === 'number' || computed !== null,
      rule: parseRule(criteriaText || contentText),
    });
  }
  const filled = new Set(layout.items.map((it) => it.section));
  for (const [section, item] of headingItems) {
    // With items below it, the heading row's 得分 cell shows the section's score, as a 小计 row would.
    if (!filled.has(section)) layout.items.push(item);
    else layout.sections[section].subtotalRow ??= item.row;
  }
  if (headingItems.size > 0) layout.items.sort((a, b) => a.row - b.row);
  const kind = sheetKind(s, columns, layout.items);
  // Where a 扣分 column would go, for edges that offer to insert it: before 得分, its name in the last header row.
  // Offered only while no score is typed: over typed scores the sheet is direct, and a 扣分 column would hide them.
  if (kind === null)
    return fail({ code: 'MISSING_DEDUCTION', message: message('MISSING_DEDUCTION'), row: end, col: columns.score });
  layout.kind = kind;
  if (layout.items.length === 0) return fail({ code: 'NO_ITEMS', message: message('NO_ITEMS'), row: headerRow });
  layout.sections = dropEmptySections(layout);
  const held = assignCategories(categories, layout.sections);
  if (held.length > 0) layout.categories = held;
  if (nest && held.length > 0) layout.categoryColumn = nest.category;
  layout.conditions = conditionsOf(s, layout);
  return ok(layout);
}

function conditionsOf(s: SheetSnapshot, layout: Layout): Conditions {
  const { columns } = layout;
  const text = (r: number, cols: (number | undefined)[]) =>
    cols.filter((c): c is number => c !== undefined).map((c) => textAt(s, r, c)).join(' ');
  return readConditions({
    notes: layout.notes,
    items: layout.items.map((it) => ({
      text: text(it.row, [columns.section, columns.index, columns.content, columns.criteria]),
      index: columns.index !== undefined ? textAt(s, it.row, columns.index) : '',
      ruleText: it.rule.text,
      section: it.section,
    })),
    sections: layout.sections.map((x) => x.name),
    vetoRows: layout.vetoRows,
  });
}

/** 项目 | 子项目: the right column names the sections, the next content column (if any) the items. */
function nestedRoles<C extends Columns>(columns: C, nest: NestedColumns): C {
  const out: C = { ...columns, section: nest.section, content: nest.content };
  if (nest.content === undefined) delete out.content;
  return out;
}

/** The section reader's view of a row, for reading a category ahead (categories.ts) without consuming rows. */
function rowProbe(s: SheetSnapshot, columns: Columns, leftCols: number[], firstCol: number, width: number): RowProbe {
  const criteriaAt = (k: number) => (columns.criteria !== undefined ? textAt(s, k, columns.criteria) : '');
  const baseAt = (k: number) => readNumber(valueAt(s, k, columns.base as number));
  const isTitle = (t: string) => BLOCK_NAME.test(t) || VETO_TEXT.test(t) || NO_EXCELLENT_TEXT.test(t);
  const nameAt = (k: number) => (leftCols.map((c) => textAt(s, k, c)).filter((t) => t !== '').pop() ?? '').replace(/\s+/g, '');
  return {
    blank: (k) => rowTexts(s, k, width).length === 0,
    closes: (k) => {
      const texts = rowTexts(s, k, width);
      if (texts.length === 0) return false;
      const lead = head(textAt(s, k, firstCol) || texts[0]);
      const title = texts.length === 1 ? texts[0] : columns.section !== undefined ? textAt(s, k, columns.section) : '';
      return isTotalRow(s, k, columns, firstCol, texts) || NOTE_START.test(lead) || texts.some(isSignature) || isTitle(compact(title));
    },
    heading: (k) => {
      const texts = rowTexts(s, k, width);
      if (texts.length === 0) return null;
      const base = baseAt(k);
      if (texts.length === 1 && base === null) {
        const name = texts[0].replace(/\s+/g, '');
        return { name, level: ordinalLevel(name), base: null, cap: sectionCap(name) };
      }
      const sectionText = columns.section !== undefined ? textAt(s, k, columns.section).replace(/\s+/g, '') : '';
      if (sectionText !== '' && ordinalLevel(sectionText) !== null)
        return { name: sectionText, level: ordinalLevel(sectionText), base, cap: sectionCap(sectionText) ?? base };
      const level = columns.index !== undefined ? indexLevel(textAt(s, k, columns.index)) : null;
      const name = nameAt(k);
      if (level === null || name === '' || criteriaAt(k) !== '') return null;
      return { name, level, base, cap: sectionCap(name) ?? base };
    },
    sectionStart: (k) => {
      const t = columns.section !== undefined ? textAt(s, k, columns.section) : '';
      return t !== '' && !SUBTOTAL.test(head(t)) && !isTitle(compact(t));
    },
    sectionBase: (k) => {
      const base = baseAt(k);
      return base !== null && sectionWithBase(s, k, columns, base, leftCols, width) ? base : null;
    },
    bareBase: (k) => {
      const base = baseAt(k);
      if (base === null || base <= 0 || criteriaAt(k) !== '') return null;
      const m = columns.criteria !== undefined ? mergeAt(s.merges, k, columns.criteria) : undefined;
      const name = nameAt(k);
      return name === '' || (m !== undefined && m.top < k) || isTitle(name) ? null : { name, base };
    },
  };
}

/** A total row: its label starts with 合计/总计/总分, or is a short label ending in one (考核得分合计, 各项合计). */
function isTotalRow(s: SheetSnapshot, r: number, columns: Columns, firstCol: number, texts: string[]): boolean {
  const labels = [textAt(s, r, firstCol) || texts[0]];
  for (const c of [columns.section, columns.index, columns.content]) if (c !== undefined) labels.push(textAt(s, r, c));
  const criteria = columns.criteria !== undefined ? textAt(s, r, columns.criteria) : '';
  return labels.some((t) => {
    const k = totalLabel(t);
    return k === 'start' || (k === 'end' && (criteria === '' || criteria === t));
  });
}

/**
 * 一、组织领导 | 10 (no criteria) over items of 4 and 6: a section whose cap is its own 分值. The rows below must
 * carry their own criteria and their bases must add up to exactly this number; a criterion merged down from the
 * row above is not a missing one. Without a criteria column the name must look like a heading (一、…, …（10分）).
 */
function sectionWithBase(
  s: SheetSnapshot, r: number, columns: Columns, base: number, leftCols: number[], width: number,
): boolean {
  const name = leftCols.map((c) => textAt(s, r, c)).filter((t) => t !== '').pop() ?? '';
  if (name === '' || base <= 0) return false;
  const hasCriteria = (row: number) => {
    if (columns.criteria === undefined) return true;
    if (textAt(s, row, columns.criteria) !== '') return true;
    const m = mergeAt(s.merges, row, columns.criteria);
    return m !== undefined && m.top < row;
  };
  if (columns.criteria !== undefined) {
    if (hasCriteria(r)) return false;
  } else {
    const t = compact(name);
    const capAtEnd = /[(（]\d+(?:\.\d+)?分?[)）]$|\d+(?:\.\d+)?分$/.test(t) && sectionCap(t) === base;
    const level = ordinalLevel(t);
    const heading = level === 1 || level === 2;
    if (t.length > 40 || ADJUSTMENT_TEXT.test(t) || !(capAtEnd || heading)) return false;
  }
  let sum = 0;
  let count = 0;
  for (let k = r + 1; k <= rowCount(s) && sum < base - 1e-9; k++) {
    const texts = rowTexts(s, k, width);
    if (texts.length === 0) continue;
    if (totalLabel(texts[0]) !== null || NOTE_START.test(head(texts[0])) || SUBTOTAL.test(head(texts[0]))) break;
    const b = readNumber(valueAt(s, k, columns.base as number));
    if (b === null) {
      if (texts.length === 1) break; // a heading of its own
      continue;
    }
    if (!hasCriteria(k)) break; // another heading with its own 分值
    sum = round2(sum + b);
    count++;
  }
  return count >= 2 && Math.abs(sum - base) < 1e-9;
}

/** A cell as a person would name it in a warning: its formula, its error, TRUE/FALSE, or its value. */
export function describeCell(s: SheetSnapshot, r: number, c: number): string {
  const flag = flagAt(s, r, c);
  const v = valueAt(s, r, c);
  if (flag === 'uncomputed') return formulaAt(s, r, c) ?? '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v === null ? '' : String(v);
}

/**
 * A section heading in a sheet without a section column: a lone text merged across the row or numbered 一、二、, or
 * a row whose 序号 is a Chinese ordinal (一 | 组织领导 | 20), whose base then states the section's cap.
 */
function headingOf(
  s: SheetSnapshot, r: number, texts: string[], columns: Columns, base: number | null, inCategory = false,
): { name: string; cap: number | null } | null {
  if (base === null && texts.length === 1) {
    const merged = s.merges.some((a) => a.top === r && a.right > a.left);
    const name = texts[0].replace(/\s+/g, '');
    const level = ordinalLevel(name);
    if (merged || level === 1 || (inCategory && level !== null)) return { name, cap: sectionCap(name) };
  }
  const index = columns.index !== undefined ? textAt(s, r, columns.index) : '';
  const content = columns.content !== undefined ? textAt(s, r, columns.content).replace(/\s+/g, '') : '';
  if (content === '') return null;
  if (indexLevel(index) === 1 || (index === '' && ordinalLevel(content) === 1)) {
    return { name: content, cap: sectionCap(content) ?? base };
  }
  return null;
}

function dropEmptySections(layout: Layout): LayoutSection[] {
  const keep = layout.sections.map(() => false);
  for (const it of layout.items) keep[it.section] = true;
  const newIndex: number[] = [];
  let n = 0;
  keep.forEach((k) => newIndex.push(k ? n++ : -1));
  for (const it of layout.items) it.section = newIndex[it.section];
  return layout.sections.filter((_, i) => keep[i]);
}

function entryColumn(s: SheetSnapshot, columns: Columns, r: number): number | null {
  for (const c of [columns.bonus, columns.deduction, columns.score]) {
    if (c === undefined) continue;
    const v = valueAt(s, r, c);
    if (v !== null && String(v).trim() !== '') return c;
  }
  return null;
}

function preferredEntry(columns: Columns): number {
  return (columns.bonus ?? columns.deduction ?? columns.score) as number;
}

function adjustmentSign(rule: Rule, text: string): 'bonus' | 'penalty' | 'entry' {
  const kinds = new Set(rule.clauses.map((c) => c.kind));
  if (kinds.has('bonus') && !kinds.has('deduct')) return 'bonus';
  if (kinds.has('deduct') && !kinds.has('bonus')) return 'penalty';
  if (kinds.size === 0) {
    const plus = /[加奖]/.test(text);
    const minus = /[扣减]/.test(text);
    if (plus && !minus) return 'bonus';
    if (minus && !plus) return 'penalty';
  }
  return 'entry';
}

/** A cell labelled 等次/等级/考核等次 names the cell to its right as where the tier goes. */
function findTierCell(s: SheetSnapshot, layout: Layout, r: number, width: number): void {
  if (layout.tierCell) return;
  const end = Math.min(width, rowEnd(s, r));
  for (let c = 1; c <= end; c++) {
    const t = textAt(s, r, c);
    if (t.length > 8 || !/[等档]/.test(t)) continue;
    if (!TIER_LABEL.test(compact(textAt(s, r, c)).replace(/[:：]$/, ''))) continue;
    const m = mergeAt(s.merges, r, c);
    const target = m ? m.right + 1 : c + 1;
    layout.tierCell = { row: r, col: target };
    return;
  }
}

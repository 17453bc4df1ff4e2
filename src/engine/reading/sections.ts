import { mergeAt } from '../header';
import { ruleCap } from '../caps';
import { rowCount, textAt, type SheetSnapshot } from '../snapshot';
import { assignCategories, categoryAt, type LayoutCategory } from '../categories';
import {
  ADJUSTMENT_TEXT, BLOCK_NAME, NO_EXCELLENT_TEXT, SUBTOTAL, VETO_TEXT, describeCell, head, nameOf, sectionCap as sectionCapOf,
} from './row-text';
import { headingOf, sectionWithBase } from './section-rows';
import { adjustmentSign, entryColumn, preferredEntry } from './adjustment-rows';
import { rowProbe } from './row-probe';
import { readTextPoints, type TextPoints } from './text-points';
import type { RowFacts, RowsRead } from './pass';
import type { Rule } from '../rule';
import type { AdjustmentBlock, DoubtfulBase, LayoutAdjustment, LayoutItem, LayoutSection, VetoRow } from './layout-types';

/** What the sections pass finds: every row of the table given its place (SCORING.md §2). */
export interface SectionsRead {
  sections: LayoutSection[];
  categories?: LayoutCategory[];
  categoryColumn?: number;
  items: LayoutItem[];
  blocks: AdjustmentBlock[];
  adjustments: LayoutAdjustment[];
  vetoRows: VetoRow[];
  doubtfulBases?: DoubtfulBase[];
}

/**
 * The fourth pass: sections and categories, items, the 加减分 block and 一票否决 rows, in row order. Each row is one
 * of: part of the item above (merged 基础分), a category or section heading, a 小计, a section row with its own 分值,
 * a veto row, an adjustment, or an item. A new kind of row is one more case in readRow.
 */
export function readSections(s: SheetSnapshot, read: RowsRead): SectionsRead {
  const state = new SectionState(s, read);
  for (const f of read.rows) state.readRow(f);
  return state.finish();
}

class SectionState {
  readonly out: SectionsRead = { sections: [], items: [], blocks: [], adjustments: [], vetoRows: [] };
  readonly categories: LayoutCategory[] = [];
  currentBlock: number | null = null;
  closedBySubtotal: number | null = null;
  // A heading row that carries a base (一 | 组织领导 | 20) is a section if items follow it, else an item of its own.
  readonly headingItems = new Map<number, LayoutItem>();
  readonly probe;
  readonly last: number;
  readonly textPoints: TextPoints;

  constructor(readonly s: SheetSnapshot, readonly read: RowsRead) {
    this.probe = rowProbe(s, read.roles);
    this.last = rowCount(s);
    this.textPoints = readTextPoints(read.rows);
  }

  categoryOver(r: number) {
    return this.categories.find((c) => r > c.row && r <= c.end);
  }

  readRow(facts: RowFacts): void {
    const { s, out } = this;
    // An item whose points end its text, under a 分值 that is its section's: the text gives the base.
    const points = this.textPoints.points.get(facts.row);
    const f = points === undefined ? facts : { ...facts, base: points, baseIsNumber: false, baseMergedFrom: null };
    const { columns, nest, leftCols, width } = this.read.roles;
    const r = f.row;
    // The lower rows of a 基础分 merged down over several rows belong to the item of its top row.
    if (f.baseMergedFrom !== null) {
      const owner = out.items[out.items.length - 1];
      if (owner && owner.row === f.baseMergedFrom) {
        (owner.rows ??= [owner.row]).push(r);
        return;
      }
    }
    if (f.repeatedHeader) return;
    // A date, TRUE/FALSE or an error where the base goes is never a 加减分 row: the row is named and left unscored.
    if (f.doubtfulBase) {
      (out.doubtfulBases ??= []).push({ row: r, col: columns.base, raw: describeCell(s, r, columns.base) });
      return;
    }
    let sectionText = f.sectionText;
    if (nest) {
      // 项目 | 子项目: a name in the category column opens a category; a 加减分 or 一票否决 title there is a section.
      const name = textAt(s, r, nest.category).replace(/\s+/g, '');
      if (name !== '' && !SUBTOTAL.test(head(name))) {
        const open = this.categories[this.categories.length - 1];
        if (open && open.end >= r) open.end = r - 1;
        if (BLOCK_NAME.test(name) || VETO_TEXT.test(name) || NO_EXCELLENT_TEXT.test(name)) sectionText ||= name;
        else this.categories.push({ name, row: r, statedCap: sectionCapOf(name), subtotalRow: null, end: this.last });
      }
    } else if (f.criteriaText === '' && !this.categoryOver(r)) {
      // A row with criteria of its own is an item, never a category: only the others are read ahead.
      const category = categoryAt(s, r, this.probe);
      if (category) {
        this.categories.push(category);
        return;
      }
    }
    const { base } = f;
    if (sectionText !== '' && !SUBTOTAL.test(head(sectionText))) {
      const name = sectionText.replace(/\s+/g, '');
      this.open(r, name, sectionCapOf(name), 'text');
    } else if (columns.section === undefined || (base === null && f.texts.length === 1)) {
      // A lone text across the row (一、安全管理（30分）) heads a section even where a 项目 column exists.
      // Under a category, a lone （一）… or 1、… heads one of its sections even when not merged across.
      const heading = headingOf(s, r, f.texts, columns, base, this.categoryOver(r) !== undefined && !nest);
      if (heading !== null) {
        this.open(r, heading.name, heading.cap, heading.capFrom);
        if (base !== null && this.currentBlock === null) {
          const section = out.sections.length - 1;
          const rule = this.read.parseRule(f.criteriaText || heading.name);
          this.headingItems.set(section, { row: r, section, base, baseIsNumber: f.baseIsNumber, rule });
        }
        return;
      }
    }
    const textGroup = this.textPoints.caps.get(r);
    if (textGroup !== undefined) this.capOfTextPoints(r, textGroup);
    if (SUBTOTAL.test(f.leftText) || SUBTOTAL.test(f.lead)) return this.subtotal(r);

    // A row with a name and its own 分值, no criteria, and items below whose bases add up to it: a section and its cap.
    if (this.currentBlock === null && base !== null && points === undefined && !BLOCK_NAME.test(sectionText) && sectionWithBase(s, r, columns, base, leftCols, width)) {
      const sec = out.sections[out.sections.length - 1];
      if (!(sec && sec.row === r)) {
        out.sections.push({ name: nameOf(s, r, leftCols).replace(/\s+/g, ''), row: r, statedCap: base, capFrom: 'row', subtotalRow: r });
      } else {
        if (sec.statedCap === null) sec.capFrom = 'row';
        sec.statedCap ??= base;
        sec.subtotalRow = r;
      }
      return;
    }
    this.scoredRow(f, sectionText);
  }

  /** A veto row, a 加减分 row, or an item: the rows that carry an entry. */
  scoredRow(f: RowFacts, sectionText: string): void {
    const { s, out } = this;
    const { columns } = this.read.roles;
    const { row: r, base, ownText } = f;
    const rowText = ownText || sectionText;
    // 一票否决 | 发生…事故的: the word may stand only in the row's 项目 cell.
    const vetoText = base === null && ownText !== '' ? `${sectionText}${ownText}` : rowText;
    const vetoes = VETO_TEXT.test(vetoText);
    if ((vetoes || NO_EXCELLENT_TEXT.test(vetoText)) && (base === null || this.currentBlock !== null)) {
      const entryCol = entryColumn(s, columns, r) ?? preferredEntry(columns);
      out.vetoRows.push({ row: r, entryCol, text: rowText, excellentOnly: !vetoes });
      return;
    }
    if (this.currentBlock !== null || (base === null && ADJUSTMENT_TEXT.test(rowText))) {
      if (ownText === '' && sectionText !== '') return; // the block's title row itself
      const rule = this.read.parseRule(ownText);
      const sign = adjustmentSign(rule, ownText);
      out.adjustments.push({
        row: r, rule, sign, entryCol: entryColumn(s, columns, r) ?? preferredEntry(columns),
        block: this.currentBlock, cap: ruleCap(rule, sign === 'penalty' ? 'deduct' : 'bonus') ?? (this.currentBlock !== null ? base : null),
      });
      return;
    }
    if (base === null) return;
    // Items after a 小计 with no new section name (保证项目 | 小计 | 一般项目 | 小计) start a section of their own.
    if (out.sections.length === 0 || (this.closedBySubtotal === out.sections.length - 1 && sectionText === '')) {
      out.sections.push({ name: '', row: r, statedCap: null, subtotalRow: null });
      this.closedBySubtotal = null;
    }
    out.items.push({
      row: r, section: out.sections.length - 1, base, baseIsNumber: f.baseIsNumber,
      rule: this.itemRule(f),
      ...(this.textPoints.points.has(r) ? { pointsFrom: 'text' as const } : {}),
    });
  }

  /**
   * A section or 加减分 block begins. Users who type the section name on every row instead of merging it mean one
   * section, so a name equal to the open one continues it (within one category: （一） under 二、 is another).
   */
  /**
   * An item's rule: its 评分标准, else (on a sheet without one) a 评分方法 / 考核方式 text that reads as scoring words
   * (每缺一项扣2分，最多扣3分), else its 考核内容. A method such as 查阅资料 reads to nothing and gives way to the content.
   */
  itemRule(f: RowFacts): Rule {
    if (f.criteriaText !== '') return this.read.parseRule(f.criteriaText);
    const method = f.methodText !== '' ? this.read.parseRule(f.methodText) : null;
    return method && method.clauses.length > 0 ? method : this.read.parseRule(f.contentText);
  }

  open(r: number, name: string, statedCap: number | null, capFrom: 'text' | 'row'): void {
    const { out } = this;
    const current = this.currentBlock !== null ? out.blocks[this.currentBlock] : out.sections[out.sections.length - 1];
    const categoryOf = (row: number) => this.categories.find((c) => row >= c.row && row <= c.end);
    if (current && current.name === name && categoryOf(current.row) === categoryOf(r)) return;
    if (BLOCK_NAME.test(name) && !VETO_TEXT.test(name) && !NO_EXCELLENT_TEXT.test(name)) {
      out.blocks.push({ name, row: r, cap: this.read.parseRule(name).cap });
      this.currentBlock = out.blocks.length - 1;
    } else {
      out.sections.push({ name, row: r, statedCap, ...(statedCap !== null ? { capFrom } : {}), subtotalRow: null });
      this.currentBlock = null;
    }
  }

  /**
   * The 分值 beside a group of items with their points in their text is their section's cap: of the section their
   * row opens when its name spans just the group, or of a heading just above that holds no item yet; else of a new
   * section, named by a cell merged over just the group (1.1食品安全工作纳入政府目标考核 under a 考核项目 spanning
   * more). A cap the section's name states wins; the items' points are checked against it either way (CAP_MISMATCH).
   */
  capOfTextPoints(r: number, group: { cap: number; last: number }): void {
    const { out, s } = this;
    const sec = out.sections[out.sections.length - 1];
    const { section: secCol } = this.read.roles.columns;
    const spansGroup = secCol === undefined || (mergeAt(s.merges, r, secCol)?.bottom ?? r) <= group.last;
    const opened = sec !== undefined && sec.row === r && spansGroup;
    const empty = sec !== undefined && sec.row < r && out.items[out.items.length - 1]?.section !== out.sections.length - 1;
    if (sec && (opened || empty) && this.currentBlock === null) {
      if (sec.statedCap === null) sec.capFrom = 'row';
      sec.statedCap ??= group.cap;
      return;
    }
    out.sections.push({ name: this.groupName(r, group.last), row: r, statedCap: group.cap, capFrom: 'row', subtotalRow: null });
    this.currentBlock = null;
  }

  /** The text of a cell merged down over exactly rows r to last (beside the 分值), or ''. */
  groupName(r: number, last: number): string {
    const { s } = this;
    const { columns, width } = this.read.roles;
    for (let c = 1; c <= width; c++) {
      if (c === columns.base || c === columns.score) continue;
      const m = mergeAt(s.merges, r, c);
      if (m && m.top === r && m.bottom === last && m.left === c) return textAt(s, r, c).replace(/\s+/g, '');
    }
    return '';
  }

  subtotal(r: number): void {
    const { s, out } = this;
    const { nest } = this.read.roles;
    const sec = out.sections[out.sections.length - 1];
    // The category's 小计: in 项目 | 子项目, one outside its section's merged name; elsewhere a second one after the
    // section's own.
    const ofCategory = !sec ? false : nest
      ? SUBTOTAL.test(head(textAt(s, r, nest.category))) || (mergeAt(s.merges, sec.row, nest.section)?.bottom ?? sec.row) < r
      : sec.subtotalRow !== null && sec.subtotalRow < r;
    const category = ofCategory ? this.categories.find((c) => sec.row >= c.row && sec.row <= c.end) : undefined;
    if (category && category.subtotalRow === null) {
      category.subtotalRow = r;
      return;
    }
    if (sec) sec.subtotalRow = r;
    this.closedBySubtotal = out.sections.length - 1;
  }

  finish(): SectionsRead {
    const { out } = this;
    const filled = new Set(out.items.map((it) => it.section));
    for (const [section, item] of this.headingItems) {
      // With items below it, the heading row's 得分 cell shows the section's score, as a 小计 row would.
      if (!filled.has(section)) out.items.push(item);
      else out.sections[section].subtotalRow ??= item.row;
    }
    if (this.headingItems.size > 0) out.items.sort((a, b) => a.row - b.row);
    // Sections that hold no item are dropped; the categories keep those that remain.
    out.sections = dropEmptySections(out);
    const held = assignCategories(this.categories, out.sections);
    if (held.length > 0) out.categories = held;
    if (this.read.roles.nest && held.length > 0) out.categoryColumn = this.read.roles.nest.category;
    return out;
  }
}

function dropEmptySections(read: SectionsRead): LayoutSection[] {
  const keep = read.sections.map(() => false);
  for (const it of read.items) keep[it.section] = true;
  const newIndex: number[] = [];
  let n = 0;
  keep.forEach((k) => newIndex.push(k ? n++ : -1));
  for (const it of read.items) it.section = newIndex[it.section];
  return read.sections.filter((_, i) => keep[i]);
}

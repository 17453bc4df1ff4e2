import { indexLevel, ordinalLevel } from './categories';
import type { DocBlock, DocTable } from './doc-blocks';
import { mergeAt } from './header';
import { message } from './messages';
import { compact, readNumber } from './numbers';
import type { RubricDraft, RubricSection } from './rubric';
import { ADJUST_WORDS, BLOCK_WORDS, headingPoints, NOTE_START, short, SIGNATURE, textPoints, VETO_WORDS } from './rubric-text';
import { roleOf, type Role } from './roles';
import { declaredFullMarks, totalLabel } from './total-row';

/**
 * The table form: 项目 (merged down, its points in its text: 「司法所建设(15分)」) | 序号 | 考核内容 | 评分标准 or
 * 考核方式 | 分值, in any order and subset, read with the same header words a score sheet's columns are. A rubric
 * split over several tables (one per printed page, each with its own header, as seed 002) is one rubric.
 */
type Col = 'section' | 'index' | 'content' | 'criteria' | 'method' | 'base';
type Cols = Partial<Record<Col, number>>;
const KEPT: readonly Role[] = ['section', 'index', 'content', 'criteria', 'method', 'base', 'score', 'deduction', 'basis'];

interface Header {
  row: number;
  /** The first row after the header (a second header row under group cells is skipped). */
  start: number;
  cols: Cols;
  signature: string;
}

/**
 * A rubric's own header words beyond a score sheet's: 内容, 实现目标 and 工作要求 name what is assessed; a 扣分说明 or
 * 评分说明 column in a rubric holds the criteria (nobody has written any evidence yet).
 */
function rubricRole(text: string): Role | null {
  const role = roleOf(text);
  if (role === 'basis') return 'criteria';
  if (role) return role;
  const t = text.replace(/\s+/g, '');
  if (t.length > 10) return null;
  if (/(内容|要点|要求|目标|任务|指标)$/.test(t)) return 'content';
  if (/^(分数|分值|满分|赋分|计分|标准分数)$/.test(t)) return 'base';
  if (/(标准|细则|办法|说明)$/.test(t)) return 'criteria';
  return null;
}

function rolesOf(cells: readonly string[]): Map<number, Role> {
  const found = new Map<number, Role>();
  cells.forEach((text, c) => {
    if (text === '' || text.length > 24) return;
    const role = rubricRole(text);
    if (role && KEPT.includes(role) && (role === 'content' || ![...found.values()].includes(role))) found.set(c, role);
  });
  return found;
}

function isHeaderLike(found: Map<number, Role>): boolean {
  const roles = new Set(found.values());
  const textual = roles.has('content') || roles.has('criteria') || roles.has('section');
  const scored = roles.has('base') || roles.has('criteria') || roles.has('method') || roles.has('score');
  return roles.size >= 2 && textual && scored;
}

function headerOf(t: DocTable): Header | null {
  for (let r = 0; r < Math.min(5, t.cells.length); r++) {
    const found = rolesOf(t.cells[r]);
    if (!isHeaderLike(found)) continue;
    const cols: Cols = {};
    const contents: number[] = [];
    for (const [c, role] of [...found.entries()].sort((a, b) => a[0] - b[0])) {
      if (role === 'content') contents.push(c);
      if ((['section', 'index', 'content', 'criteria', 'method', 'base'] as Role[]).includes(role) && cols[role as Col] === undefined) cols[role as Col] = c;
    }
    // 考核内容 | 考核重点 (seed 004): with no section column, the left of two content columns names the sections.
    if (cols.section === undefined && contents.length >= 2) {
      cols.section = contents[0];
      cols.content = contents[1];
    }
    const next = t.cells[r + 1] ? rolesOf(t.cells[r + 1]) : new Map();
    const start = next.size >= 2 && t.cells[r + 1].every((x, c) => x === '' || next.has(c)) ? r + 2 : r + 1;
    const signature = (Object.keys(cols) as Col[]).sort().join(',');
    return { row: r, start, cols, signature };
  }
  return null;
}

interface Group {
  tables: { table: DocTable; header: Header | null }[];
  header: Header;
  title: string;
}

/** Tables that are one rubric: a header, then tables with the same header or none and the same width. */
function groups(blocks: readonly DocBlock[]): Group[] {
  const out: Group[] = [];
  let lastParagraph = '';
  let current: Group | null = null;
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      // A title, not a form line (被考核单位：…) or an aside in parentheses ((100分制，80分以上合格)).
      if (b.text !== '' && b.text.length <= 60 && !/^[(（]|[:：]/.test(b.text.trim())) lastParagraph = b.text.trim();
      continue;
    }
    const header = headerOf(b);
    const width = b.cells[0]?.length ?? 0;
    if (header && current && header.signature === current.header.signature) current.tables.push({ table: b, header });
    else if (header) {
      const above = b.cells.slice(0, header.row).map((r) => [...new Set(r.filter((x) => x !== ''))].join(' ')).filter((x) => x !== '');
      const title = above.length ? above.join(' ') : lastParagraph;
      current = { tables: [{ table: b, header }], header, title };
      out.push(current);
    } else if (current && (current.tables[current.tables.length - 1].table.cells[0]?.length ?? -1) === width) {
      current.tables.push({ table: b, header: null });
    } else current = null;
  }
  return out;
}

export function rubricFromTables(blocks: readonly DocBlock[]): RubricDraft | null {
  let best: RubricDraft | null = null;
  for (const g of groups(blocks)) {
    const d = readGroup(g);
    const n = d.sections.reduce((k, s) => k + s.items.length, 0);
    if (!best || n > best.sections.reduce((k, s) => k + s.items.length, 0)) best = d;
  }
  return best;
}

type Mode = 'items' | 'block' | 'veto' | 'after';

function readGroup(g: Group): RubricDraft {
  const draft: RubricDraft = {
    title: g.title.replace(/^附件\s*\d*\s*[:：]?\s*/, ''), form: 'table', sections: [], blockName: '加减分', adjustments: [], vetoes: [],
    notes: [], statedTotal: null, warnings: [], own: [],
  };
  const loose = new Map<RubricSection, string[]>();
  let current: RubricSection | null = null;
  let mode: Mode = 'items';
  const open = (name: string, cap: number | null) => {
    current = { name, cap, items: [] };
    draft.sections.push(current);
    mode = 'items';
  };
  const section = (): RubricSection => current ?? (open('', null), current as unknown as RubricSection);

  const namesItems = sectionColumnNamesItems(g);
  for (const { table: t, header } of g.tables) {
    const cols = g.header.cols;
    const width = t.cells[0]?.length ?? 0;
    const text = (r: number, c: number | undefined) => (c === undefined ? '' : (t.cells[r]?.[c] ?? '').trim());
    /** Rows merged into one item with the row above (its 分值 merged down over them). */
    const consumed = new Set<number>();
    /** Rows whose 分值 cell is merged down beside items that carry their own (N分): the merged number is a cap. */
    const ownPoints = new Set<number>();
    for (let r = header ? header.start : 0; r < t.cells.length; r++) {
      if (consumed.has(r)) continue;
      const texts = [...new Set(t.cells[r].map((x) => x.trim()).filter((x) => x !== ''))];
      if (texts.length === 0 || isHeaderLike(rolesOf(t.cells[r]))) continue;
      const all = texts.join(' ');
      if (mode === 'after') {
        draft.own.push(all);
        // The signature line is the sheet's own; a note row 「注：1、…2、…」 is one note per numbered sentence, those
        // naming a 一票否决 event becoming veto rows.
        if (SIGNATURE.test(compact(all))) continue;
        for (const sentence of noteSentences(all)) (VETO_WORDS.test(sentence) ? draft.vetoes : draft.notes).push(sentence);
        continue;
      }
      const first = texts[0];
      const total = totalLabel(first);
      if (total === 'start' || (total === 'end' && texts.length <= 3)) {
        draft.statedTotal = readNumber(text(r, cols.base)) ?? declaredFullMarks(all) ?? headingPoints(first);
        mode = 'after';
        continue;
      }
      // A 小计 row restates its section's points; it is never an item.
      if (/^小计/.test(compact(first))) {
        const base = readNumber(text(r, cols.base));
        if (current && (current as RubricSection).cap === null && base !== null) (current as RubricSection).cap = base;
        continue;
      }
      if (NOTE_START.test(compact(first)) || SIGNATURE.test(compact(first))) {
        mode = 'after';
        r--; // read this row as the first note
        continue;
      }
      const sec = namesItems ? '' : text(r, cols.section);
      const spans = (() => {
        const m = mergeAt(t.merges, r + 1, t.cells[r].findIndex((x) => x.trim() !== '') + 1);
        return texts.length === 1 && (m ? m.right - m.left + 1 : 1) >= Math.max(2, width - 1);
      })();
      if (spans && (cols.section === undefined || sec === '' || sec === first)) {
        const name = first.replace(/\s+/g, '');
        if (BLOCK_WORDS.test(name) && !VETO_WORDS.test(name)) {
          mode = 'block';
          draft.blockName = name;
        } else if (VETO_WORDS.test(name) && name.length <= 16) mode = 'veto';
        else if (ordinalLevel(name) !== null || headingPoints(name) !== null) open(name, headingPoints(name));
        continue;
      }
      if (sec !== '') {
        const name = sec.replace(/\s+/g, '');
        if (BLOCK_WORDS.test(name) && !VETO_WORDS.test(name) && name.length <= 20) {
          mode = 'block';
          draft.blockName = name;
        } else if (VETO_WORDS.test(name) && name.length <= 16) mode = 'veto';
        else if (!current || (current as RubricSection).name !== name) open(name, headingPoints(name));
      }
      const index = text(r, cols.index);
      let content = namesItems ? [text(r, cols.section), text(r, cols.content)].filter(Boolean).join('：') : text(r, cols.content);
      let criteria = text(r, cols.criteria);
      const method = text(r, cols.method);
      if (content === '' && criteria === '' && method === '') continue; // the section's own title row
      const base = cols.base !== undefined ? readNumber(text(r, cols.base)) : null;
      if (mode === 'block') {
        draft.adjustments.push({ content: [index, content].filter(Boolean).join(' '), criteria, cap: base });
        continue;
      }
      if (mode === 'veto') {
        draft.vetoes.push([content, criteria].filter(Boolean).join('：'));
        continue;
      }
      // 一 | 组织领导 | 20 with no criteria, over items (or over items whose 分值 add up to it): a section whose points
      // are its own 分值.
      const headingLike = indexLevel(index) === 1 || (index === '' && ordinalLevel(content) === 1) || sumsBelow(t, r, cols, base);
      if (base !== null && criteria === '' && sec === '' && headingLike) {
        open(content.replace(/\s+/g, ''), base);
        continue;
      }
      let points = base;
      const m = cols.base !== undefined ? mergeAt(t.merges, r + 1, cols.base + 1) : undefined;
      if (m && m.bottom > m.top && m.top === r + 1 && base !== null) {
        const rows: number[] = [];
        for (let k = m.top - 1; k <= m.bottom - 1; k++) if (text(k, cols.content) !== '' || text(k, cols.criteria) !== '') rows.push(k);
        const each = rows.map((k) => textPoints(text(k, cols.content)) ?? textPoints(text(k, cols.criteria)));
        if (rows.length > 1 && each.every((p) => p !== null)) {
          // A 分值 merged down beside items with their own (N分) is the section's points (SCORING.md §2).
          const s = section();
          if (s.cap === null) s.cap = base;
          rows.forEach((k) => ownPoints.add(k));
        } else {
          for (let k = m.top; k <= m.bottom - 1; k++) consumed.add(k);
          const more = (c: number | undefined) => rows.filter((k) => k !== r).map((k) => text(k, c)).filter((x) => x !== '');
          content = [content, ...more(cols.content)].filter(Boolean).join('\n');
          criteria = [criteria, ...more(cols.criteria)].filter(Boolean).join('\n');
        }
      }
      if (ownPoints.has(r) || points === null) points = textPoints(content) ?? textPoints(criteria);
      if (points === null) {
        const line = [content, criteria].filter(Boolean).join('：');
        if (VETO_WORDS.test(line)) draft.vetoes.push(line);
        else if (ADJUST_WORDS.test(line)) draft.adjustments.push({ content: [index, content].filter(Boolean).join(' '), criteria, cap: null });
        else {
          const s = section();
          loose.set(s, [...(loose.get(s) ?? []), line]);
        }
        continue;
      }
      section().items.push({ index, content, criteria, method, points });
    }
  }
  settleLoose(draft, loose);
  return draft;
}

/**
 * A row with a name and a 分值 but no criteria, over at least two rows with criteria (one, when they are numbered and
 * it is not) whose 分值 add up to exactly that number: a section heading, not an item (SCORING.md §2, as the score sheet reader decides it).
 */
function sumsBelow(t: DocTable, r: number, cols: Cols, base: number | null): boolean {
  if (base === null || base <= 0 || cols.criteria === undefined || cols.base === undefined) return false;
  let sum = 0;
  let count = 0;
  for (let k = r + 1; k < t.cells.length && sum < base - 1e-9; k++) {
    const b = readNumber((t.cells[k][cols.base] ?? '').trim());
    if (b === null || (t.cells[k][cols.criteria] ?? '').trim() === '') break;
    sum = Math.round((sum + b) * 100) / 100;
    count++;
  }
  // One item below is enough when the items are numbered and this row is not (| 解决信访问题 | | 10 | over | 1 | …).
  const numbered = cols.index !== undefined && (t.cells[r][cols.index] ?? '').trim() === '' && (t.cells[r + 1]?.[cols.index] ?? '').trim() !== '';
  return (count >= 2 || (count === 1 && numbered)) && Math.abs(sum - base) < 1e-9;
}

/** 「注：1、考核总分值设为100分。2、…一票否决。」 → its numbered sentences, without the 注： and the numbers. */
function noteSentences(text: string): string[] {
  const body = text.replace(/^\s*(注|备注|说明)\s*[:：]?\s*/, '');
  return body
    .split(/(?=(?:^|[。；;\s])\d+[、．.](?!\d))/)
    .map((x) => x.replace(/^[。；;\s]*\d+[、．.]\s*/, '').trim())
    .filter((x) => x !== '');
}

/** A lone row across the table that heads a section: 「2、安全基础管理(15分)」. */
function isHeadingRow(t: DocTable, r: number): boolean {
  const filled = t.cells[r].map((x, c) => [x.trim(), c] as const).filter(([x]) => x !== '');
  if (filled.length !== 1) return false;
  const [text, c] = filled[0];
  const m = mergeAt(t.merges, r + 1, c + 1);
  const width = t.cells[r].length;
  return (m ? m.right - m.left + 1 : 1) >= Math.max(2, width - 1) && (ordinalLevel(text) !== null || headingPoints(text) !== null);
}

/**
 * Where lone rows across the table head the sections and no 项目 cell is merged down, the 项目 column names each
 * item (层层签订安全目标责任书 | 5 | …), not a section.
 */
function sectionColumnNamesItems(g: Group): boolean {
  const col = g.header.cols.section;
  if (col === undefined) return false;
  let headings = 0;
  for (const { table: t } of g.tables) {
    for (let r = 0; r < t.cells.length; r++) if (isHeadingRow(t, r)) headings++;
    if (t.merges.some((m) => m.left === col + 1 && m.bottom > m.top)) return false;
  }
  return headings > 0;
}

/**
 * Lines without points: a section whose every line lacks them is one item worth the section's points (seed 004's
 * 包保网络 section); elsewhere they become notes under the table, each named in a warning.
 */
export function settleLoose(draft: RubricDraft, loose: Map<RubricSection, string[]>): void {
  for (const s of draft.sections) {
    const lines = loose.get(s) ?? [];
    if (s.items.length === 0 && s.cap !== null && lines.length > 0) {
      s.items.push({ index: '', content: s.name, criteria: lines.join('\n'), method: '', points: s.cap });
      draft.warnings.push(message('RUBRIC_SECTION_AS_ITEM', short(s.name)));
      continue;
    }
    for (const l of lines) {
      draft.notes.push(l);
      draft.warnings.push(message('RUBRIC_NO_POINTS', short(l)));
    }
  }
  draft.sections = draft.sections.filter((s) => s.items.length > 0);
}

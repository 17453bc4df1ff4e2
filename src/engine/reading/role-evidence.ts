import { colLetter, textAt, type SheetSnapshot } from '../snapshot';
import { message } from '../messages';
import { NUMBER_ROLES, ROLE_NAMES, type Role } from '../roles';
import { columnContents, type ColumnContent, type ContentKind } from './column-content';
import type { ColumnChoice } from './layout-types';

/**
 * A column's role from the two kinds of evidence (SCORING.md §1, revised): the header word, and what the column
 * holds on the rows below. The word is read first; the content checks it, and decides where they disagree; a column
 * whose word the tool does not know is read from its content alone when one role is missing and one column fits it.
 * A user's choice overrides both. Where two columns could hold one role, both are named, never silently one.
 */
export type RoleSource = 'word' | 'content' | 'user';

export interface ColumnRole {
  col: number;
  /** The header text over the column (both rows of a two-row header), spaces kept out. */
  header: string;
  /** What the header word alone says. */
  wordRole: Role | null;
  content: ContentKind;
  /** The role as read: null for a column the sheet does not use. */
  role: Role | null;
  source: RoleSource;
  /** The column names categories over sections (项目 | 子项目), shown as 项目. */
  category?: boolean;
}

export interface RoleAmbiguity {
  role: Role;
  cols: number[];
  /** The column scored as the role, or null when none could be chosen (then the sheet is refused). */
  chosen: number | null;
}

export interface RoleWarning {
  col: number;
  code: 'ROLE_BY_CONTENT' | 'ROLE_FROM_CONTENT' | 'ROLE_AMBIGUOUS';
  message: string;
}

export interface RolesRead {
  /** Column → role, as header.ts's assignColumns takes it. */
  found: Map<number, Role>;
  evidence: ColumnRole[];
  ambiguities: RoleAmbiguity[];
  warnings: RoleWarning[];
}

const CONTENT_NAMES: Record<ContentKind, string> = {
  numbers: '数字', sentences: '文字说明', names: '简短文字', empty: '空白', mixed: '数字和文字混杂',
};
/** The roles a sheet has one column of; two candidates for one of these is an ambiguity. */
const SINGLE_ROLES: readonly Role[] = ['base', 'score', 'deduction'];

export function readRoles(
  s: SheetSnapshot, headerRow: number, headerEnd: number, width: number, words: Map<number, Role>, choices: readonly ColumnChoice[] = [],
): RolesRead {
  const contents = columnContents(s, headerEnd, width);
  const found = new Map(words);
  const source = new Map<number, RoleSource>([...words.keys()].map((c) => [c, 'word']));
  const out: RolesRead = { found, evidence: [], ambiguities: [], warnings: [] };
  const header = (c: number) => headerText(s, headerRow, headerEnd, c);
  const chosen = new Set(choices.map((x) => x.col));
  // Columns whose role the user's choice gave to another: the user has said what they are not; nothing re-reads them.
  const displaced = new Set<number>();

  for (const [c, word] of words) if (!chosen.has(c)) checkWord(c, word, contents[c]);
  for (const { col, role } of choices) {
    if (role !== null && !['content', 'basis'].includes(role))
      for (const [c, r] of found) if (r === role && !chosen.has(c)) {
        found.delete(c);
        displaced.add(c);
        source.set(c, 'user');
      }
    if (role === null) found.delete(col);
    else found.set(col, role);
    source.set(col, 'user');
  }
  for (const role of SINGLE_ROLES) settleDuplicates(role);
  inferMissing();
  for (let c = 1; c <= width; c++) {
    const h = header(c);
    if (h === '' && !found.has(c) && contents[c].kind === 'empty') continue;
    out.evidence.push({ col: c, header: h, wordRole: words.get(c) ?? null, content: contents[c].kind, role: found.get(c) ?? null, source: source.get(c) ?? 'content' });
  }
  return out;

  /** A number word over sentences, or a text word over numbers: the content decides, and the reading says so. */
  function checkWord(c: number, word: Role, content: ColumnContent): void {
    let now: Role | null | undefined;
    if (NUMBER_ROLES.has(word) && word !== 'count' && word !== 'self' && content.kind === 'sentences' && content.texts >= 2) {
      // 扣分情况 holding 台账不全: the assessor's notes, not deductions.
      now = word === 'deduction' ? 'basis' : textRole(content);
    } else if ((word === 'content' || word === 'criteria') && content.kind === 'numbers' && content.numbers.size >= 2 && !content.sequence) {
      now = null;
    }
    if (now === undefined) return;
    if (now === null) found.delete(c);
    else found.set(c, now);
    source.set(c, 'content');
    const name = now === null ? null : ROLE_NAMES[now];
    out.warnings.push({ col: c, code: 'ROLE_BY_CONTENT', message: message('ROLE_BY_CONTENT', colLetter(c), header(c), ROLE_NAMES[word], CONTENT_NAMES[content.kind], name) });
  }

  function textRole(content: ColumnContent): Role | null {
    const taken = new Set(found.values());
    if (content.ruleLike * 2 >= content.texts && !taken.has('criteria')) return 'criteria';
    if (!taken.has('content')) return 'content';
    return taken.has('criteria') ? null : 'criteria';
  }

  /** Two columns named for one role: those whose content fits stay; if still two, the first is scored and both are named. */
  function settleDuplicates(role: Role): void {
    const cols = [...found].filter(([, r]) => r === role).map(([c]) => c).sort((a, b) => a - b);
    if (cols.length < 2 || cols.some((c) => source.get(c) === 'user')) return;
    out.ambiguities.push({ role, cols, chosen: cols[0] });
    const names = cols.map((c) => `${colLetter(c)}列`).join('、');
    out.warnings.push({ col: cols[0], code: 'ROLE_AMBIGUOUS', message: message('ROLE_AMBIGUOUS', ROLE_NAMES[role], names, colLetter(cols[0])) });
  }

  /** Base, score, then deduction: a missing one is read from the one unnamed column whose numbers fit it. */
  function inferMissing(): void {
    const has = (role: Role) => [...found.values()].includes(role);
    const unnamed = () => {
      const out: number[] = [];
      for (let c = 1; c <= width; c++) {
        const k = contents[c];
        if (!found.has(c) && source.get(c) !== 'user' && !displaced.has(c) && k.kind === 'numbers' && !k.sequence && k.numbers.size >= 1) out.push(c);
      }
      return out;
    };
    if (!has('base')) {
      const cands = unnamed().filter((c) => [...contents[c].numbers.values()].every((v) => v > 0));
      // Two unnamed number columns and neither base nor score: the left holds the points, the right the scores.
      if (cands.length === 1 || (cands.length === 2 && !has('score'))) assign('base', cands[0]);
      else if (cands.length > 1) out.ambiguities.push({ role: 'base', cols: cands, chosen: null });
    }
    if (!has('score')) {
      const cands = unnamed();
      if (cands.length === 1) assign('score', cands[0]);
      else if (cands.length > 1) out.ambiguities.push({ role: 'score', cols: cands, chosen: null });
    }
    const base = [...found].find(([, r]) => r === 'base')?.[0];
    const score = [...found].find(([, r]) => r === 'score')?.[0];
    if (!has('deduction') && base !== undefined && score !== undefined) {
      // While no score is typed, numbers within each row's points can only be deductions.
      const scoresTyped = contents[score].numbers.size > 0;
      const cands = unnamed().filter((c) => deductionLike(contents[c], contents[base], scoresTyped));
      if (cands.length === 1) assign('deduction', cands[0]);
    }
    // A text column whose word the tool does not know (标准, 目标责任制内容): the first unnamed column of rules is
    // the criteria when none is named, the first other column of sentences the content. Said in the reading.
    const textColumn = (rules: boolean) => {
      for (let c = 1; c <= width; c++) {
        const k = contents[c];
        if (found.has(c) || source.get(c) === 'user' || displaced.has(c) || k.kind !== 'sentences') continue;
        if (!rules || k.ruleLike * 2 >= k.texts) return c;
      }
      return undefined;
    };
    for (const [role, rules] of [['criteria', true], ['content', false]] as const) {
      const c = has(role) ? undefined : textColumn(rules);
      if (c === undefined) continue;
      found.set(c, role);
      source.set(c, 'content');
    }
  }

  function assign(role: Role, c: number): void {
    found.set(c, role);
    source.set(c, 'content');
    out.warnings.push({ col: c, code: 'ROLE_FROM_CONTENT', message: message('ROLE_FROM_CONTENT', colLetter(c), header(c) || '（空）', ROLE_NAMES[role]) });
  }
}

/**
 * Deductions: never above the row's points; beside typed scores, below the points on at least half the rows (a
 * column mostly equal to the points is a score of some kind, 自评 or 初评).
 */
function deductionLike(col: ColumnContent, base: ColumnContent, scoresTyped: boolean): boolean {
  let below = 0;
  for (const [r, v] of col.numbers) {
    const b = base.numbers.get(r);
    if (b === undefined || Number.isNaN(v)) continue;
    if (v < 0 || v > b) return false;
    if (v < b) below++;
  }
  return !scoresTyped || below * 2 >= col.numbers.size;
}

/** The header text over a column: each header row's own text (a group cell's is its left column's), joined. */
export function headerText(s: SheetSnapshot, headerRow: number, headerEnd: number, c: number): string {
  const parts: string[] = [];
  for (let r = headerRow; r <= headerEnd; r++) {
    const t = textAt(s, r, c).replace(/\s+/g, '');
    if (t !== '') parts.push(t);
  }
  return parts.join('/');
}

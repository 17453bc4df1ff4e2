import { mergeAt } from '../header';
import { message } from '../messages';
import { compact, readNumber, toHalfWidth } from '../numbers';
import { fail, ok, type Result } from '../result';
import { roleOf } from '../roles';
import { address, colCount, rowCount, rowEnd, textAt, valueAt, type SheetSnapshot } from '../snapshot';
import { isLevelMark, JUDGEMENT_HEADER, levelHeader, type LevelHeader } from './levels';
import { COUNT_HEADER, DOUBLE_HEADER, headerWord, PER_PIECE_HEADER } from './points';
import { asksTrimmedMean, isRaterHeader } from './raters';
import { VALID_VOTES_HEADER, VOTE_WORDS, voteBands, votePoints, type VoteBand } from './votes';
import { shareInHeader, shareName, sharesInNote } from './shares';
import { percentHeader, readWeight, WEIGHT_HEADER, weightInLabel, weightSum, withoutWeight, type Weight } from './weights';

/**
 * Where a composite sheet (SCORING.md §8) keeps what it combines: the weights, the raters' columns, the stage
 * shares, each item's own score cell and scale, the weighted cells, the total and the tier cell. Reading only:
 * composite/score.ts scores it and composite/plan.ts writes it.
 */
export interface WeightCell {
  fraction: number;
  /** Where the weight is: a cell whose number a formula may read, or the label (a constant in the formula). */
  at: { row: number; col: number; kind: Weight['cell'] } | null;
}

export interface CompositeSection {
  name: string;
  row: number;
  weight: WeightCell | null;
}

export interface CompositeItem {
  row: number;
  name: string;
  section: number | null;
  /** The item's own weight (relative to its section on a two-level form whose item weights add up per section). */
  weight: WeightCell | null;
  /** The scale its score is on: its 分值/满分 cell, else 100 on a weighted form. */
  scale: number;
  scaleCell: boolean;
}

export interface ShareColumn {
  col: number;
  name: string;
  share: number;
}

/** Level columns: their headers (word, points or share) in sheet order; the 评定 column where the word is written. */
export interface LevelColumns {
  cols: number[];
  headers: LevelHeader[];
  judgeCol: number | null;
  /** 民主测评: the level columns count votes (votes.ts); each vote's points and the 有效票 column. */
  votes: { points: number[] | null; validCol: number | null; bands?: VoteBand[] | null } | null;
}

export interface CompositeLayout {
  sheet: string;
  headerRow: number;
  nameCol: number;
  sectionCol: number | null;
  scaleCol: number | null;
  /** The item's own score: typed there, or written there from its raters or stage columns. */
  scoreCol: number;
  weightedCol: number | null;
  raterCols: number[];
  trimmed: boolean;
  shareCols: ShareColumn[];
  levels: LevelColumns | null;
  /** Additive points (points.ts): per piece × pieces, 批示 counting twice. */
  points: { perPieceCol: number; countCol: number; doubleCol: number | null; doubleIsCount: boolean } | null;
  /** Item weights are shares of their section's weight (each section's add up to 100%), not of the whole. */
  relativeItemWeights: boolean;
  sections: CompositeSection[];
  items: CompositeItem[];
  totalRow: number | null;
  tierCell: { row: number; col: number } | null;
  notes: string[];
  /** Weights that add up to 100% only within rounding (33.3% × 3): the sum, for the warning. */
  weightsNear: number | null;
}

const NAME_HEADER = /媒体|级别|刊物|载体|指标|项目|内容|要素|名称|类别|事项|考核对象|姓名|单位|考核方式|考核环节|考核阶段|评价主体/
const SCORE_HEADER = /^(平均分|平均得分|综合得分|最终得分|最后得分|总得分|实得分|得分|评分|考核得分|评定分|评价得分|分数|成绩)$/;
const WEIGHTED_HEADER = /加权得分|加权分|折合得分|折算得分|折合分|折算分|权重得分|加权后得分/;
const TOTAL_LABEL = /^(合计|总计|总分|得分合计|综合得分|考核总分|总得分|加权总分|综合评分)/;
const END_LABEL = /^(注|备注|说明)\s*([:：、.．\d（(]|$)|^(考核组长|考核人|考评人|评委签字|评分人|检查人)|签字|签名/;
const TIER_LABEL = /^(考核)?(等次|等级|档次)$|^评定等次$/;
const INDEX_HEADER = /^(序号|编号)$/;

const norm = (t: string) => compact(toHalfWidth(t));

/** A header cell's text: its own, or the merged cell's covering it from above (a two-row header). */
function headerText(s: SheetSnapshot, row: number, col: number): string {
  const own = textAt(s, row, col);
  if (own !== '') return own;
  const m = mergeAt(s.merges, row, col);
  return m && m.top < row ? textAt(s, m.top, m.left) : '';
}

interface HeaderColumns {
  row: number;
  texts: Map<number, string>;
  weightCols: number[];
  raterCols: number[];
  shareCols: ShareColumn[];
  levelCols: number[];
  /** Additive points: the 条数 column (points.ts). */
  countCol?: number;
}

/** Three or more level columns side by side (优秀 | 良好 | 一般 | 较差). */
function levelColumns(texts: Map<number, string>): number[] {
  const cols = [...texts.keys()].filter((c) => levelHeader(texts.get(c) as string) !== null).sort((a, b) => a - b);
  const run: number[] = [];
  for (const c of cols) {
    if (run.length > 0 && c !== run[run.length - 1] + 1) {
      if (run.length >= 3) break;
      run.length = 0;
    }
    run.push(c);
  }
  return run.length >= 3 ? run : [];
}

/** The first row (of the first 40) naming a weight column, two rater columns or two stage shares. */
function findHeader(s: SheetSnapshot, width: number): HeaderColumns | null {
  const last = Math.min(rowCount(s), 40);
  const shareNotes = noteShareTexts(s, width);
  for (let r = 1; r <= last; r++) {
    const texts = new Map<number, string>();
    const weightCols: number[] = [];
    const raterCols: number[] = [];
    const shareCols: ShareColumn[] = [];
    for (let c = 1; c <= width; c++) {
      const t = headerText(s, r, c);
      if (t === '' || t.length > 24) continue;
      texts.set(c, t);
      const share = shareInHeader(t);
      if (isRaterHeader(t)) raterCols.push(c);
      else if (share !== null) shareCols.push({ col: c, name: shareName(t), share });
      else if (WEIGHT_HEADER.test(norm(t)) && !WEIGHTED_HEADER.test(norm(t)) && !namesWithWeight(norm(t))) weightCols.push(c);
    }
    if (texts.size < 3) continue;
    const fromNote = shareCols.length < 2 && raterCols.length < 2 && shareNotes.length > 0 ? noteShareColumns(shareNotes, texts) : [];
    if (fromNote.length > 0) shareCols.splice(0, shareCols.length, ...fromNote);
    const levelCols = levelColumns(texts);
    if (weightCols.length > 0 || raterCols.length >= 2 || shareCols.length >= 2 || levelCols.length > 0) return { row: r, texts, weightCols, raterCols, shareCols, levelCols };
    const countCol = [...texts.keys()].find((c) => COUNT_HEADER.test(headerWord(texts.get(c) as string)));
    // A 篇数 column beside 扣分 counts deductions (每少一篇扣2分): that is a deduction sheet, not additive points.
    const deducts = [...texts.values()].some((t) => roleOf(t) === 'deduction');
    if (countCol !== undefined && !deducts) return { row: r, texts, weightCols, raterCols, shareCols, levelCols, countCol };
  }
  return null;
}

/** Texts that may state shares in a note (总分=考核组评分×80%+自评分×20%): one pass over the sheet's cells. */
function noteShareTexts(s: SheetSnapshot, width: number): string[] {
  const out: string[] = [];
  // Up to each row's last stored cell: one cell at XFD40 must not make every row 16,384 cells wide.
  for (let r = 1; r <= rowCount(s); r++)
    for (let c = 1, end = Math.min(width, rowEnd(s, r)); c <= end; c++) {
      const t = textAt(s, r, c);
      if (t.length <= 200 && /[%％]/.test(t) && /[×xX*占]/.test(t)) out.push(t);
    }
  return out;
}

/** The note's shares, when every one of its terms names a column of this header row (and no two the same). */
function noteShareColumns(notes: readonly string[], texts: Map<number, string>): ShareColumn[] {
  const shares = sharesInNote(notes, texts);
  const cols = new Set(shares.map((x) => x.col));
  if (shares.length < 2 || cols.has(null) || cols.size < shares.length) return [];
  return shares
    .map((x) => ({ col: x.col as number, name: compact(texts.get(x.col as number) as string), share: x.percent / 100 }))
    .sort((a, b) => a.col - b.col);
}

/** A header in the rows of a two-row header (评委打分 merged over 评委1 … 评委5) may sit one row lower. */
function subHeader(s: SheetSnapshot, h: HeaderColumns, width: number): HeaderColumns {
  const below = h.row + 1;
  const raters: number[] = [];
  const under = new Map<number, string>();
  for (let c = 1; c <= width; c++) {
    const t = textAt(s, below, c);
    if (t !== '') under.set(c, t);
    if (isRaterHeader(t)) raters.push(c);
  }
  const levels = levelColumns(under);
  if (raters.length < 2 && levels.length === 0) return h;
  const texts = new Map(h.texts);
  for (const c of [...raters, ...levels]) texts.set(c, under.get(c) as string);
  return { ...h, row: below, texts, raterCols: raters.length >= 2 ? raters : h.raterCols, levelCols: levels.length > 0 ? levels : h.levelCols };
}

/** 评定项目(权重), 考核指标（权重）: a column of names whose labels carry their weights, not a column of weights. */
function namesWithWeight(t: string): boolean {
  const m = /^(.+?)[(（](权重|占比|比重|权数)[)）]$/.exec(t);
  return m !== null && NAME_HEADER.test(m[1]);
}

type Read = Result<CompositeLayout>;

/**
 * Reads a composite sheet: null when the sheet shows none of §8's mechanisms (the deduction reader takes it), an
 * error naming what was found when it shows them in a way this reader cannot follow.
 */
export function readComposite(s: SheetSnapshot): Read | null {
  const width = colCount(s);
  const found0 = findHeader(s, width);
  if (!found0) return labelWeighted(s, width);
  const h = subHeader(s, found0, width);
  const cols = [...h.texts.keys()];
  const named = (re: RegExp) => cols.filter((c) => re.test(norm(h.texts.get(c) as string)));
  const roleCols = (role: string) => cols.filter((c) => roleOf(h.texts.get(c) as string) === role);
  const judgeCol = h.levelCols.length > 0 ? named(JUDGEMENT_HEADER)[0] ?? null : null;
  const perPieceCol = h.countCol !== undefined ? cols.find((c) => PER_PIECE_HEADER.test(headerWord(h.texts.get(c) as string))) ?? null : null;
  const doubleCol = h.countCol !== undefined ? cols.find((c) => DOUBLE_HEADER.test(h.texts.get(c) as string)) ?? null : null;
  if (h.countCol !== undefined && perPieceCol === null)
    return fail({ code: 'COMPOSITE_UNREAD', message: message('COMPOSITE_UNREAD', `“${compact(h.texts.get(h.countCol) as string)}”列`, '每条的分值列'), row: h.row });
  const validCol = h.levelCols.length > 0 ? named(VALID_VOTES_HEADER)[0] ?? null : null;
  const taken = new Set([...h.weightCols, ...h.raterCols, ...h.shareCols.map((x) => x.col), ...h.levelCols, ...[judgeCol, validCol, perPieceCol, doubleCol, h.countCol ?? null].filter((c): c is number => c !== null)]);
  const free = (c: number) => !taken.has(c);

  const weightedCol = named(WEIGHTED_HEADER)[0] ?? null;
  const scoreCol =
    cols.filter((c) => free(c) && c !== weightedCol && SCORE_HEADER.test(norm(h.texts.get(c) as string).replace(/[(（].*$/, ''))).pop() ??
    roleCols('score').filter((c) => free(c) && c !== weightedCol).pop() ??
    null;
  const scaleCol = roleCols('base').filter(free)[0] ?? null;
  const nameCols = cols.filter(
    (c) => free(c) && c !== scoreCol && c !== weightedCol && c !== scaleCol && !INDEX_HEADER.test(norm(h.texts.get(c) as string)) &&
      (NAME_HEADER.test(norm(h.texts.get(c) as string)) || roleOf(h.texts.get(c) as string) === 'section' || roleOf(h.texts.get(c) as string) === 'content'),
  );
  const what = foundText(h);
  if (nameCols.length === 0) return fail({ code: 'COMPOSITE_UNREAD', message: message('COMPOSITE_UNREAD', what, '各考核项目的名称列'), row: h.row });
  if (scoreCol === null) return fail({ code: 'COMPOSITE_UNREAD', message: message('COMPOSITE_UNREAD', what, '写入结果的“得分”列'), row: h.row });
  if (h.raterCols.length > 0 && h.raterCols.length < 2)
    return fail({ code: 'COMPOSITE_UNREAD', message: message('COMPOSITE_UNREAD', what, '第二位评委的打分列'), row: h.row });
  if (h.shareCols.length === 1)
    return fail({ code: 'COMPOSITE_UNREAD', message: message('COMPOSITE_UNREAD', what, '其余各方的评分列及其占比'), row: h.row });
  if ([h.raterCols.length >= 2, h.shareCols.length >= 2, h.levelCols.length > 0].filter(Boolean).length > 1)
    return fail({ code: 'COMPOSITE_UNREAD', message: message('COMPOSITE_UNREAD', what, '评委、各方占比与等次之间的计算关系'), row: h.row });

  const twoLevel = nameCols.length >= 2 && (h.weightCols.length >= 2 || grouped(s, h.row, nameCols[0], nameCols[1]));
  const sectionCol = twoLevel ? nameCols[0] : null;
  const nameCol = twoLevel ? nameCols[1] : nameCols[0];
  const sectionWeightCol = twoLevel ? h.weightCols.find((c) => c < nameCol) ?? null : null;
  const itemWeightCol = h.weightCols.find((c) => c !== sectionWeightCol) ?? null;
  const layout: CompositeLayout = {
    sheet: s.name, headerRow: h.row, nameCol, sectionCol, scaleCol, scoreCol, weightedCol, raterCols: h.raterCols,
    trimmed: false, shareCols: h.shareCols, relativeItemWeights: false,
    levels: h.levelCols.length > 0 ? levelColumnsOf(s, h, judgeCol, validCol) : null,
    points: h.countCol !== undefined && perPieceCol !== null
      ? { perPieceCol, countCol: h.countCol, doubleCol, doubleIsCount: doubleCol !== null && /数/.test(h.texts.get(doubleCol) as string) }
      : null, sections: [], items: [], totalRow: null,
    tierCell: null, notes: [], weightsNear: null,
  };
  const texts = readRows(s, layout, width, itemWeightCol, sectionWeightCol, h);
  if (!texts.ok) return texts;
  layout.trimmed = asksTrimmedMean([...layout.notes, ...h.texts.values()]);
  const anyWeight = layout.items.some((it) => it.weight !== null) || layout.sections.some((x) => x.weight !== null);
  // A header that promised weights (评定项目(权重)) with none to be found is left to the deduction reader, which says so.
  if (!anyWeight && layout.raterCols.length === 0 && layout.shareCols.length === 0 && !layout.levels && !layout.points) return null;
  if (layout.points) layout.items = layout.items.filter((it) => typeof valueAt(s, it.row, (layout.points as NonNullable<CompositeLayout['points']>).perPieceCol) === 'number');
  if (layout.items.length === 0) return fail({ code: 'NO_ITEMS', message: message('NO_ITEMS'), row: h.row });
  const checked = checkEntries(s, layout) ?? checkLevels(s, layout, what);
  if (checked) return fail(checked);

  const weights = settleWeights(layout);
  return weights ?? ok(layout);
}

/** The left name column groups the right one: some item row leaves it empty or under a cell merged down from above. */
function grouped(s: SheetSnapshot, headerRow: number, left: number, right: number): boolean {
  const last = Math.min(rowCount(s), headerRow + 200);
  for (let r = headerRow + 1; r <= last; r++) {
    if (textAt(s, r, right) === '') continue;
    const m = mergeAt(s.merges, r, left);
    if ((m && m.top < r) || textAt(s, r, left) === '') return true;
  }
  return false;
}

function levelColumnsOf(s: SheetSnapshot, h: HeaderColumns, judgeCol: number | null, validCol: number | null): LevelColumns {
  const headers = h.levelCols.map((c) => levelHeader(h.texts.get(c) as string) as LevelHeader);
  const group = h.row > 1 ? headerText(s, h.row - 1, h.levelCols[0]) : '';
  const votes = validCol !== null || headers.some((x) => x.votes) || VOTE_WORDS.test(group);
  return { cols: h.levelCols, headers, judgeCol, votes: votes ? { points: null, validCol } : null };
}

function foundText(h: HeaderColumns): string {
  const names = (cs: number[]) => cs.map((c) => compact(h.texts.get(c) as string));
  if (h.levelCols.length > 0) return `等次列${names(h.levelCols).join('、')}`;
  if (h.raterCols.length > 0) {
    const r = names(h.raterCols);
    return r.length > 2 ? `${r[0]}…${r[r.length - 1]}` : r.join('、');
  }
  if (h.shareCols.length > 0) return names(h.shareCols.map((x) => x.col)).join('、');
  return `“${names(h.weightCols).join('”“')}”列`;
}

/** The table's rows: sections (a section column's cells, merged down), items, the total row, the notes after. */
function readRows(
  s: SheetSnapshot, layout: CompositeLayout, width: number, itemWeightCol: number | null, sectionWeightCol: number | null, h: HeaderColumns,
): Result<true> {
  for (let r = 1; r < h.row; r++) for (let c = 1; c <= width; c++) if (textAt(s, r, c) !== '') layout.notes.push(textAt(s, r, c));
  const percentItem = itemWeightCol !== null && percentHeader(h.texts.get(itemWeightCol) ?? '');
  const percentSection = sectionWeightCol !== null && percentHeader(h.texts.get(sectionWeightCol) ?? '');
  let ended = false;
  for (let r = h.row + 1; r <= rowCount(s); r++) {
    const first = rowFirstText(s, r, width);
    if (first === '') continue;
    if (ended) {
      for (let c = 1; c <= width; c++) if (textAt(s, r, c) !== '') layout.notes.push(textAt(s, r, c));
      findTierCell(s, layout, r, width);
      continue;
    }
    const lead = norm(first).slice(0, 12);
    if (TOTAL_LABEL.test(lead)) {
      layout.totalRow = r;
      ended = true;
      findTierCell(s, layout, r, width);
      continue;
    }
    if (END_LABEL.test(lead)) {
      ended = true;
      layout.notes.push(...rowTextsOf(s, r, width));
      findTierCell(s, layout, r, width);
      continue;
    }
    if (layout.sectionCol !== null) {
      const at = mergeAt(s.merges, r, layout.sectionCol);
      const top = at ? at.top : r;
      const name = textAt(s, top, layout.sectionCol);
      const last = layout.sections[layout.sections.length - 1];
      if (name !== '' && (!last || last.row !== top)) {
        const weight = sectionWeightCol !== null ? weightAt(s, top, sectionWeightCol, percentSection) : labelWeight(name);
        if (weight === 'bad') return fail({ code: 'WEIGHT_UNREADABLE', message: message('WEIGHT_UNREADABLE', address(top, sectionWeightCol as number), textAt(s, top, sectionWeightCol as number)), row: top });
        layout.sections.push({ name: withoutWeight(name), row: top, weight });
      }
    }
    const name = textAt(s, r, layout.nameCol);
    if (name === '') continue;
    const weight = itemWeightCol !== null ? weightAt(s, r, itemWeightCol, percentItem) : labelWeight(name);
    if (weight === 'bad') return fail({ code: 'WEIGHT_UNREADABLE', message: message('WEIGHT_UNREADABLE', address(r, itemWeightCol as number), textAt(s, r, itemWeightCol as number)), row: r });
    const scaleRead = layout.scaleCol !== null ? readNumber(valueAt(s, r, layout.scaleCol)) : null;
    layout.items.push({
      row: r, name: withoutWeight(name), section: layout.sections.length > 0 ? layout.sections.length - 1 : null, weight,
      scale: scaleRead !== null && scaleRead > 0 ? scaleRead : 100, scaleCell: scaleRead !== null && typeof valueAt(s, r, layout.scaleCol as number) === 'number',
    });
  }
  if (layout.items.length === 0) return fail({ code: 'NO_ITEMS', message: message('NO_ITEMS'), row: h.row });
  return ok(true);
}

function rowFirstText(s: SheetSnapshot, r: number, width: number): string {
  for (let c = 1; c <= width; c++) {
    const m = mergeAt(s.merges, r, c);
    if (m && m.top < r) continue;
    const t = textAt(s, r, c);
    if (t !== '') return t;
  }
  return '';
}

function rowTextsOf(s: SheetSnapshot, r: number, width: number): string[] {
  const out: string[] = [];
  for (let c = 1; c <= width; c++) if (textAt(s, r, c) !== '') out.push(textAt(s, r, c));
  return out;
}

function findTierCell(s: SheetSnapshot, layout: CompositeLayout, r: number, width: number): void {
  if (layout.tierCell) return;
  for (let c = 1; c <= width; c++) {
    const t = norm(textAt(s, r, c)).replace(/[:：]$/, '');
    if (t.length > 6 || !TIER_LABEL.test(t)) continue;
    const m = mergeAt(s.merges, r, c);
    layout.tierCell = { row: r, col: m ? m.right + 1 : c + 1 };
    return;
  }
}

function weightAt(s: SheetSnapshot, r: number, col: number, percent: boolean): WeightCell | null | 'bad' {
  const v = valueAt(s, r, col);
  if (v === null || (typeof v === 'string' && v.trim() === '')) return null;
  const w = readWeight(v, percent);
  if (!w) return 'bad';
  return { fraction: w.fraction, at: { row: r, col, kind: w.cell } };
}

function labelWeight(text: string): WeightCell | null {
  const f = weightInLabel(text);
  return f === null ? null : { fraction: f, at: null };
}

/**
 * Inputs a formula could not read as the engine does are refused before anything is written: a rater's or a stage's
 * cell holding text (良好, 9分), since COUNT and SUM would quietly leave it out.
 */
function checkEntries(s: SheetSnapshot, layout: CompositeLayout) {
  const p = layout.points;
  const counts = p ? [p.countCol, ...(p.doubleCol !== null && p.doubleIsCount ? [p.doubleCol] : [])].map((c) => ({ col: c })) : [];
  const inputs = [...layout.raterCols.map((c) => ({ col: c })), ...layout.shareCols, ...counts];
  for (const it of layout.items) {
    for (const { col } of inputs) {
      const v = valueAt(s, it.row, col);
      if (v === null || typeof v === 'number') continue;
      if (typeof v === 'string' && v.trim() === '') continue;
      const head = textAt(s, layout.headerRow, col) || String(col);
      return { code: 'RATER_NOT_A_NUMBER' as const, message: message('RATER_NOT_A_NUMBER', address(it.row, col), compact(head), String(v)), row: it.row, col };
    }
  }
  return null;
}

/**
 * Level columns: each item's level points must be known (the header's points or share, or numbers in the row's level
 * cells beside a 评定 column), and at most one level ticked. With no 分值 column an item's scale is its top level's points.
 */
function checkLevels(s: SheetSnapshot, layout: CompositeLayout, what: string) {
  const lv = layout.levels;
  if (!lv) return null;
  if (lv.votes) return checkVotes(s, layout, lv, what);
  for (const it of layout.items) {
    const points = levelRowPoints(s, layout, it);
    if (points === null) return { code: 'COMPOSITE_UNREAD' as const, message: message('COMPOSITE_UNREAD', what, '各等次的分值'), row: it.row };
    if (layout.scaleCol === null) it.scale = Math.max(...points.map((p) => p.value));
    if (lv.judgeCol !== null) continue;
    const marked = lv.cols.filter((c) => isLevelMark(valueAt(s, it.row, c)));
    if (marked.length > 1) {
      const names = marked.map((c) => `“${lv.headers[lv.cols.indexOf(c)].word}”`).join('');
      return { code: 'LEVEL_MARKED_TWICE' as const, message: message('LEVEL_MARKED_TWICE', it.row, it.name, names), row: it.row };
    }
  }
  return null;
}

/** Votes: each vote's points from the notes (优秀票×100) or the headers (优秀(100分)); vote cells hold counts. */
function checkVotes(s: SheetSnapshot, layout: CompositeLayout, lv: LevelColumns, what: string) {
  const words = lv.headers.map((x) => x.word);
  const fromHeaders = lv.headers.every((x) => x.points !== null) ? lv.headers.map((x) => x.points as number) : null;
  // The note's formula (优秀票×100) first, then its 优秀得票率 bands, then points in the headers.
  const stated = votePoints(layout.notes, words);
  const bands = stated ? null : voteBands(layout.notes);
  const points = stated ?? (bands ? null : fromHeaders);
  if (!points && !bands) return { code: 'COMPOSITE_UNREAD' as const, message: message('COMPOSITE_UNREAD', what, '每票的分值（如“优秀票×100”）或优秀得票率的分档'), row: layout.headerRow };
  const bandTop = bands ? Math.max(0, ...bands.map((b) => b.points ?? 0)) : 0;
  if (bands && bands.some((b) => b.points === null) && layout.scaleCol === null)
    return { code: 'COMPOSITE_UNREAD' as const, message: message('COMPOSITE_UNREAD', `${what}和优秀得票率分档`, '“满分”的分值（分值列）'), row: layout.headerRow };
  Object.assign(lv.votes as NonNullable<LevelColumns['votes']>, { points, bands });
  for (const it of layout.items) {
    if (layout.scaleCol === null) it.scale = points ? Math.max(...points) : bandTop;
    for (const c of [...lv.cols, ...(lv.votes?.validCol != null ? [lv.votes.validCol] : [])]) {
      const v = valueAt(s, it.row, c);
      if (v === null || typeof v === 'number' || (typeof v === 'string' && v.trim() === '')) continue;
      return { code: 'VOTES_NOT_A_NUMBER' as const, message: message('VOTES_NOT_A_NUMBER', address(it.row, c), String(v)), row: it.row, col: c };
    }
  }
  return null;
}

/**
 * Each level's points on an item's row, with the formula text that gives them: the number in its level cell where a
 * 评定 column holds the word, else the header's points, or its share of the item's 分值.
 */
export function levelRowPoints(s: SheetSnapshot, layout: CompositeLayout, it: CompositeItem): { value: number; expr: string }[] | null {
  const lv = layout.levels as LevelColumns;
  const out: { value: number; expr: string }[] = [];
  for (let i = 0; i < lv.cols.length; i++) {
    const h = lv.headers[i];
    const v = valueAt(s, it.row, lv.cols[i]);
    if (lv.judgeCol !== null && typeof v === 'number') out.push({ value: v, expr: address(it.row, lv.cols[i]) });
    else if (h.points !== null) out.push({ value: h.points, expr: String(h.points) });
    else if (h.share !== null && layout.scaleCol !== null) {
      const scaleRef = it.scaleCell ? address(it.row, layout.scaleCol) : String(it.scale);
      out.push({ value: h.share * it.scale, expr: `${String(h.share)}*${scaleRef}` });
    } else return null;
  }
  return out;
}

/**
 * Weights: every item weighted or none; on a two-level form, item weights add up to 100% within each section (they
 * are shares of it) or to the section's own weight. All told they must come to 100%: within a rounding (33.3% × 3)
 * with a warning, further off the sheet is refused.
 */
function settleWeights(layout: CompositeLayout): Read | null {
  const weighted = layout.items.filter((it) => it.weight !== null);
  const sectionsWeighted = layout.sections.length > 0 && layout.sections.every((x) => x.weight !== null);
  if (weighted.length === 0 && !sectionsWeighted) return null;
  if (weighted.length > 0 && weighted.length < layout.items.length) {
    const missing = layout.items.find((it) => it.weight === null) as CompositeItem;
    return fail({ code: 'WEIGHT_MISSING', message: message('WEIGHT_MISSING', missing.name), row: missing.row });
  }
  let effective: number[];
  if (sectionsWeighted && weighted.length > 0) {
    // One pass over the items, not one per section: sheets may hold hundreds of both.
    const perSection: number[][] = layout.sections.map(() => []);
    for (const it of layout.items) if (it.section !== null) perSection[it.section].push((it.weight as WeightCell).fraction);
    layout.relativeItemWeights = perSection.every((ws) => weightSum(ws).kind !== 'off');
    effective = layout.relativeItemWeights
      ? layout.items.map((it) => (it.weight as WeightCell).fraction * (layout.sections[it.section as number].weight as WeightCell).fraction)
      : layout.items.map((it) => (it.weight as WeightCell).fraction);
  } else if (sectionsWeighted) {
    return fail({ code: 'COMPOSITE_UNREAD', message: message('COMPOSITE_UNREAD', '各一级指标的权重', '各项目自己的权重或得分'), row: layout.headerRow });
  } else effective = layout.items.map((it) => (it.weight as WeightCell).fraction);
  const sum = weightSum(effective);
  if (sum.kind === 'off') return fail({ code: 'WEIGHTS_NOT_FULL', message: message('WEIGHTS_NOT_FULL', sum.sum), row: layout.headerRow });
  if (sum.kind === 'near') layout.weightsNear = sum.sum;
  return null;
}

/**
 * No weight column, no raters, no shares: a form whose item labels carry their weights (日常工作评价（20%）,
 * 年终考核（70%）) beside a 得分 column is still a weighted form.
 */
function labelWeighted(s: SheetSnapshot, width: number): Read | null {
  const last = Math.min(rowCount(s), 40);
  for (let r = 1; r <= last; r++) {
    let scoreCol: number | null = null;
    let nameCol: number | null = null;
    for (let c = 1; c <= width; c++) {
      const t = norm(textAt(s, r, c));
      if (t === '' || t.length > 12) continue;
      if (SCORE_HEADER.test(t.replace(/[(（].*$/, '')) || roleOf(t) === 'score') scoreCol = c;
      else if (nameCol === null && !INDEX_HEADER.test(t) && (NAME_HEADER.test(t) || roleOf(t) === 'section' || roleOf(t) === 'content')) nameCol = c;
    }
    if (scoreCol === null || nameCol === null) continue;
    let labelled = 0;
    for (let k = r + 1; k <= Math.min(rowCount(s), r + 40); k++) if (weightInLabel(textAt(s, k, nameCol)) !== null) labelled++;
    if (labelled < 2) return null;
    const h: HeaderColumns = { row: r, texts: new Map(), weightCols: [], raterCols: [], shareCols: [], levelCols: [] };
    for (let c = 1; c <= width; c++) if (textAt(s, r, c) !== '') h.texts.set(c, textAt(s, r, c));
    const layout: CompositeLayout = {
      sheet: s.name, headerRow: r, nameCol, sectionCol: null, scaleCol: null, scoreCol, weightedCol: null, raterCols: [],
      trimmed: false, shareCols: [], levels: null, points: null, relativeItemWeights: false, sections: [], items: [], totalRow: null, tierCell: null,
      notes: [], weightsNear: null,
    };
    const rows = readRows(s, layout, width, null, null, h);
    if (!rows.ok) return rows;
    return settleWeights(layout) ?? ok(layout);
  }
  return null;
}

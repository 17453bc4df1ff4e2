import { compact, toHalfWidth } from '../numbers';
import { WEIGHT_HEADER } from './weights';

/**
 * Stage and rater-group weights: columns whose header gives their share of the result, 自评（20%） · 考核组评分（80%）,
 * 平时考核20% · 半年考核70% · 年终考核10%, 分管领导评价(20%) · 干部职工评价(40%) · 考核组评价(40%). Each column holds a score
 * on the same scale; the row's result is Σ score × share.
 */
const SHARE_WORD = /自评|自查|考核组|评价|评议|考核|测评|打分|评分|平时|半年|年终|年度|日常|季度|月度|分管领导|领导|干部职工|职工|群众|互评/;
const SHARE = /(\d+(?:\.\d+)?)\s*%/;

/** The share a header cell states for its column, as a fraction; null when it states none. */
export function shareInHeader(text: string): number | null {
  const t = compact(toHalfWidth(text)).replace(/％/g, '%');
  if (t.length > 24 || WEIGHT_HEADER.test(t.replace(SHARE, ''))) return null;
  const m = SHARE.exec(t);
  if (!m || !SHARE_WORD.test(t)) return null;
  const x = Number(m[1]);
  return x > 0 && x <= 100 ? x / 100 : null;
}

/** The column's name without its share: 自评（20%） → 自评. */
export function shareName(text: string): string {
  return compact(toHalfWidth(text))
    .replace(/％/g, '%')
    .replace(/[(（]?(占|权重)?\d+(?:\.\d+)?%[)）]?/, '');
}

/**
 * Shares stated only in a note (「总分=考核组评分×80%+自评分×20%」, 「自评分占20%，考核组评分占80%」): each term's name
 * and percent, and the header column of the same name (考核组评分, or 考核组 beside 考核组评分) where there is one.
 */
export interface NoteShare {
  name: string;
  percent: number;
  col: number | null;
}

const TERM = /^(.{1,12}?)(?:[×xX*]|占)(\d+(?:\.\d+)?)%$/;

const sameName = (header: string, name: string) => header === name || header === `${name}分` || `${header}分` === name || header === `${name}得分`;

export function sharesInNote(notes: readonly string[], headers: ReadonlyMap<number, string>): NoteShare[] {
  const heads = [...headers].map(([c, t]) => [c, compact(toHalfWidth(t))] as const);
  for (const n of notes) {
    const parts = compact(toHalfWidth(n)).replace(/％/g, '%').split(/[=＝+＋，,、；;。:：]/);
    const terms = parts.map((p) => TERM.exec(p)).filter((m): m is RegExpExecArray => m !== null);
    if (terms.length < 2) continue;
    return terms.map((m) => {
      const name = m[1].replace(/^[(（]|[)）]$/g, '');
      return { name, percent: Number(m[2]), col: heads.find(([, t]) => sameName(t, name))?.[0] ?? null };
    });
  }
  return [];
}

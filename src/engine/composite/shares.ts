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

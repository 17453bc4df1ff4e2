import { compact, toHalfWidth } from '../numbers';
import { colLetter, textAt, type SheetSnapshot } from '../snapshot';
import { sharesInNote } from '../composite/shares';

/**
 * What a weighted sheet the readers cannot follow shows, for its one-line refusal (SCORING.md §8's last paragraph):
 * the weights its note states (总分=考核组评分×80%+自评分×20%) and the columns they name, or its weight column — and
 * what the user can change so the composite reader takes it (the shares in the column headers, a 得分 column).
 */
const WEIGHT_HEADER = /权重|权数|比重|加权|\d+(?:\.\d+)?%/;

const norm = (t: string) => compact(toHalfWidth(t)).replace(/％/g, '%');

export function weightedRefusal(s: SheetSnapshot, headerRow: number, end: number, width: number, notes: readonly string[]): { found: string; todo: string } {
  const headers = new Map<number, string>();
  for (let r = headerRow; r <= end; r++) for (let c = 1; c <= width; c++) if (textAt(s, r, c) !== '') headers.set(c, norm(textAt(s, r, c)));
  const hasScore = [...headers.values()].some((t) => /^(得分|总分|综合得分|最终得分|考核得分)$/.test(t));
  const weights = sharesInNote(notes, headers);
  if (weights.length > 0) {
    const where = weights.filter((w) => w.col !== null).map((w) => `${w.name}在${colLetter(w.col as number)}列`);
    const found = `说明中的权重${weights.map((w) => `${w.name}${w.percent}%`).join('、')}${where.length > 0 ? `（${where.join('、')}）` : ''}`;
    const heads = weights.map((w) => `“${w.name}（${w.percent}%）”`).join('');
    const score = hasScore ? '' : '，并加一列“得分”写结果';
    if (where.length === 0) return { found, todo: `但表中没有这些列：请加上各方的得分列，表头写成${heads}${score}后再填写` };
    return { found, todo: `请把这些列的表头写成${heads}${score}后再填写` };
  }
  const col = [...headers].find(([, t]) => t.length <= 24 && WEIGHT_HEADER.test(t));
  if (!col) return { found: '权重的说明', todo: '但没有读出各项的权重：请在表头写明权重列或各方得分列的占比（如“自评分（20%）”）后再填写' };
  const found = `“${col[1]}”列（${colLetter(col[0])}列）`;
  // 评定项目(权重): a column of names promising weights in its labels, not a column of weights.
  if (/[(（](权重|占比|比重|权数)[)）]$/.test(col[1]))
    return { found, todo: '但各项名称中没有写出权重：请在各项名称后写明权重（如“工作实绩（40%）”），或加一列“权重”后再填写' };
  return { found, todo: '但没有读出各项的权重：请在该列填写各项权重（如40%或0.4），权重合计100%后再填写' };
}

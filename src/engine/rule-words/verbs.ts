/**
 * The verbs that put points on a clause, with the kind each gives. 得/记/计 N分 are not among them: they state an
 * item's value or a graded result (有1次得1分, 记3分), never points added on top (SCORING.md §3).
 * `gap`: words may stand between this verb and its number (扣责任单位10分, 扣减年度考核得分5分).
 * A new verb is a new row; its example is read by test/engine/rule-words.test.ts.
 */
export interface VerbRow {
  word: string;
  kind: 'deduct' | 'bonus';
  gap?: boolean;
  example: string;
}

export const VERBS: readonly VerbRow[] = [
  { word: '扣除', kind: 'deduct', gap: true, example: '未建立台账的扣除2分' },
  { word: '扣减', kind: 'deduct', gap: true, example: '扣减年度考核得分5分' },
  { word: '扣罚', kind: 'deduct', gap: true, example: '迟报的扣罚1分' },
  { word: '扣', kind: 'deduct', gap: true, example: '扣责任单位10分' },
  { word: '减去', kind: 'deduct', example: '未完成的减去2分' },
  { word: '减掉', kind: 'deduct', example: '未完成的减掉2分' },
  { word: '倒扣', kind: 'deduct', example: '发生事故的倒扣5分' },
  { word: '减', kind: 'deduct', example: '未完成的减2分' },
  { word: '降', kind: 'deduct', example: '不按进度的每项降0.2分' },
  { word: '奖励', kind: 'bonus', example: '获省级表彰的奖励2分' },
  { word: '奖', kind: 'bonus', example: '被省级采用的奖1分' },
  { word: '加计', kind: 'bonus', example: '被评为先进的加计3分' },
  { word: '另加', kind: 'bonus', example: '经验被推广的另加1分' },
  { word: '加', kind: 'bonus', example: '区级每篇加10分' },
];

/** A verb's kind: 扣 减 and a minus sign deduct; everything else adds. */
export function kindOfVerb(verb: string): 'deduct' | 'bonus' {
  const row = VERBS.find((v) => v.word === verb);
  if (row) return row.kind;
  return verb.startsWith('扣') || verb.startsWith('减') || verb === '-' ? 'deduct' : 'bonus';
}

/** Longest first, so 扣除 wins over 扣. */
const byLength = (a: VerbRow, b: VerbRow) => b.word.length - a.word.length;
export const VERB_SOURCE = [...VERBS].sort(byLength).map((v) => v.word).join('|');
export const GAP_VERB_SOURCE = [...VERBS].filter((v) => v.gap).sort(byLength).map((v) => v.word).join('|');

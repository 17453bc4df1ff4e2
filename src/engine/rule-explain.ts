import type { GrammarRule } from './rules';
import { describeRule, readRule } from './rules';
import { TOKEN_NAMES, tokenize, type Token } from './rule-tokens';

/**
 * `kaohe rules --explain`: the tokens a text was read into, and for each clause the grammar rule that built it, so
 * a user sees why a text was read as it was and a developer sees which rule or table row to change.
 */
export const GRAMMAR_RULE_NAMES: Record<GrammarRule, string> = {
  range: '区间：扣1-3分，由考核人在范围内判断',
  'before-verb': '分值在动词前：按每次0.5分扣减 · 按0.2分/次扣分',
  'range-per': '逐个区间：每处1-2分',
  'manual-upto': '酌情扣至N分：范围0至N分',
  zero: '不得分用语（rule-words/phrases.ts 的 ZERO_WORDS）',
  veto: '否决用语（rule-words/phrases.ts 的 VETO_WORDS）',
  manual: '酌情用语（rule-words/phrases.ts 的 MANUAL_WORDS）',
  amount: '动词+分值：扣2分 · 加计3分 · 扣责任单位10分',
  levels: '档次：分别扣5分、10分 · 扣1、3、5分 · 负全责扣15分、主责10分',
  signed: '带符号的分值：+5分 / -2分',
  verbless: '省略动词的逐个分值：一条40分（动词承前后条款）',
  continuation: '续列分值：……一条30分，法制类20分（承前一条款）',
  'named-levels': '按级别的档次：国家级加10分，省级加8分',
  'judged-range': '酌情+区间：视情节扣分，扣1-2分',
  'zero-or-manual': '二选一：不得分或酌情扣分（由考核人判断）',
};

export interface RuleExplanation {
  tokens: Token[];
  clauses: { text: string; builtBy: GrammarRule; rule: string }[];
  reading: string;
}

export function explainRule(text: string): RuleExplanation {
  const { rule, builtBy } = readRule(text);
  return {
    tokens: tokenize(text),
    clauses: rule.clauses.map((c, i) => ({ text: c.text, builtBy: builtBy[i], rule: GRAMMAR_RULE_NAMES[builtBy[i]] })),
    reading: describeRule(rule),
  };
}

/** The explanation as lines of Chinese text. */
export function explanationLines(e: RuleExplanation): string[] {
  const tokens = e.tokens.map((t) => `${t.text}〔${TOKEN_NAMES[t.kind]}〕`).join(' ');
  const lines = [`词元：${tokens}`];
  if (e.clauses.length === 0) lines.push('条款：无（这段文字没有可计算的条款）');
  e.clauses.forEach((c, i) => lines.push(`条款${i + 1}「${c.text}」 ← ${c.rule}`));
  lines.push(`读作：${e.reading}`);
  return lines;
}

import { NUM } from './rule-patterns';
import { flatten } from './rule-text';
import { CAP_WORDS } from './rule-words/caps';
import { CLOSING_WORDS, MANUAL_WORDS, VETO_WORDS, ZERO_WORDS, sourceOf } from './rule-words/phrases';
import { UNIT_SOURCE } from './rule-words/units';
import { VERB_SOURCE } from './rule-words/verbs';

/**
 * The words of a 评分标准 text as the reader sees them (after flattening: half-width, no spaces, no invisible
 * characters): amounts, 分, units, verbs, cap phrases, zero/veto/manual phrases, range joiners, condition words and
 * separators, with the plain text between them. `kaohe rules --explain` prints them so a user or a developer sees
 * what the grammar (rules.ts) had to work with. One pass, linear in the text's length.
 */
export type TokenKind =
  | 'cap' | 'zero' | 'veto' | 'manual' | 'closing' | 'verb' | 'number' | 'fen' | 'unit' | 'to' | 'condition'
  | 'separator' | 'text';

export interface Token {
  kind: TokenKind;
  text: string;
}

/** What each kind is called when shown to a user. */
export const TOKEN_NAMES: Record<TokenKind, string> = {
  cap: '上限', zero: '不得分', veto: '否决', manual: '酌情', closing: '总括语', verb: '动词', number: '数', fen: '分',
  unit: '单位', to: '区间', condition: '条件词', separator: '分隔', text: '文字',
};

const plain = (source: string) => source.replace(/\((?!\?)/g, '(?:');

/** Tried in this order at each position: phrases before the single words they contain. */
const ALTERNATIVES: [TokenKind, string][] = [
  ['cap', CAP_WORDS.map((r) => plain(r.pattern).replace('(?:N)', NUM)).join('|')],
  ['closing', plain(sourceOf(CLOSING_WORDS))],
  ['zero', plain(sourceOf(ZERO_WORDS))],
  ['veto', plain(sourceOf(VETO_WORDS))],
  ['manual', plain(sourceOf(MANUAL_WORDS))],
  ['verb', VERB_SOURCE],
  ['number', NUM],
  ['fen', '分(?![值钟])'],
  ['unit', UNIT_SOURCE],
  ['to', '[-~～—–至到](?=\\d|[一二三四五六七八九十])'],
  ['condition', '分别|各|均|每|按|未|不|没有|发现|凡|如|的|或者|或|以上|以下'],
  ['separator', '[;。,、:!?]|\\(\\d{1,2}\\)|[①-⑳]'],
];

const STICKY = new RegExp(ALTERNATIVES.map(([kind, source]) => `(?<${kind}>${source})`).join('|'), 'y');

export function tokenize(text: string): Token[] {
  const s = flatten(text).s;
  const out: Token[] = [];
  let pending = '';
  for (let i = 0; i < s.length;) {
    STICKY.lastIndex = i;
    const m = STICKY.exec(s);
    if (m === null || m[0] === '') {
      pending += s[i];
      i++;
      continue;
    }
    if (pending !== '') out.push({ kind: 'text', text: pending });
    pending = '';
    const kind = ALTERNATIVES.find(([k]) => m.groups?.[k] !== undefined)?.[0] ?? 'text';
    out.push({ kind, text: m[0] });
    i += m[0].length;
  }
  if (pending !== '') out.push({ kind: 'text', text: pending });
  return out;
}

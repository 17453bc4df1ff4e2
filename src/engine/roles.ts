import { compact, toHalfWidth } from './numbers';

/** The column roles of a score sheet (SCORING.md §1) and the header texts users give them. */
export type Role =
  | 'section' | 'index' | 'content' | 'criteria' | 'base' | 'basis' | 'method'
  | 'count' | 'deduction' | 'bonus' | 'self' | 'score';

export const ROLE_SYNONYMS: Record<Role, readonly string[]> = {
  section: ['项目', '考核项目', '类别', '一级指标', '考核指标', '考核类别', '项目名称', '具体项目', '考评项目'],
  index: ['序号', '编号'],
  content: ['考核内容', '考核内容及要求', '考核重点', '考核要点', '责任内容', '工作任务', '指标内容', '二级指标', '三级指标', '工作内容', '检查项目', '评定项目', '检查内容', '基本要求', '考核细则', '工作要求', '考评内容'],
  criteria: ['评分标准', '评分细则', '评分办法', '计分标准', '考核标准', '扣分因素', '扣分标准', '评分依据', '计分办法', '检查标准', '考评标准', '扣分细则', '评分说明',
    '评分内容及标准', '评分内容', '考核内容及评分标准', '考核内容及标准', '检查内容及评分标准', '评分内容与标准', '评分标准及细则'],
  base: ['基础分', '分值', '标准分', '目标分值', '基本分', '满分', '应得分', '各项分值', '基础分值', '标准分值', '考核分值', '应得分数', '配分', '标准分数', '分数值'],
  basis: ['扣分依据', '扣分根据', '扣分原因', '扣分理由', '考评记载', '考核记载', '扣分说明', '扣分点', '存在问题', '扣分事由', '加分扣分说明', '加减分说明', '得分说明', '备注'],
  method: ['考核方式', '考核方法', '考评办法', '考核办法', '检查方法', '评分方法', '检查方式'],
  count: ['次数', '扣分次数', '问题数', '数量'],
  deduction: ['扣分', '扣分值', '减分', '扣除分', '扣减分', '扣减分数', '扣分情况', '扣分数'],
  bonus: ['加分', '奖分'],
  self: ['自评分', '自评得分', '自查得分', '自评', '自查评分', '单位自评', '自查分', '自评分数'],
  score: ['得分', '实得分', '考核得分', '核定得分', '评分', '最后得分', '实际得分', '实得分数', '考评得分', '核准分', '评定得分', '检查得分', '考核组评分', '考核评分', '审核得分', '复核得分', '打分', '考核打分', '评委打分'],
};

/**
 * Header text as compared: no spaces or line breaks, half-width, no trailing unit such as (分), and no bracketed
 * aside at the end (得分（满分100分）, 评分标准（扣分标准）): the role is read from the core word before it.
 */
export function normalizeHeader(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/g, '')
    .replace(/[(（【\[][^)）】\]]*[)）】\]]$/, '')
    .replace(/[:：]$/, '');
}

/** A filled-in line such as 得分：___分 or 考核得分：85分 names a value, not a column. */
const FORM_LINE = /[:：].+|_{2,}|＿{2,}/;

const BY_LENGTH: [string, Role][] = (Object.entries(ROLE_SYNONYMS) as [Role, readonly string[]][])
  .flatMap(([role, words]) => words.map((w) => [w, role] as [string, Role]))
  .sort((a, b) => b[0].length - a[0].length);

const EXACT = new Map<string, Role>(BY_LENGTH);

/**
 * The role a header cell names, or null. Longer synonyms win, so 扣分依据 is never read as 扣分. A core word the
 * tool does not know gives way to its bracketed aside: 完成情况(扣分) is a 扣分 column.
 */
export function roleOf(text: string): Role | null {
  if (FORM_LINE.test(compact(text))) return null;
  const t = normalizeHeader(text);
  if (t === '' || t.length > 12) return null;
  const core = coreRole(t);
  if (core) return core;
  const aside = /[(（【\[]([^)）】\]]+)[)）】\]]$/.exec(toHalfWidth(text).replace(/\s+/g, ''));
  return aside ? coreRole(normalizeHeader(aside[1])) : null;
}

/** Words that make a header about text, whatever number word it also holds: 评分内容, 考核要求, 评分细则. */
const TEXT_WORDS = /内容|细则|要求|评分标准|考核标准|及标准/;

function coreRole(t: string): Role | null {
  if (t === '') return null;
  const exact = EXACT.get(t);
  if (exact) return exact;
  for (const [word, role] of BY_LENGTH) {
    if (word.length < 2 || !t.includes(word)) continue;
    // 评分 inside 评分内容及标准 is not the score: a text word beside a number word makes the column criteria.
    if (NUMBER_ROLES.has(role) && TEXT_WORDS.test(t)) return /内容/.test(t) && !/标准|细则/.test(t) ? 'content' : 'criteria';
    return role;
  }
  return null;
}

/** Roles whose column holds numbers (or blanks, 不得分, 「3分」) on item rows; the others hold text. */
export const NUMBER_ROLES: ReadonlySet<Role> = new Set<Role>(['base', 'count', 'deduction', 'bonus', 'self', 'score']);

/** Each role's name as people say it: the first header word of SCORING.md §1's table. */
export const ROLE_NAMES: Record<Role, string> = {
  section: '项目', index: '序号', content: '考核内容', criteria: '评分标准', base: '基础分', basis: '扣分依据',
  method: '考核方式', count: '次数', deduction: '扣分', bonus: '加分', self: '自评分', score: '得分',
};

/** A role from the name a person gives it (得分, 分值, 扣分 …: any header word the tool knows), or null. */
export function roleNamed(name: string): Role | null {
  const t = normalizeHeader(name);
  for (const [role, label] of Object.entries(ROLE_NAMES) as [Role, string][]) if (label === t) return role;
  return EXACT.get(t) ?? null;
}

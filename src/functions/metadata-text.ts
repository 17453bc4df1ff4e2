/**
 * What Excel shows of each KH.* function — its description and its arguments' names and help — in Chinese and in
 * English. Microsoft's "Naming and localization for custom functions" page says metadata generated from JSDoc cannot
 * be localized: Excel reads one functions.json per language. So the shape of each function (its id, its arguments,
 * their types, which are optional or repeating) still comes from the implementations' signatures in functions.ts,
 * through custom-functions-metadata, and only the words come from here. `localizeMetadata` joins the two, and refuses
 * a function or argument this table does not name, or names that the signatures do not have, so the two cannot
 * drift apart. The function names stay KH.*: Excel localizes `name`, but a formula written in one language must
 * still work in the other.
 */
export type Locale = 'zh-CN' | 'en-US';

interface Words {
  description: string;
  /** In the signatures' order: [shown name, help]. */
  params: [string, string][];
}

export const FUNCTION_TEXT: Record<string, Record<Locale, Words>> = {
  CAPDEDUCT: {
    'zh-CN': {
      description: '扣分封顶后的得分：基础分减去扣分合计，扣分不超过上限，也不超过基础分。空白忽略，“不得分”“全扣”扣完基础分。',
      params: [
        ['基础分', '该项的基础分（分值）'],
        ['扣分', '扣分，可为一个单元格或一个区域'],
        ['扣分上限', '可省略；如“扣分不超过2分”填2'],
      ],
    },
    'en-US': {
      description: 'Score after capped deductions: the base minus the deductions, never more than the cap nor the base. Blanks are ignored; 不得分 or 全扣 takes the whole base.',
      params: [
        ['base', "The item's base points"],
        ['deductions', 'Deductions: a cell or a range'],
        ['cap', 'Optional: the most that may be deducted'],
      ],
    },
  },
  TIER: {
    'zh-CN': {
      description: '按分档评定等次：默认按满分100的90、80、60分为优秀、良好、合格、不合格。',
      params: [
        ['总分', '要评定等次的总分'],
        ['分档', '可省略；分数线区域（如90,80,60），或说明文字（如“90分以上为一类，80分—90分为二类，80分以下为三类”）'],
        ['等次名称', '可省略；等次名称区域，比分数线多一个（如优秀,良好,合格,不合格）'],
      ],
    },
    'en-US': {
      description: 'Grade a total: by default 90, 80 and 60 of 100 give 优秀, 良好, 合格, and below is 不合格.',
      params: [
        ['score', 'The total to grade'],
        ['bands', 'Optional: thresholds (a range such as 90,80,60) or the sheet\'s own wording of its bands'],
        ['labels', 'Optional: the grade names, one more than the thresholds'],
      ],
    },
  },
  DEDUCT: {
    'zh-CN': {
      description: '按评分标准计算扣分，如“每少一篇扣2分”乘以次数；“酌情扣分”需人工判断，返回 #N/A。',
      params: [
        ['评分标准', '评分标准文字'],
        ['次数', '发生次数（篇、项、例、人次等）；“每低10%扣2分”这类按步长计的，填低了多少（如25），按整步计'],
        ['基础分', '可省略；“不得分”和扣完为止按它计算'],
      ],
    },
    'en-US': {
      description: 'Deduction by a criteria text, such as 每少一篇扣2分 times the count; a judgement call (酌情扣分) returns #N/A.',
      params: [
        ['rule', 'The criteria text'],
        ['count', 'How many times it happened; for a step rule (每低10%扣2分), how far below (e.g. 25), counted in whole steps'],
        ['base', 'Optional: the item\'s base, for 不得分 and the cap at the base'],
      ],
    },
  },
  BONUS: {
    'zh-CN': {
      description: '加分合计：可列出多个单元格或区域，如 =KH.BONUS(G3,G5,G7)。空白忽略。有加分上限时写 =MIN(3,KH.BONUS(…))。',
      params: [['加分', '加分，一个单元格或一个区域；可继续列出更多']],
    },
    'en-US': {
      description: 'Sum of bonus points over several cells or ranges, e.g. =KH.BONUS(G3,G5,G7). Blanks are ignored. For a cap write =MIN(3,KH.BONUS(…)).',
      params: [['points', 'Bonus points: a cell or a range; more may follow']],
    },
  },
  RANKCN: {
    'zh-CN': {
      description: '中国式排名：同分同名次，后面的名次不跳号（1,1,2）。',
      params: [
        ['分数', '要排名的分数'],
        ['全部分数', '参与排名的全部分数（区域）'],
      ],
    },
    'en-US': {
      description: 'Dense ranking (中国式排名): equal scores share a rank and the next rank follows on (1,1,2).',
      params: [
        ['score', 'The score to rank'],
        ['scores', 'All the scores ranked (a range)'],
      ],
    },
  },
};

interface MetaParam {
  name: string;
  description?: string;
  [key: string]: unknown;
}

interface MetaFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetaParam[];
  [key: string]: unknown;
}

export interface Metadata {
  functions: MetaFunction[];
  [key: string]: unknown;
}

/**
 * The generated metadata in one language. `allowCustomDataForDataTypeAny` is dropped: the generator writes it, but it
 * is a CustomFunctionsRuntime 1.4 feature and the manifest declares 1.3.
 */
export function localizeMetadata(generated: Metadata, locale: Locale): Metadata {
  const { allowCustomDataForDataTypeAny: _dropped, ...rest } = generated;
  const named = new Set(generated.functions.map((f) => f.id));
  const extra = Object.keys(FUNCTION_TEXT).filter((id) => !named.has(id));
  if (extra.length > 0) throw new Error(`metadata-text.ts 写了没有实现的函数：${extra.join('、')}`);
  return { ...rest, functions: generated.functions.map((f) => localizeFunction(f, locale)) };
}

function localizeFunction(f: MetaFunction, locale: Locale): MetaFunction {
  const words = FUNCTION_TEXT[f.id]?.[locale];
  if (!words) throw new Error(`metadata-text.ts 没有 KH.${f.id} 的 ${locale} 说明`);
  if (words.params.length !== f.parameters.length)
    throw new Error(`KH.${f.id} 有 ${f.parameters.length} 个参数，metadata-text.ts 的 ${locale} 写了 ${words.params.length} 个`);
  // The English names are the signatures' own, which pins every row of the table to its argument.
  const renamed = words.params.findIndex(([name], i) => locale === 'en-US' && name !== f.parameters[i].name);
  if (renamed >= 0)
    throw new Error(`KH.${f.id} 的第${renamed + 1}个参数在签名中叫 ${f.parameters[renamed].name}，metadata-text.ts 写的是 ${words.params[renamed][0]}`);
  return {
    ...f,
    description: words.description,
    parameters: f.parameters.map((p, i) => ({ ...p, name: words.params[i][0], description: words.params[i][1] })),
  };
}

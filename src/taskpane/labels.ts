/** Column roles as the pane names them, in the order a score sheet usually has them. */
export const ROLE_LABELS: Record<string, string> = {
  section: '项目',
  index: '序号',
  content: '考核内容',
  criteria: '评分标准',
  base: '基础分',
  basis: '扣分依据',
  method: '考核方式',
  count: '次数',
  deduction: '扣分',
  bonus: '加分',
  self: '自评分',
  score: '得分',
};

/** The button the error area offers when a sheet lacks its 扣分 column. */
export const INSERT_DEDUCTION_LABEL = '插入扣分列';

export const MODE_LABELS = { formulas: '公式', values: '数值', functions: 'KH函数' } as const;

/** How many item rows the pane lists; a 10,000-row sheet is summarised, not drawn. */
export const ITEMS_SHOWN = 200;

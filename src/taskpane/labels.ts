import { ROLE_SYNONYMS, type Role } from '../engine/roles';

/** Column roles as the pane names them: each role's first, most common header text, in the usual column order. */
export const ROLE_LABELS = Object.fromEntries(
  (Object.keys(ROLE_SYNONYMS) as Role[]).map((role) => [role, ROLE_SYNONYMS[role][0]]),
) as Record<Role, string>;

/** The button the error area offers when a sheet lacks its 扣分 column. */
export const INSERT_DEDUCTION_LABEL = '插入扣分列';

/** How many item rows the pane lists; a 10,000-row sheet is summarised, not drawn. */
export const ITEMS_SHOWN = 200;

/** The download links: the report's two documents (after 生成报告, and in file mode) and file mode's scored workbook. */
export const DOWNLOAD_LABELS = {
  xlsx: '下载计分后的工作簿（.xlsx）',
  zip: '下载全部计分后的工作簿（.zip）',
  docx: '下载通报（.docx）',
  html: '下载网页报告（.html）',
} as const;

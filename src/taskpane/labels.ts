import { ROLE_SYNONYMS, type Role } from '../engine/roles';

/** Column roles as the pane names them: each role's first, most common header text, in the usual column order. */
export const ROLE_LABELS = Object.fromEntries(
  (Object.keys(ROLE_SYNONYMS) as Role[]).map((role) => [role, ROLE_SYNONYMS[role][0]]),
) as Record<Role, string>;

/** The button the error area offers when a sheet lacks its 扣分 column. */
export const INSERT_DEDUCTION_LABEL = '插入扣分列';

/** How many item rows the pane lists; a 10,000-row sheet is summarised, not drawn. */
export const ITEMS_SHOWN = 200;

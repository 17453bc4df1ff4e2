import { toHalfWidth } from '../numbers';
import { roleNamed, ROLE_NAMES } from '../roles';
import { colNumber } from '../snapshot';
import type { ColumnChoice } from './layout-types';

/** The word that says a column holds no role at all: 无=F. */
export const NO_ROLE_WORDS = ['无', '不使用', '忽略'] as const;

/**
 * 「得分=H,扣分=G,无=F」: column roles by the role's Chinese name (the header words of SCORING.md §1, or any header
 * word the tool knows) and the column's letter; 无 says a column holds no role. Returns the choices, or the part
 * that cannot be read and why (in Chinese).
 */
export function parseColumnChoices(text: string): { ok: true; value: ColumnChoice[] } | { ok: false; detail: string } {
  const out: ColumnChoice[] = [];
  for (const raw of toHalfWidth(text).split(/[,，;；]/)) {
    const part = raw.trim();
    if (part === '') continue;
    const m = /^(.+?)\s*=\s*([A-Za-z]{1,3})$/.exec(part);
    if (!m) return { ok: false, detail: `“${part}”应写成“列名=列号”，如 得分=H` };
    const name = m[1].trim();
    const col = colNumber(m[2].toUpperCase());
    const none = (NO_ROLE_WORDS as readonly string[]).includes(name);
    const role = none ? null : roleNamed(name);
    if (!none && role === null)
      return { ok: false, detail: `无法识别列名“${name}”，可用：${Object.values(ROLE_NAMES).join('、')}，或“无”表示该列不使用` };
    if (out.some((c) => c.col === col)) return { ok: false, detail: `${m[2].toUpperCase()}列指定了两次` };
    out.push({ col, role });
  }
  if (out.length === 0) return { ok: false, detail: '--columns 后面缺少列的指定，如 得分=H,扣分=G' };
  return { ok: true, value: out };
}

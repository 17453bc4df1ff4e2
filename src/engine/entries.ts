import type { CellValue } from './snapshot';

/**
 * How assessors' entries in 扣分/加分/得分 cells are read. Written formulas read them the same way (formulas.ts), so
 * the numbers the engine reports are the numbers the workbook computes: plain numbers, numeric text with an optional
 * 分 ("2", "1.5分", " 3 "), 不得分/全扣 for the whole base. Anything else is unreadable and counts as nothing.
 */
export type Entry =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  | { kind: 'whole' }
  | { kind: 'unreadable'; raw: string };

export const WHOLE_WORDS = ['不得分', '全扣'] as const;
export const VETO_MARKS = ['是', '√', '✓', '有', '1', 'Y', '否决', '一票否决'] as const;

export function readEntry(v: CellValue): Entry {
  if (v === null) return { kind: 'blank' };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'boolean') return { kind: 'unreadable', raw: String(v) };
  const t = v.trim();
  if (t === '') return { kind: 'blank' };
  if ((WHOLE_WORDS as readonly string[]).includes(t)) return { kind: 'whole' };
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))分?$/.exec(t);
  return m ? { kind: 'number', value: Number(m[1]) } : { kind: 'unreadable', raw: t };
}

export function isVetoMark(v: CellValue): boolean {
  if (v === null) return false;
  const t = String(v).trim().toUpperCase();
  return (VETO_MARKS as readonly string[]).includes(t);
}

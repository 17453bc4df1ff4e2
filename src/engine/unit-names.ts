import { message } from './messages';
import { fail, ok, type Result } from './result';

/**
 * The units a new workbook gets one sheet each for, as the user typed them (--units 甲镇,乙镇 or one per line in
 * the task pane). Each becomes a sheet name exactly as given, so each must be one Excel accepts: 1–31 characters,
 * none of []:*?/\, no quote at either end, not 考核报告 (the ranking sheet) or History (reserved), no two alike
 * (Excel compares sheet names without regard to case).
 */
export const MAX_SHEET_NAME = 31;
/** The one sheet of a workbook made without a unit list. */
export const DEFAULT_UNIT = '评分表';
const RESERVED = ['考核报告', 'history'];

/** 甲镇,乙镇 / 甲镇、乙镇 / one per line; an empty list means the one default sheet. */
export function unitList(raw: string | null): string[] {
  if (raw === null || raw.trim() === '') return [DEFAULT_UNIT];
  return splitUnits(raw);
}

export function splitUnits(raw: string): string[] {
  return raw.split(/[,，、;；\n\r]+/).map((s) => s.trim()).filter((s) => s !== '');
}

export function checkUnitNames(names: readonly string[]): Result<string[]> {
  if (names.length === 0) return fail({ code: 'UNIT_NAME_EMPTY', message: message('UNIT_NAME_EMPTY') });
  const seen = new Set<string>();
  for (const name of names) {
    if (name.trim() === '') return fail({ code: 'UNIT_NAME_EMPTY', message: message('UNIT_NAME_EMPTY') });
    if (name.length > MAX_SHEET_NAME) return fail({ code: 'UNIT_NAME_TOO_LONG', message: message('UNIT_NAME_TOO_LONG', name) });
    if (/[[\]:*?/\\]/.test(name) || /^'|'$/.test(name))
      return fail({ code: 'UNIT_NAME_BAD_CHAR', message: message('UNIT_NAME_BAD_CHAR', name) });
    if (RESERVED.includes(name.toLowerCase())) return fail({ code: 'UNIT_NAME_RESERVED', message: message('UNIT_NAME_RESERVED', name) });
    const key = name.toLowerCase();
    if (seen.has(key)) return fail({ code: 'UNIT_NAME_DUPLICATE', message: message('UNIT_NAME_DUPLICATE', name) });
    seen.add(key);
  }
  return ok([...names]);
}

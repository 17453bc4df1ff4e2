import path from 'node:path';
import { fillSheet } from '../../src/engine/fill';
import type { CellValue } from '../../src/engine/snapshot';
import { unitOf, type ReportUnit } from '../../src/report/unit';
import type { SheetFixture } from '../contract/adapter-contract';
import { sheet } from '../engine/sheets';
import { TIANBA_BASES, TIANBA_RULES } from '../helpers/tianba-rules';
import { writeWorkbook } from '../helpers/workbook';

/**
 * Towns scored on seed 000's 田坝镇 layout (序号 | 考核内容及评分标准 | 分值 | 考核组评分: 扣分 | 得分 | 备注, a 一票否决
 * row, 60 分合格 in the note), here with a 扣分依据 column so every deduction carries its evidence.
 */
const RULES = TIANBA_RULES;
export const BASES = TIANBA_BASES;
export const FULL = 72;

export interface Town {
  name: string;
  /** Per item: the deduction and its 扣分依据. */
  deductions: ([number | string, string] | null)[];
  veto?: boolean;
}

export function townSheet({ name, deductions, veto }: Town): SheetFixture {
  return {
    name,
    cells: [
      [`${name}政法工作考核评分细则`],
      ['序号', '考核内容及评分标准', '分值', '扣分依据', '扣分', '得分'],
      ...RULES.map((r, i) => [i + 1, r, BASES[i], deductions[i]?.[1] ?? null, deductions[i]?.[0] ?? null, null]),
      [6, '发生重大群体性事件的，实行一票否决', null, null, veto ? '是' : null, null],
      ['合计', null, FULL, null, null, null],
      ['考核等次', null, null, null, null, null],
      ['注：60分以上为合格，60分以下为不合格。'],
    ],
    merges: ['A1:F1'],
  };
}

/** Total by hand: the full 72 minus every deduction (none here exceeds its base). */
export function totalOf(t: Town): number {
  return Math.round((FULL - t.deductions.reduce((s, d) => s + (d && typeof d[0] === 'number' ? d[0] : 0), 0)) * 100) / 100;
}

/** A town as the report sees it: its fixture scored by the engine, as the CLI and the add-in do. */
export function townUnit(t: Town, file = '各镇.xlsx'): ReportUnit {
  const fx = townSheet(t);
  const snap = sheet(fx.name, fx.cells as CellValue[][], fx.merges);
  const r = fillSheet(snap, { mode: 'formulas' });
  if (!r.ok) throw new Error(r.error.message);
  return unitOf(t.name, file, snap, r.value.layout, r.value.report, r.value.plan);
}

// 72 − 2 − 5 − 1 = 64; 72 − 2 − 0.3 − 1.7 = 68; 72 − 3 − 5 = 64; 72 (vetoed); 72 − 10 = 62.
// Each 扣分依据 of 甲镇 and 乙镇 starts with a character a spreadsheet would take for a formula.
export const TOWNS: Town[] = [
  { name: '甲镇', deductions: [[2, '=发现种毒1处'], [5, '+到区闹事1次'], null, [1, '-3月未排查'], null] },
  { name: '乙镇', deductions: [[2, '@发现种毒'], null, [0.3, '迟报3次'], [1.7, '未排查'], null] },
  { name: '丙镇', deductions: [null, null, null, [3, '未排查3个月'], [5, '到区上访1人次']] },
  { name: '丁镇', deductions: [null, null, null, null, null], veto: true },
  { name: '戊镇', deductions: [null, [10, '到市闹事1次'], null, null, null] },
];
export const FORMULA_LIKE = ['=发现种毒1处', '+到区闹事1次', '-3月未排查', '@发现种毒'];

/** 各镇.xlsx: one sheet per town, as users keep them. */
export async function writeTowns(dir: string, towns: Town[] = TOWNS): Promise<string> {
  const file = path.join(dir, '各镇.xlsx');
  await writeWorkbook(file, ...towns.map(townSheet));
  return file;
}

import type { CellValue, MergedArea } from '../../src/engine/snapshot';
import { colLetter } from '../../src/engine/snapshot';
import type { FixtureCell } from '../contract/adapter-contract';
import { rangHuLu } from '../engine/sheets';

export const HEADER = ['项目', '序号', '考核内容及要求', '评分标准', '基础分', '扣分依据', '扣分', '得分'];

/** Seed 000 (让胡路区委政法委) as cells to load into the fake workbook: sections merged down, 合计 and 等次 rows. */
export function rangHuLuFixture(deductions: Partial<Record<number, CellValue>> = {}): {
  name: string;
  cells: FixtureCell[][];
  merges: string[];
} {
  const s = rangHuLu(deductions);
  return { name: s.name, cells: s.values, merges: s.merges.map(a1) };
}

function a1(m: MergedArea): string {
  return `${colLetter(m.left)}${m.top}:${colLetter(m.right)}${m.bottom}`;
}

/**
 * A long sheet in seed 000's shape for counting round trips: `items` item rows in sections of 50 (each a merged
 * section cell stating its cap), rules and deductions taken from the seeds, then 合计.
 */
export function longSheet(items: number): { name: string; cells: FixtureCell[][]; merges: string[] } {
  const rules = ['每少一篇扣2分。', '未开展查评工作的不得分；无查评方案的扣1分。', '发现一例扣0.5分，扣完为止。', '迟报一次扣0.1分'];
  const deductions: CellValue[] = [1, '不得分', 0.5, null, '2分', 0.3];
  const cells: FixtureCell[][] = [['让胡路区委政法委政法工作2023年度绩效考核细则', null, null, null, null, null, null, null], HEADER];
  const merges = ['A1:H1'];
  for (let i = 0; i < items; i++) {
    const row = cells.length + 1;
    const first = i % 50 === 0;
    const inSection = Math.min(50, items - i - (i % 50) + (i % 50));
    if (first) merges.push(`A${row}:A${row + Math.min(50, items - i) - 1}`);
    cells.push([
      first ? `第${i / 50 + 1}项工作（${Math.min(50, inSection) * 2}分）` : null,
      (i % 50) + 1,
      '认真开展百案评查工作，有具体方案，有评查组织、结果和通报。',
      rules[i % rules.length],
      2,
      null,
      deductions[i % deductions.length],
      null,
    ]);
  }
  cells.push(['合计', null, null, null, null, null, null, null]);
  return { name: '区委政法委', cells, merges };
}

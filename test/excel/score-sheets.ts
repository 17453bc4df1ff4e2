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

export const HEADER_002 = ['考核项目', '考核内容', '目标分值', '考核方式', '得分'];
const TITLE_002 = '司法所20XX年度目标绩效考核细则';

/**
 * Seed 002 (司法所20XX年度目标绩效考核细则): no 扣分 column, 得分 last; each printed page repeats the title (merged
 * across the table) and the header. Two pages: 司法所建设(15分) with its five items, then three of 人民调解(15)'s.
 */
export function siFaSuoFixture(): { name: string; cells: FixtureCell[][]; merges: string[] } {
  const title = [TITLE_002, null, null, null, null];
  return {
    name: '司法所',
    cells: [
      title,
      HEADER_002,
      ['司法所建设(15分)', '1.深入开展习近平法治思想学习(1分)，扎实开展党史学习教育。(1分)', 2, '查看资料、平时掌握', null],
      [null, '2.深化作风建设、纪律建设，无违反中央八项规定精神及其实施细则等问题，被查处通报的，不得分(1分)。严格执行效能建设制度，被效能暗访通报，本项不得分(1分)。', 2, '查看资料、平时掌握', null],
      [null, '3.坚持正确的政治方向和舆论导向，无负面舆情，发现一例负面舆情不得分。(1分)', 1, '查看资料、平时掌握', null],
      [null, '4.重视宣传信息工作，每月向局人秘科报送各类信息不少于2篇(全年24篇)，采用率不少于50%(全年采用不少于12篇)。(5分，少一篇扣1分)', 5, '日常掌握', null],
      [null, '5.积极参加局机关组织的各项会议、学习、培训及其他集体活动(1分)；司法所经费使用按序时进度，财务报销规范(2分)，每季度支出未达到序时进度的扣0.5分。', '5分', '实地查看、平时掌握', null],
      title,
      HEADER_002,
      ['人民调解(15)', '1.组织机构健全。未建立调解组织发现一例扣1分，未按标准建设发现一例扣1分，扣完为止。', '5.5分', '查看资料、平时掌握', null],
      [null, '2.人员配备到位。按照庐办发(2018)35号文件要求配齐镇(园区)专职人民调解员不少于2人(2分)。缺一名扣1分。', '2分', '实地查看、平时掌握', null],
      [null, '3.经费保障到位。镇(园区)未按要求发放补助的发现一起扣0.5分。', '1.5分', '查看资料、平时掌握', null],
    ],
    merges: ['A1:E1', 'A3:A7', 'A8:E8', 'A10:A12'],
  };
}

import ExcelJS from 'exceljs';

/**
 * Random score sheets for the differential test, from a seed: sections with caps (some below their items' bases),
 * items whose 扣分/次数/加分 cells hold every kind of entry an assessor or a script leaves there, a 加减分 block with a
 * cap, 一票否决/否优 rows, 小计 rows, a 合计 row and a 考核等次 cell. Doubtful cells are stored as Excel, LibreOffice
 * and openpyxl store them: errors as t="e", dates and times as serial numbers with a date format, TRUE/FALSE as
 * t="b", formulas with a saved result, and formulas saved without one (as scripts write them).
 */
export type Rng = () => number;

/** mulberry32: small, fast and the same on every machine. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

type Cell = ExcelJS.CellValue;
interface Entry {
  value: Cell;
  numFmt?: string;
}

const RULES = [
  '未落实的扣2分',
  '每发现一例扣0.5分，最多扣3分',
  '每少一篇扣2分',
  '未开展的不得分；无方案的扣1分',
  '酌情扣分',
  '迟报一次扣0.1分',
  '每低2个百分点扣1分',
  '每超过0.5天扣0.3分',
  '每次扣1分，最多扣2分；未建立制度扣2分',
  '迟报按0.5分/次扣分',
  '不规范的每处1-2分',
];

/** Every kind of entry a 扣分 (or 次数, 加分) cell can hold. */
function entry(r: Rng, base: number, row: number, refCol: string): Entry {
  const n = () => Math.round(r() * (base + 2) * 100) / 100;
  switch (int(r, 0, 22)) {
    case 0: case 1: case 2: case 3: return { value: null };
    case 4: case 5: case 6: return { value: n() };
    case 7: return { value: int(r, 0, 3) };
    case 8: return { value: -int(r, 1, 3) };
    case 9: return { value: pick(r, [` ${n()}分 `, `${n()}`, '2分', '+1', '.5', '3.']) };
    case 10: return { value: pick(r, ['1e1', '1,5', '２', '(1)', '5%', '1分5', '1-2', '2024-1-5', '1.2.3', '三分', '-', '.', '+.', '5-', '+-5', '1月5日', '$5', '1 1/2', '分']) };
    case 11: return { value: pick(r, ['不得分', '全扣', ' 不得分 ']) };
    case 12: return { value: pick(r, ['严重', '无', '是', '-']) };
    case 13: return { value: { error: pick(r, ['#DIV/0!', '#N/A', '#REF!', '#VALUE!']) } as ExcelJS.CellErrorValue };
    case 14: return { value: new Date(Date.UTC(2024, int(r, 0, 11), int(r, 1, 28))), numFmt: 'yyyy-mm-dd' };
    case 15: return { value: new Date(Date.UTC(1899, 11, 30, int(r, 0, 23), 30)), numFmt: 'hh:mm' };
    case 16: return { value: r() < 0.5 };
    case 17: return { value: { formula: `${int(r, 0, 2)}+${int(r, 0, 2)}`, result: undefined } as unknown as ExcelJS.CellFormulaValue };
    case 18: {
      const a = int(r, 0, 3);
      return { value: { formula: `${a}*1`, result: a } as ExcelJS.CellFormulaValue };
    }
    case 19: return { value: { formula: `${refCol}${row}*0+1`, result: undefined } as unknown as ExcelJS.CellFormulaValue };
    case 20: return { value: { formula: 'ABS(-1)', result: undefined } as unknown as ExcelJS.CellFormulaValue };
    case 21: return { value: { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue };
    default: return { value: { formula: '"1.5分"', result: '1.5分' } as ExcelJS.CellFormulaValue };
  }
}

function set(ws: ExcelJS.Worksheet, row: number, col: number, e: Entry | Cell): void {
  const en: Entry = e !== null && typeof e === 'object' && 'value' in (e as object) ? (e as Entry) : { value: e as Cell };
  if (en.value === null || en.value === undefined) return;
  const cell = ws.getCell(row, col);
  cell.value = en.value;
  if (en.numFmt) cell.numFmt = en.numFmt;
}

/** One random score sheet in a new workbook. */
export function randomWorkbook(seed: number): ExcelJS.Workbook {
  const r = rng(seed);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('考核表');
  const withCount = r() < 0.5;
  const withBonus = r() < 0.5;
  const header = ['考核项目', '评分标准', '分值', ...(withCount ? ['次数'] : []), '扣分', ...(withBonus ? ['加分'] : []), '得分'];
  const col = (name: string) => header.indexOf(name) + 1;
  header.forEach((h, i) => set(ws, 1, i + 1, h));
  let row = 2;
  const sections = int(r, 1, 3);
  for (let s = 0; s < sections; s++) {
    const n = int(r, 1, 6);
    const bases = Array.from({ length: n }, () => pick(r, [2, 3, 5, 10]));
    const sum = bases.reduce((a, b) => a + b, 0);
    const cap = r() < 0.3 ? Math.max(1, sum - int(r, 1, 4)) : sum;
    const top = row;
    // Merged cells: a 得分 cell over the section's first two items, or a 基础分 over two rows of one item.
    const mergeScores = n >= 2 && r() < 0.25;
    const tallItem = !mergeScores && r() < 0.2 ? int(r, 0, n - 1) : -1;
    for (let i = 0; i < n; i++) {
      if (i === 0) set(ws, row, 1, `第${s + 1}项工作（${cap}分）`);
      set(ws, row, 2, pick(r, RULES));
      set(ws, row, 3, r() < 0.1 ? `${bases[i]}分` : bases[i]);
      set(ws, row, col('扣分'), entry(r, bases[i], row, 'C'));
      if (withCount && r() < 0.4) set(ws, row, col('次数'), entry(r, 3, row, 'C'));
      if (withBonus && r() < 0.3) set(ws, row, col('加分'), entry(r, 2, row, 'C'));
      row++;
      if (i === tallItem) {
        set(ws, row, 2, pick(r, RULES));
        set(ws, row, col('扣分'), entry(r, bases[i], row, 'C'));
        ws.mergeCells(row - 1, 3, row, 3);
        ws.mergeCells(row - 1, col('得分'), row, col('得分'));
        row++;
      }
    }
    if (mergeScores) ws.mergeCells(top, col('得分'), top + 1, col('得分'));
    if (n > 1 || tallItem >= 0) ws.mergeCells(top, 1, row - 1, 1);
    if (r() < 0.4) {
      set(ws, row, 1, '小计');
      row++;
    }
  }
  if (r() < 0.7) {
    const entryCol = withBonus ? col('加分') : col('得分');
    set(ws, row, 1, `加减分（累计不超过${int(r, 2, 5)}分）`);
    set(ws, row, 2, '受到市级表彰的加2分');
    set(ws, row, entryCol, entry(r, 3, row, 'C'));
    row++;
    set(ws, row, 2, '被通报批评的每次扣1分');
    set(ws, row, col('扣分'), entry(r, 3, row, 'C'));
    row++;
  }
  const vetoes = int(r, 0, 2);
  for (let v = 0; v < vetoes; v++) {
    set(ws, row, 1, v === 0 ? '否决事项' : null);
    set(ws, row, 2, v === 1 && r() < 0.5 ? '发生较大安全事故的，实行一票否优' : '发生进京非正常上访的，实行一票否决');
    const mark = pick<Cell | Entry>(r, [null, null, '是', '√', ' y ', 1, '否', true, { value: { error: '#N/A' } as ExcelJS.CellErrorValue }]);
    set(ws, row, col('扣分'), mark);
    row++;
  }
  set(ws, row, 1, '合计');
  row++;
  set(ws, row, 1, '考核等次');
  return wb;
}

/**
 * The one contract every adapter (exceljs ⇄ .xlsx, Office.js ⇄ Excel) keeps, run against each of them through a
 * small harness. The engine relies on exactly these promises and on nothing else an adapter does.
 *
 *   describeAdapterContract('xlsx', () => makeXlsxHarness());
 */
import type { CellValue, SheetSnapshot } from '../../src/engine/snapshot';
import { formulaAt, valueAt } from '../../src/engine/snapshot';
import type { PlannedCell, WritePlan } from '../../src/engine/write-plan';
import type { SheetReport } from '../../src/engine/sheet-report';
import { recordCells, recordFromCells } from '../../src/engine/fill-record-sheet';

/** A cell to load: a plain value, or a formula (with its leading '=') and the result a spreadsheet cached for it. */
export type FixtureCell = CellValue | { formula: string; value: CellValue };

export interface SheetFixture {
  /** Worksheet name; harnesses that cannot name their sheet may ignore it (tests read the name from the snapshot). */
  name: string;
  /** Row-major from A1; cells[r - 1][c - 1] is row r, column c. */
  cells: FixtureCell[][];
  /** A1 ranges such as "A3:A7". */
  merges?: string[];
}

export interface CellReading {
  value: CellValue;
  /** With its leading '=', or null. */
  formula: string | null;
  /** The cell's number format; undefined where the host cannot tell. */
  numFmt?: string;
}

export interface AdapterHarness {
  /** Puts the fixture into a fresh worksheet (replacing anything loaded before). */
  load(sheet: SheetFixture): Promise<void>;
  /** The adapter's snapshot of that worksheet. */
  snapshot(): Promise<SheetSnapshot>;
  /** The adapter applies the plan to that worksheet. */
  apply(plan: WritePlan): Promise<void>;
  /** What the host now holds in one cell (1-based), read the host's own way, not through the adapter's snapshot. */
  cell(row: number, col: number): Promise<CellReading>;
  /** Saves and reopens the workbook where the host has files, to prove what a plan wrote survives saving. */
  reload?(): Promise<void>;
  /** 填写得分 through the adapter's own fill use case, fill record and all; the sheet's report. */
  fill(opts: { mode: 'formulas' | 'values' }): Promise<SheetReport>;
  /** The fill record sheet as the host holds it: its state and column A's texts; null when there is none. */
  recordSheet(): Promise<{ state: 'visible' | 'hidden' | 'veryHidden'; texts: string[] } | null>;
  /** Deletes the fill record sheet, as a user can in LibreOffice, where it is only hidden. */
  dropRecordSheet(): Promise<void>;
}

const TITLE = '让胡路区委政法委政法工作2023年度绩效考核细则';
const SECTION = '执法规范化建设和专项执法检查工作项目10分';
const HEADER = ['项目', '序号', '考核内容及要求', '评分标准', '基础分', '扣分依据', '扣分', '得分'];

/** A slice of seed 000's table: title merged across, header, a section merged down over two items, a total. */
function scoreSheet(name = '区委政法委'): SheetFixture {
  return {
    name,
    cells: [
      [TITLE, null, null, null, null, null, null, null],
      HEADER,
      [SECTION, 1, '认真贯彻落实《关于规范刑事执法若干问题的意见》。', '不按照意见执行的扣2分', 2, '', 1, null],
      [null, 2, '认真开展百案评查工作', '未开展查评工作的不得分；无查评方案的扣1分', '２分', null, '不得分', null],
      ['合计', null, null, null, { formula: '=SUM(E3:E4)', value: 2 }, null, null, null],
    ],
    merges: ['A1:H1', 'A3:A4'],
  };
}

async function loaded(makeAdapter: () => AdapterHarness, fixture = scoreSheet()) {
  const h = makeAdapter();
  await h.load(fixture);
  return h;
}

async function afterApply(h: AdapterHarness, cells: PlannedCell[]): Promise<void> {
  const sheet = (await h.snapshot()).name;
  await h.apply({ sheet, cells });
  if (h.reload) await h.reload();
}

export function describeAdapterContract(name: string, makeAdapter: () => AdapterHarness): void {
  describe(`适配器约定：${name}`, () => {
    describe('读取快照', () => {
      test('单元格按工作表的行号列号（从1开始）放入快照', async () => {
        const s = await (await loaded(makeAdapter)).snapshot();
        expect(s.name).toBe('区委政法委');
        expect(valueAt(s, 1, 1)).toBe(TITLE);
        expect(s.values[1]).toEqual(HEADER);
        expect(valueAt(s, 3, 2)).toBe(1);
        expect(valueAt(s, 3, 4)).toBe('不按照意见执行的扣2分');
        expect(valueAt(s, 5, 1)).toBe('合计');
      });

      test('数字仍是数字，文字仍是文字（“２分”“不得分”不被改写）', async () => {
        const s = await (await loaded(makeAdapter)).snapshot();
        expect(valueAt(s, 3, 5)).toBe(2);
        expect(typeof valueAt(s, 3, 5)).toBe('number');
        expect(valueAt(s, 4, 5)).toBe('２分');
        expect(valueAt(s, 4, 7)).toBe('不得分');
        expect(valueAt(s, 3, 7)).toBe(1);
      });

      test('空单元格和空文字都读作 null', async () => {
        const s = await (await loaded(makeAdapter)).snapshot();
        expect(valueAt(s, 3, 8)).toBeNull();
        expect(valueAt(s, 3, 6)).toBeNull();
        expect(valueAt(s, 40, 40)).toBeNull();
      });

      test('公式单元格：快照的公式带“=”，值为缓存的计算结果；其他单元格没有公式', async () => {
        const s = await (await loaded(makeAdapter)).snapshot();
        expect(formulaAt(s, 5, 5)).toBe('=SUM(E3:E4)');
        expect(valueAt(s, 5, 5)).toBe(2);
        expect(formulaAt(s, 3, 5)).toBeNull();
        expect(formulaAt(s, 5, 1)).toBeNull();
      });

      test('合并单元格按1起的行列读出，值只在左上角单元格', async () => {
        const s = await (await loaded(makeAdapter)).snapshot();
        const merges = [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left);
        expect(merges).toEqual([
          { top: 1, left: 1, bottom: 1, right: 8 },
          { top: 3, left: 1, bottom: 4, right: 1 },
        ]);
        expect(valueAt(s, 3, 1)).toBe(SECTION);
        expect(valueAt(s, 4, 1)).toBeNull();
        expect(valueAt(s, 1, 8)).toBeNull();
      });
    });

    describe('应用写入计划', () => {
      test('公式连同计算结果一起写入，普通值按值写入', async () => {
        const h = await loaded(makeAdapter);
        await afterApply(h, [
          { row: 3, col: 8, formula: '=MAX(0,E3-MIN(E3,G3))', value: 1, numFmt: '0.##' },
          { row: 4, col: 8, formula: '=MAX(0,2-MIN(2,2))', value: 0 },
          { row: 4, col: 6, value: 0, formula: null },
          { row: 5, col: 8, formula: '=MIN(10,SUM(H3:H4))', value: 1 },
        ]);
        expect(await h.cell(3, 8)).toMatchObject({ formula: '=MAX(0,E3-MIN(E3,G3))', value: 1 });
        expect(await h.cell(4, 8)).toMatchObject({ formula: '=MAX(0,2-MIN(2,2))', value: 0 });
        expect(await h.cell(4, 6)).toMatchObject({ formula: null, value: 0 });
        expect(await h.cell(5, 8)).toMatchObject({ formula: '=MIN(10,SUM(H3:H4))', value: 1 });
        const s = await h.snapshot();
        expect(formulaAt(s, 3, 8)).toBe('=MAX(0,E3-MIN(E3,G3))');
        expect(valueAt(s, 3, 8)).toBe(1);
      });

      test('公式的结果可以是文字（等次）', async () => {
        const h = await loaded(makeAdapter);
        await afterApply(h, [{ row: 6, col: 8, formula: '=IF(H5>=90,"优秀",IF(H5>=60,"合格","不合格"))', value: '不合格' }]);
        expect(await h.cell(6, 8)).toMatchObject({
          formula: '=IF(H5>=90,"优秀",IF(H5>=60,"合格","不合格"))',
          value: '不合格',
        });
      });

      test('计划中的数字格式写入单元格', async () => {
        const h = await loaded(makeAdapter);
        await afterApply(h, [{ row: 3, col: 8, formula: null, value: 1.5, numFmt: '0.##' }]);
        expect(await h.cell(3, 8)).toEqual({ value: 1.5, formula: null, numFmt: '0.##' });
      });

      test.each(['=1+1', '+5', '-2', '@SUM(A1)', '=不得分'])('以 =、+、-、@ 开头的文字“%s”按文字写入，不成为公式', async (text) => {
        const h = await loaded(makeAdapter);
        await afterApply(h, [{ row: 3, col: 6, formula: null, value: text }]);
        expect(await h.cell(3, 6)).toMatchObject({ value: text, formula: null });
        const s = await h.snapshot();
        expect(valueAt(s, 3, 6)).toBe(text);
        expect(formulaAt(s, 3, 6)).toBeNull();
      });

      test('值为 null 的计划单元格清空原有数字和公式', async () => {
        const h = await loaded(makeAdapter);
        await afterApply(h, [
          { row: 3, col: 7, formula: null, value: null },
          { row: 5, col: 5, formula: null, value: null },
        ]);
        expect(await h.cell(3, 7)).toMatchObject({ value: null, formula: null });
        expect(await h.cell(5, 5)).toMatchObject({ value: null, formula: null });
        const s = await h.snapshot();
        expect(valueAt(s, 3, 7)).toBeNull();
        expect(formulaAt(s, 5, 5)).toBeNull();
      });

      test('用数值覆盖公式后，单元格不再有公式', async () => {
        const h = await loaded(makeAdapter);
        await afterApply(h, [{ row: 5, col: 5, formula: null, value: 2 }]);
        expect(await h.cell(5, 5)).toMatchObject({ value: 2, formula: null });
      });

      test('计划之外的单元格保持原样', async () => {
        const h = await loaded(makeAdapter);
        const before = await h.snapshot();
        await afterApply(h, [{ row: 3, col: 8, formula: '=MAX(0,E3-MIN(E3,G3))', value: 1 }]);
        const after = await h.snapshot();
        after.values[2][7] = null;
        after.formulas[2][7] = null;
        expect(trim(after)).toEqual(trim(before));
      });

      test('同一计划应用两次与应用一次结果相同', async () => {
        const plan: PlannedCell[] = [
          { row: 3, col: 8, formula: '=MAX(0,E3-MIN(E3,G3))', value: 1, numFmt: '0.##' },
          { row: 4, col: 8, formula: '=MAX(0,2-MIN(2,2))', value: 0, numFmt: '0.##' },
          { row: 5, col: 8, formula: '=MIN(10,SUM(H3:H4))', value: 1 },
          { row: 3, col: 6, formula: null, value: '=说明' },
          { row: 3, col: 7, formula: null, value: null },
        ];
        const once = await loaded(makeAdapter);
        await afterApply(once, plan);
        const twice = await loaded(makeAdapter);
        await afterApply(twice, plan);
        await afterApply(twice, plan);
        expect(trim(await twice.snapshot())).toEqual(trim(await once.snapshot()));
        for (const p of plan) expect(await twice.cell(p.row, p.col)).toEqual(await once.cell(p.row, p.col));
      });
    });

    describe('填写记录（问题15第4项）：两种适配器把它存在同一张深度隐藏的工作表中', () => {
      /** Corrects 扣分 G3 from 1 to 0.5, as a user would, outside any fill. */
      const correct = (h: AdapterHarness) => afterApply(h, [{ row: 3, col: 7, formula: null, value: 0.5 }]);

      test('填写后记录在深度隐藏的工作表「考核评分助手填写记录」A列，文字按同一格式切分，读回就是写过的单元格', async () => {
        const h = await loaded(makeAdapter);
        await h.fill({ mode: 'values' });
        const sheet = await h.recordSheet();
        expect(sheet?.state).toBe('veryHidden');
        const record = recordFromCells(sheet?.texts ?? []);
        if (record === null || record === 'damaged') throw new Error(`记录为 ${record}`);
        expect(sheet?.texts).toEqual(recordCells(record));
        expect(record.sheets.map((x) => x.sheet)).toEqual(['区委政法委']);
        expect(record.sheets[0].written.map((c) => [c.row, c.col, c.value])).toEqual(
          expect.arrayContaining([[3, 8, 1], [4, 8, 0], [5, 8, 1]]),
        );
      });

      test('按数值填写、更正一项扣分后再填：工具写过的得分与合计按新扣分更新，不当作用户填写', async () => {
        const h = await loaded(makeAdapter);
        expect((await h.fill({ mode: 'values' })).total).toBe(1);
        await correct(h);
        const again = await h.fill({ mode: 'values' });
        expect(again.total).toBe(1.5);
        expect(again.warnings.filter((w) => w.code === 'SCORE_CELL_TAKEN')).toEqual([]);
        expect(await h.cell(3, 8)).toMatchObject({ value: 1.5, formula: null });
        expect(await h.cell(5, 8)).toMatchObject({ value: 1.5, formula: null });
      });

      test('记录表被删除后再填：保留的合计是表中的数，报告的总分与表中相同，并有提示', async () => {
        const h = await loaded(makeAdapter);
        await h.fill({ mode: 'values' });
        await h.dropRecordSheet();
        await correct(h);
        const again = await h.fill({ mode: 'values' });
        expect(await h.cell(5, 8)).toMatchObject({ value: 1, formula: null });
        expect(again.total).toBe(1);
        expect(again.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['SCORE_CELL_TAKEN', 'TOTAL_AS_HELD']));
      });
    });
  });
}

/** Snapshots compare equal whatever trailing empties a host pads rows with. */
function trim(s: SheetSnapshot) {
  const rows = (grid: unknown[][]) => {
    const out = grid.map((r) => {
      const a = [...(r ?? [])];
      while (a.length && a[a.length - 1] === null) a.pop();
      return a;
    });
    while (out.length && out[out.length - 1].length === 0) out.pop();
    return out;
  };
  return { name: s.name, values: rows(s.values), formulas: rows(s.formulas), merges: s.merges };
}

import fs from 'node:fs';
import path from 'node:path';
import { fillActiveSheet, recognizeActiveSheet } from '../../src/excel';
import { columnChoice, encodeFillRecord, FILL_RECORD_NAMESPACE } from '../../src/engine/fill-record';
import { kaohe, tmpDir } from '../helpers/cli';
import { writeWorkbook } from '../helpers/workbook';
import { opened } from '../helpers/xlsx';
import type { SheetFixture } from '../contract/adapter-contract';
import { FakeExcel } from './fake-excel';
import { unwrap } from './excel-harness';
import { RECORD_SHEET, recordFromCells } from '../../src/engine/fill-record-sheet';

afterEach(() => FakeExcel.uninstall());

/** 初评 and 复核 each typing a score, as two-stage county checks do: both headers name 得分. */
const SHEET = '考核表';
function twoScores(): SheetFixture {
  return {
    name: SHEET,
    cells: [
      ['序号', '考核内容', '分值', '评分标准', '初评得分', '复核得分', null],
      [1, '建立信访工作责任制', 10, '未建立责任制的扣5分', 8, 7, null], // 初评 8, 复核 7
      [2, '按时办结信访事项', 5, '每超期一件扣1分', 5, 4, null], // 初评 5, 复核 4
      ['合计', null, 15, null, null, null, null], // 初评 13, 复核 11
    ],
  };
}

function excelWith(f: SheetFixture): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet(f.name, f.cells, f.merges ?? []);
  return excel.install();
}

describe('加载项读取并沿用用户指定的列用途（与命令行共用工作簿中的填写记录）', () => {
  test('识别评分表时两列都可能是得分列：识别结果指明两列，并说明按哪一列计分', async () => {
    excelWith(twoScores());
    const r = unwrap(await recognizeActiveSheet());
    expect(r.reading.ambiguities).toEqual([{ role: 'score', roleName: '得分', cols: ['E', 'F'], chosen: 'E' }]);
    expect(r.report.total).toBe(13);
  });

  test('命令行 --columns 得分=F 保存的指定，加载项识别和填写时都按F列', async () => {
    const dir = tmpDir();
    const input = path.join(dir, 'in.xlsx');
    await writeWorkbook(input, twoScores());
    const out = path.join(dir, 'out.xlsx');
    expect((await kaohe('fill', input, '-o', out, '--columns', '得分=F,无=E')).code).toBe(0);
    const record = opened(fs.readFileSync(out)).fillRecord();
    if (record === 'damaged') throw new Error('damaged record');
    const xml = encodeFillRecord(record);

    const excel = excelWith(twoScores());
    excel.parts.push({ id: '{FROM-CLI}', xml, namespaceUri: FILL_RECORD_NAMESPACE });
    const seen = unwrap(await recognizeActiveSheet());
    expect([seen.report.columns.score, seen.report.total]).toEqual(['F', 11]);
    expect(seen.reading.columns.find((c) => c.col === 'F')).toMatchObject({ source: 'user' });
    const filled = await fillActiveSheet();
    expect(filled.ok && [filled.report.columns.score, filled.report.total]).toEqual(['F', 11]);
    expect(excel.read(SHEET, 4, 6).value).toBe(11);
  });

  test('任务窗格选定的列用途随填写存入工作簿，下次填写不再选择也沿用', async () => {
    const excel = excelWith(twoScores());
    const first = await fillActiveSheet({ columns: [{ col: 6, role: 'score' }, { col: 5, role: null }] });
    expect(first.ok && first.report.total).toBe(11);
    const texts: string[] = [];
    for (let row = 1; typeof excel.read(RECORD_SHEET, row, 1).value === 'string'; row++) texts.push(excel.read(RECORD_SHEET, row, 1).value as string);
    const kept = recordFromCells(texts);
    expect(kept !== null && kept !== 'damaged' && columnChoice(kept, SHEET)).toEqual([{ col: 6, role: 'score' }, { col: 5, role: null }]);
    const again = await fillActiveSheet();
    expect(again.ok && [again.report.columns.score, again.report.total]).toEqual(['F', 11]);
  });
});

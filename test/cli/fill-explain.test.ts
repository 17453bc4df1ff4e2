import fs from 'node:fs';
import path from 'node:path';
import type { SheetReport } from '../../src/engine/sheet-report';
import { columnChoice, decodeFillRecord } from '../../src/engine/fill-record';
import { kaohe, tmpDir } from '../helpers/cli';
import { BUILDING_SAFETY_SOURCE, buildingSafety, HYGIENE_SOURCE, hygieneCheck } from '../helpers/misleading-headers';
import type { SheetFixture } from '../contract/adapter-contract';
import { writeWorkbook } from '../helpers/workbook';
import { opened } from '../helpers/xlsx';
import { chuzhouPetition } from '../helpers/public-forms-domains';

async function workbook(...sheets: SheetFixture[]): Promise<{ dir: string; input: string }> {
  const dir = tmpDir();
  const input = path.join(dir, 'in.xlsx');
  await writeWorkbook(input, ...sheets);
  return { dir, input };
}

const sheetOf = (out: string): SheetReport => (JSON.parse(out).sheets as SheetReport[])[0];

/**
 * 初评 and 复核 each typing a score (a two-stage check, as county forms run it): both headers name 得分, so the
 * reading names both and scores the first, until the user says which. Hand-computed: 初评 8+5 = 13, 复核 7+4 = 11.
 */
function twoScores(): SheetFixture {
  return {
    name: '考核表',
    cells: [
      ['序号', '考核内容', '分值', '评分标准', '初评得分', '复核得分'],
      [1, '建立信访工作责任制', 10, '未建立责任制的扣5分', 8, 7],
      [2, '按时办结信访事项', 5, '每超期一件扣1分', 5, 4],
    ],
  };
}

describe('kaohe fill --explain：先打印识别结果，再给出计分结果', () => {
  test(`“完成情况(扣分)”按括号里的“扣分”认作扣分列，逐项列出分值、评分标准读法、填写和得分（${BUILDING_SAFETY_SOURCE}）`, async () => {
    const { dir, input } = await workbook(buildingSafety());
    const r = await kaohe('fill', input, '-o', path.join(dir, 'out.xlsx'), '--explain');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    const at = (s: string) => lines.findIndex((l) => l.includes(s));
    expect(at('工作表“安全目标”的识别结果')).toBeGreaterThan(0);
    expect(lines[at('E列')]).toContain('→ 扣分：表头“完成情况(扣分)”');
    expect(lines[at('F列')]).toContain('→ 得分');
    // 考核细则 is a content word the tool knows: the item's text and its rule come from it.
    expect(lines[at('第8行 |')]).toBe('    第8行 | 对国家有关安全生产法律、法规、方针、安全… | 20分（分值列） | 扣10分；扣10分 | “3分” | 17');
    // The reading comes before the sheet's result line.
    expect(at('  安全目标：按扣分计算，总分 100，满分 120')).toBeGreaterThan(at('第8行 |'));
  });

  test('--json 的每张表带上各列用途及判断依据，识别结果打印在标准错误，标准输出仍是一个 JSON', async () => {
    const { dir, input } = await workbook(buildingSafety());
    const r = await kaohe('fill', input, '-o', path.join(dir, 'out.xlsx'), '--json', '--explain');
    const s = sheetOf(r.out);
    expect(s.columns).toMatchObject({ index: 'A', base: 'C', deduction: 'E', score: 'F' });
    expect(s.columnRoles).toContainEqual({ col: 'E', header: '完成情况(扣分)', role: 'deduction', source: 'word', why: '表头“完成情况(扣分)”' });
    expect(s.items.map((i) => i.score)).toEqual([15, 40, 8, 20, 17]);
    expect([s.total, s.fullMarks]).toEqual([100, 120]);
    expect(r.err).toContain('工作表“安全目标”的识别结果');
  });

  test(`表头“标准”不在列名表中：其内容是各项的文字，按内容认作考核内容，得分照填写汇总（${HYGIENE_SOURCE}）`, async () => {
    const { dir, input } = await workbook(hygieneCheck());
    const r = await kaohe('fill', input, '-o', path.join(dir, 'out.xlsx'), '--json');
    const s = sheetOf(r.out);
    expect(s.kind).toBe('direct');
    expect(s.columnRoles).toContainEqual({ col: 'B', header: '标准', role: 'content', source: 'content', why: '表头“标准”未识别，按内容（文字说明）' });
    expect(s.sections).toMatchObject([{ cap: 100, base: 100, score: 93 }]);
    expect([s.total, s.fullMarks, s.complete]).toEqual([93, 100, true]);
  });
});

describe('kaohe fill --columns：用户指定列的用途，保存在工作簿中，以后再填写时沿用', () => {
  test('两列都可能是得分列时警告并指明两列，不悄悄选一列', async () => {
    const { dir, input } = await workbook(twoScores());
    const r = await kaohe('fill', input, '-o', path.join(dir, 'out.xlsx'), '--json');
    const s = sheetOf(r.out);
    expect(s.ambiguities).toEqual([{ role: 'score', roleName: '得分', cols: ['E', 'F'], chosen: 'E' }]);
    expect(s.warnings.map((w) => w.code)).toContain('ROLE_AMBIGUOUS');
    expect(r.err).toContain('E列、F列都可能是“得分”列，已按E列计分');
    expect(s.total).toBe(13);
  });

  test('--columns 得分=F,无=E 按复核得分计分；指定存入填写记录，再次填写不带 --columns 也按F列', async () => {
    const { dir, input } = await workbook(twoScores());
    const first = path.join(dir, 'first.xlsx');
    const a = await kaohe('fill', input, '-o', first, '--json', '--columns', '得分=F,无=E');
    expect(a.code).toBe(0);
    const s = sheetOf(a.out);
    expect([s.columns.score, s.total]).toEqual(['F', 11]);
    expect(s.ambiguities).toBeUndefined();
    expect(s.columnRoles).toContainEqual(expect.objectContaining({ col: 'F', role: 'score', source: 'user', why: '用户指定' }));
    expect(s.columnRoles).toContainEqual(expect.objectContaining({ col: 'E', role: null, source: 'user' }));
    const record = opened(fs.readFileSync(first)).fillRecord();
    expect(record !== 'damaged' && columnChoice(record, '考核表')).toEqual([{ col: 6, role: 'score' }, { col: 5, role: null }]);

    const b = await kaohe('fill', first, '-o', path.join(dir, 'second.xlsx'), '--json', '--explain');
    expect([sheetOf(b.out).columns.score, sheetOf(b.out).total]).toEqual(['F', 11]);
    expect(b.err).toContain('F列 “复核得分” → 得分：用户指定');
  });

  test('--columns 写错的列名：退出码2，一行说明可用的列名', async () => {
    const { dir, input } = await workbook(twoScores());
    const r = await kaohe('fill', input, '-o', path.join(dir, 'out.xlsx'), '--columns', '成绩=F');
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual([expect.stringContaining('无法识别列名“成绩”，可用：项目、序号')]);
    expect(fs.existsSync(path.join(dir, 'out.xlsx'))).toBe(false);
  });
});

test('填写记录中的列指定可被读回（xml 中每列一项）', () => {
  const xml = '<?xml version="1.0"?><kaohe xmlns="urn:kaohe:fill-record:1"><sheet name="表"><c col="H" role="score"/><c col="F" role=""/></sheet></kaohe>';
  const r = decodeFillRecord(xml);
  expect(r !== null && r !== 'damaged' && columnChoice(r, '表')).toEqual([{ col: 8, role: 'score' }, { col: 6, role: null }]);
});

describe('kaohe fill --explain：分值写在文字里的表', () => {
  test(`滁州市劳动保障信访工作考核自评表（${chuzhouPetition().source}）：各项分值注明“文字中标明”，合并的分值格是分项满分（该行分值），摘要注明默认分档`, async () => {
    const { dir, input } = await workbook(chuzhouPetition().fixture);
    const r = await kaohe('fill', input, '-o', path.join(dir, 'out.xlsx'), '--explain');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^ {4}第3行 信访事项处理 \| 满分30分（该行分值） \| 各项分值合计30 \| 得分20$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {4}第9行 \| .* \| 5分（文字中标明） \| .* \| “3” \| 3$/));
    expect(lines).toContainEqual(expect.stringContaining('总分 36，满分 50，等次 合格（默认分档）'));
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { kaohe, tmpDir } from '../helpers/cli';
import { cfb } from '../helpers/cfb';
import { viaDocxPackage } from '../helpers/rubric-writers';
import type { Block } from '../helpers/rubric-fixtures';

/**
 * `kaohe new` refuses what it cannot read in one line on stderr, exit code 2, and leaves no output file: a .doc,
 * .wps or .pdf (saved as .docx in Word or WPS first), an encrypted or damaged document, a document without a
 * rubric, and a unit list Excel would not accept as sheet names.
 */
const SAVE_AS = '请在 Word 或 WPS 中另存为 .docx';
/** 海南省司法所规范化建设考核评分表 (https://www.doczj.com/doc/579698871.html), its first section. */
const RUBRIC: Block[] = [
  { p: '规范化司法所建设考评评分细则' },
  {
    table: {
      rows: [
        ['内容', '满分', '打分'],
        [{ text: '一、组织机构(1.5分)', colSpan: 3 }],
        ['1、司法所按行政区划单独设置，经县级编制部门批准成立。', '0.5分', ''],
        ['2、司法所为县(市、区)司法局的派出机构，实行双重管理。', '0.5分', ''],
        ['3、司法所应配备2-5人，实行所长负责制。', '0.5分', ''],
      ],
    },
  },
];

let dir: string;
let good: string;
beforeAll(async () => {
  dir = tmpDir();
  good = path.join(dir, '细则.docx');
  fs.writeFileSync(good, await viaDocxPackage(RUBRIC));
});

async function refused(file: string, ...more: string[]): Promise<string> {
  const out = path.join(dir, `${path.basename(file)}.out.xlsx`);
  const r = await kaohe('new', file, '-o', out, ...more);
  expect(r.code).toBe(2);
  expect(r.errLines).toHaveLength(1);
  expect(r.errLines[0]).toMatch(/^错误：/);
  expect(r.out).toBe('');
  expect(fs.existsSync(out)).toBe(false);
  expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  return r.errLines[0];
}

test.each(['细则.doc', '细则.wps', '细则.pdf'])('%s is refused with the advice to save it as .docx', async (name) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, name.endsWith('.pdf') ? '%PDF-1.7\n' : cfb('WordDocument'));
  expect(await refused(file)).toContain(SAVE_AS);
});

test('a PDF or an old .doc renamed to .docx is refused by its content with the same advice', async () => {
  const pdf = path.join(dir, 'pdf-renamed.docx');
  fs.writeFileSync(pdf, '%PDF-1.4\n%âãÏÓ\n');
  expect(await refused(pdf)).toContain(SAVE_AS);
  const doc = path.join(dir, 'doc-renamed.docx');
  fs.writeFileSync(doc, cfb('WordDocument', '1Table'));
  expect(await refused(doc)).toContain(SAVE_AS);
});

test('a workbook given as the rubric is not a Word document', async () => {
  const xlsx = path.join(dir, 'book.docx');
  fs.copyFileSync(path.join(__dirname, '..', '..', 'examples', fs.readdirSync(path.join(__dirname, '..', '..', 'examples')).find((f) => f.endsWith('.xlsx')) as string), xlsx);
  expect(await refused(xlsx)).toContain(SAVE_AS);
});

test('an encrypted document (a CFB container with EncryptionInfo) asks for the password to be removed', async () => {
  const file = path.join(dir, '加密.docx');
  fs.writeFileSync(file, cfb('EncryptionInfo', 'EncryptedPackage'));
  expect(await refused(file)).toContain('设有打开密码');
});

test('a damaged document (cut off while copying) is refused as damaged', async () => {
  const bytes = fs.readFileSync(good);
  const file = path.join(dir, '损坏.docx');
  fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
  expect(await refused(file)).toContain('已损坏');
});

test('a document with no rubric in it says what a rubric looks like', async () => {
  const file = path.join(dir, '通知.docx');
  fs.writeFileSync(file, await viaDocxPackage([{ p: '关于开展年度考核工作的通知' }, { p: '各镇：请于12月底前完成自查。' }]));
  expect(await refused(file)).toContain('没有找到考核细则');
});

test.each([
  ['甲镇,乙镇,甲镇', '重复'],
  ['甲镇,ＡＢ/镇', '不允许的字符'],
  ['甲镇,[乙镇]', '不允许的字符'],
  ['甲镇,一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二', '超过31个字符'],
  ['甲镇,考核报告', '考核报告'],
  [',,', '不能为空'],
])('--units %s is refused: %s', async (units, why) => {
  expect(await refused(good, '--units', units)).toContain(why);
});

test('unit names that differ only in case are the same sheet to Excel', async () => {
  expect(await refused(good, '--units', 'Town,town')).toContain('重复');
});

test('without --json it prints a Chinese summary and names the output', async () => {
  const out = path.join(dir, 'summary.xlsx');
  const r = await kaohe('new', good, '--units', '甲镇、乙镇', '-o', out);
  expect(r.code).toBe(0);
  expect(r.out).toContain('3项，满分1.5分');
  expect(r.out).toContain('一、组织机构(1.5分)：1.5分');
  expect(r.out).toContain(`已写入“${out}”`);
  expect(fs.existsSync(out)).toBe(true);
});

test('the default output is the rubric name as .xlsx beside it, with one sheet', async () => {
  const r = await kaohe('new', good, '--json');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out);
  expect(json.output).toBe(path.join(dir, '细则.xlsx'));
  expect(json.sheets.map((s: { sheet: string }) => s.sheet)).toEqual(['评分表']);
  expect(fs.existsSync(json.output)).toBe(true);
});

test('a title stating stage shares (平时考核占20%，年终考核占80%, as seed 003 does) is not read as a weighted sheet', async () => {
  const file = path.join(dir, '占比.docx');
  fs.writeFileSync(file, await viaDocxPackage([{ p: '规范化司法所建设考评评分细则（平时考核占20%，年终考核占80%）' }, ...RUBRIC.slice(1)]));
  const out = path.join(dir, '占比.xlsx');
  const r = await kaohe('new', file, '-o', out, '--json');
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).sheets[0]).toMatchObject({ items: 3, fullMarks: 1.5 });
});

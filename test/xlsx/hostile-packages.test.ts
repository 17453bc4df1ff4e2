import { strToU8, unzipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { kaohe, tmpDir, type CliRun } from '../helpers/cli';
import { partsOf, seed000Bytes, textPart, withDuplicate, withText, zipOf, offsetsOf, type Parts } from '../helpers/package-mutations';
import { SEED000_EXPECTED } from '../helpers/seed-sheets';

/*
 * Issue 15: packages the reader trusted too much, and inputs whose messages misled. Every case starts from seed 000
 * (让胡路区委政法委政法工作绩效考核细则) as exceljs writes it: 总分 33.5.
 */

let seed: Uint8Array;
let parts: Parts;
beforeAll(async () => {
  seed = await seed000Bytes();
  parts = partsOf(seed);
});

const SHEET = 'xl/worksheets/sheet1.xml';

function fileOf(bytes: Uint8Array, name = '政法委.xlsx'): { dir: string; file: string } {
  const dir = tmpDir();
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return { dir, file };
}

/** Refused: exit 2, nothing on stdout, one line on stderr, no output beside the input. */
function expectRefused(r: CliRun, dir: string): string {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.errLines).toHaveLength(1);
  expect(fs.readdirSync(dir).filter((f) => f.includes('.scored.'))).toEqual([]);
  return r.errLines[0];
}

describe('包内的部件不可轻信（第2项）', () => {
  test('某个部件的内容与它的 CRC-32 不符：一行说明损坏的部件，不计分、不写出', async () => {
    // Stored, so one changed byte changes the sheet's text and nothing else: the zip is otherwise sound.
    const zip = zipOf(parts, true);
    const at = offsetsOf(zip, '<c r="G3"><v>2</v>')[0] + '<c r="G3"><v>'.length;
    zip[at] = '0'.charCodeAt(0);
    const { dir, file } = fileOf(zip);
    const line = expectRefused(await kaohe('fill', file), dir);
    expect(line).toContain('已损坏');
    expect(line).toContain(SHEET);
  });

  test('没有被读取的部件（主题）损坏同样拒绝：不把损坏原样带进输出', async () => {
    const zip = zipOf(parts, true);
    const at = offsetsOf(zip, 'a:clrScheme')[0];
    zip[at] = 'b'.charCodeAt(0);
    const { dir, file } = fileOf(zip);
    expect(expectRefused(await kaohe('fill', file), dir)).toContain('xl/theme/theme1.xml');
  });

  test('同名的部件出现两次：拒绝，说明重复的部件名', async () => {
    const other = strToU8(textPart(parts, SHEET).replace('<c r="G3"><v>2</v>', '<c r="G3"><v>0</v>'));
    const { dir, file } = fileOf(withDuplicate(parts, SHEET, other));
    const line = expectRefused(await kaohe('fill', file), dir);
    expect(line).toContain('两个同名');
    expect(line).toContain(SHEET);
  });

  test('共享字符串序号超出范围：该格按损坏提示，评分未完成，绝不当作空白而报告完成', async () => {
    // F3 (扣分依据) points past the end of the shared string table.
    const bad = withText(parts, SHEET, (x) => x.replace('<c r="F3" t="s"><v>12</v>', '<c r="F3" t="s"><v>99999</v>'));
    const { file } = fileOf(zipOf(bad));
    const r = await kaohe('fill', file, '--json');
    expect(r.code).toBe(0);
    const sheet = JSON.parse(r.out).sheets[0];
    expect(sheet.complete).toBe(false);
    expect(sheet.warnings).toContainEqual(expect.objectContaining({ row: 3, col: 'F', code: 'CELL_DAMAGED' }));
    expect(r.errLines.some((l) => l.includes('F3') && l.includes('已损坏'))).toBe(true);
  });

  test('数值格的 <v> 中是文字：该格按损坏提示，评分未完成', async () => {
    const bad = withText(parts, SHEET, (x) => x.replace('<c r="G3"><v>2</v>', '<c r="G3"><v>二</v>'));
    const { file } = fileOf(zipOf(bad));
    const r = await kaohe('fill', file, '--json');
    expect(r.code).toBe(0);
    const sheet = JSON.parse(r.out).sheets[0];
    expect(sheet.complete).toBe(false);
    expect(sheet.warnings).toContainEqual(expect.objectContaining({ row: 3, col: 'G', code: 'CELL_DAMAGED' }));
  });
});

describe('启用宏的工作簿与模板（第3项）', () => {
  const MACRO = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
  const TEMPLATE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml';
  const VBA = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256);

  function macroWorkbook(type: string): Uint8Array {
    let p = withText(parts, '[Content_Types].xml', (x) =>
      x.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', type)
        .replace('<Default Extension="xml"', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"'));
    if (type === MACRO)
      p = withText({ ...p, 'xl/vbaProject.bin': VBA }, 'xl/_rels/workbook.xml.rels', (x) =>
        x.replace('</Relationships>', '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
    return zipOf(p);
  }

  test('.xlsm 写出为 名称.scored.xlsm：内容类型不变，vbaProject.bin 逐字节相同，总分照算', async () => {
    const { dir, file } = fileOf(macroWorkbook(MACRO), '政法委.xlsm');
    const r = await kaohe('fill', file, '--json');
    expect(r.code).toBe(0);
    const out = path.join(dir, '政法委.scored.xlsm');
    expect(JSON.parse(r.out)).toMatchObject({ output: out, sheets: [{ total: SEED000_EXPECTED.total }] });
    const written = unzipSync(fs.readFileSync(out));
    expect(Buffer.from(written['xl/vbaProject.bin']).equals(Buffer.from(VBA))).toBe(true);
    expect(new TextDecoder().decode(written['[Content_Types].xml'])).toContain(MACRO);
  });

  test('.xlsm 可以用 -o 指定 .xlsm 输出', async () => {
    const { dir, file } = fileOf(macroWorkbook(MACRO), '政法委.xlsm');
    const out = path.join(dir, '结果.xlsm');
    expect((await kaohe('fill', file, '-o', out)).code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
  });

  test('.xlsm 用 -o 指定 .xlsx：扩展名与内容不符，一行拒绝并说明应为 .xlsm', async () => {
    const { dir, file } = fileOf(macroWorkbook(MACRO), '政法委.xlsm');
    const line = expectRefused(await kaohe('fill', file, '-o', path.join(dir, '结果.xlsx')), dir);
    expect(line).toContain('启用宏的工作簿');
    expect(line).toContain('.xlsm');
    expect(fs.readdirSync(dir)).toEqual(['政法委.xlsm']);
  });

  test('.xltx 模板写出为 名称.scored.xltx', async () => {
    const { dir, file } = fileOf(macroWorkbook(TEMPLATE), '模板.xltx');
    expect((await kaohe('fill', file)).code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['模板.scored.xltx', '模板.xltx']);
  });
});

describe('误导的提示（第11、13、14项）', () => {
  test('3 GB 的输入：说明文件过大及上限，不说“找不到文件”', async () => {
    const { dir, file } = fileOf(new Uint8Array(0), '全市.xlsx');
    fs.truncateSync(file, 3 * 1024 ** 3); // sparse: no disk space taken
    const line = expectRefused(await kaohe('fill', file), dir);
    expect(line).toMatch(/有3072 MB，超出本工具能读取的大小（400 MB/);
    expect(line).not.toContain('找不到');
  });

  test('UTF-16 编码的工作表（合法的 XML）照常读取和填写，写回时仍是 UTF-16', async () => {
    const xml = textPart(parts, SHEET).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    const { dir, file } = fileOf(zipOf({ ...parts, [SHEET]: utf16 }));
    const r = await kaohe('fill', file, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).sheets[0]).toMatchObject({ total: SEED000_EXPECTED.total, complete: true });
    const written = unzipSync(fs.readFileSync(path.join(dir, '政法委.scored.xlsx')))[SHEET];
    expect([written[0], written[1]]).toEqual([0xff, 0xfe]);
    const again = await kaohe('fill', path.join(dir, '政法委.scored.xlsx'), '-o', path.join(dir, 'again.xlsx'), '--json');
    expect(JSON.parse(again.out).sheets[0].total).toBe(SEED000_EXPECTED.total);
  });

  test('表头在第60行以下：提示说明只在前60行中查找', async () => {
    const low = withText(parts, SHEET, (x) => x.replace(/<row r="(\d+)"/g, (_m, r) => `<row r="${Number(r) + 70}"`).replace(/ r="([A-H])(\d+)"/g, (_m, c, r) => ` r="${c}${Number(r) + 70}"`));
    const { dir, file } = fileOf(zipOf(low));
    expect(expectRefused(await kaohe('fill', file), dir)).toContain('只在前60行中查找');
  });

  test.each(['xl/workbook.xml', '[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml'])(
    '%s 中的 DTD：按损坏拒绝',
    async (part) => {
      const dtd = withText(parts, part, (x) => x.replace('?>', '?><!DOCTYPE x [<!ENTITY 单位 "区委政法委">]>'));
      const { dir, file } = fileOf(zipOf(dtd));
      expect(expectRefused(await kaohe('fill', file), dir)).toContain('损坏');
    },
  );

  test('本工具的填写记录所在的自定义 XML 部件中有 DTD：按损坏拒绝，不是程序内部错误', async () => {
    const { dir, file } = fileOf(seed);
    expect((await kaohe('fill', file)).code).toBe(0);
    const filled = partsOf(fs.readFileSync(path.join(dir, '政法委.scored.xlsx')));
    const dtd = withText(filled, 'customXml/item1.xml', (x) => `<!DOCTYPE r [<!ENTITY a "b">]>${x}`);
    const again = fileOf(zipOf(dtd));
    expect(expectRefused(await kaohe('fill', again.file), again.dir)).toContain('损坏');
  });

  test.each([
    ['不是工作簿', 'a\nb.xlsx', 'PK not a zip'],
    ['找不到', 'missing\r\nfile.xlsx', null],
  ])('文件名里有换行（%s）：错误仍是一行', async (_what, name, content) => {
    const dir = tmpDir();
    const file = path.join(dir, name);
    if (content !== null) fs.writeFileSync(file, content);
    const r = await kaohe('fill', file);
    expect(r.code).toBe(2);
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toContain(path.basename(name).replace(/\r/g, '\\r').replace(/\n/g, '\\n'));
  });

  test('输入的文件名很长，默认输出名超过255字节：一行说明文件名过长，并建议用 -o', async () => {
    const { dir, file } = fileOf(seed, `${'考'.repeat(82)}.xlsx`);
    const line = expectRefused(await kaohe('fill', file), dir);
    expect(line).toContain('文件名过长');
    expect(line).toContain('-o');
  });
});

describe('很宽很长但只有几个格的工作表（第5项）', () => {
  test('XFD40 和 A1048576 各有一个格：几秒内填写完成，总分不变', async () => {
    const wide = withText(parts, SHEET, (x) =>
      x.replace('<dimension ref="A1:H16"/>', '<dimension ref="A1:XFD1048576"/>')
        .replace('</sheetData>', '<row r="1048576"><c r="A1048576"><v>2</v></c></row></sheetData>')
        .replace(/(<row r="16"[^]*?<\/row>)/, '$1<row r="40"><c r="XFD40"><v>1</v></c></row>'));
    expect(wide[SHEET].length).toBeLessThan(parts[SHEET].length + 200);
    const { file } = fileOf(zipOf(wide));
    const started = Date.now();
    const r = await kaohe('fill', file, '--json');
    expect(Date.now() - started).toBeLessThan(10_000); // 107 s before: every row was read 16,384 cells wide
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).sheets[0].total).toBe(SEED000_EXPECTED.total);
  });
});

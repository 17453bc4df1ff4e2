import fs from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { kaohe, tmpDir } from '../helpers/cli';
import { seed000 } from '../helpers/seed-sheets';
import { writeWorkbook } from '../helpers/workbook';
import { cfb } from '../helpers/cfb';

/** Exit 2, nothing on stdout, one Chinese line on stderr, and the folder holds only the input. */
async function refused(name: string, bytes: Uint8Array | string): Promise<string> {
  const dir = tmpDir();
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const r = await kaohe('fill', file);
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.errLines).toHaveLength(1);
  expect(r.errLines[0]).toMatch(/^错误：“.*”.*[\u4e00-\u9fff]/);
  expect(r.errLines[0]).not.toMatch(/\bat .*\(|Error:/);
  expect(fs.readdirSync(dir)).toEqual([name]);
  return r.errLines[0];
}

async function seedBytes(): Promise<Uint8Array> {
  const file = path.join(tmpDir(), 'seed.xlsx');
  await writeWorkbook(file, seed000());
  return fs.readFileSync(file);
}

/** The zip with one entry's uncompressed size, in its local header and the central directory, set to `size`. */
function claimingSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = Uint8Array.from(zip);
  const view = new DataView(out.buffer);
  const name = strToU8(entry);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    const at = sig === 0x04034b50 ? 30 : sig === 0x02014b50 ? 46 : -1;
    if (at < 0) continue;
    const nameLen = view.getUint16(i + (sig === 0x04034b50 ? 26 : 28), true);
    if (nameLen !== name.length || !name.every((b, k) => out[i + at + k] === b)) continue;
    view.setUint32(i + (sig === 0x04034b50 ? 22 : 24), size, true);
  }
  return out;
}

describe('kaohe fill 拒绝读不了的文件，每种给出自己的原因', () => {
  test('设有打开密码的工作簿：说明有密码，请删除密码后另存', async () => {
    const line = await refused('加密.xlsx', cfb('EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces'));
    expect(line).toContain('密码');
    expect(line).not.toContain('另存为 .xlsx');
  });

  test('改了扩展名的 .xls / .et：说明是旧版格式，请另存为 .xlsx', async () => {
    expect(await refused('旧版.xlsx', cfb('Workbook', '\u0005SummaryInformation'))).toContain('旧版 .xls/.et');
  });

  test('不含工作簿的 zip（如改了扩展名的 .docx）', async () => {
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    expect(await refused('文档.xlsx', docx)).toContain('不是可读取的 Excel 工作簿');
  });

  test('只下载了一半的文件：说明文件不完整', async () => {
    const whole = await seedBytes();
    expect(await refused('半个.xlsx', whole.subarray(0, Math.floor(whole.length / 2)))).toContain('不完整或已损坏');
  });

  test('解压后超过大小上限的工作表（zip 炸弹、1300万个单元格）：一行说明，不耗尽内存', async () => {
    const bomb = claimingSize(await seedBytes(), 'xl/worksheets/sheet1.xml', 3_000_000_000);
    const line = await refused('炸弹.xlsx', bomb);
    expect(line).toContain('xl/worksheets/sheet1.xml');
    expect(line).toContain('超出本工具能处理的大小');
  });

  test('Strict Open XML 工作簿：说明暂不支持，请另存为普通 .xlsx', async () => {
    const strict = zipSync({
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
      'xl/workbook.xml': strToU8('<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"/>'),
    });
    expect(await refused('strict.xlsx', strict)).toContain('Strict Open XML');
  });

  test('没有读取权限的文件：说明没有读取权限', async () => {
    const dir = tmpDir();
    const file = path.join(dir, '无权限.xlsx');
    fs.writeFileSync(file, await seedBytes());
    // Tests may run as root, who reads any file: the file system's refusal is simulated at the one read.
    const read = jest.spyOn(fs, 'readFileSync').mockImplementationOnce(() => {
      throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' });
    });
    const r = await kaohe('fill', file);
    read.mockRestore();
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual([`错误：无法读取“${file}”：没有读取权限，请检查文件权限后再试`]);
    expect(fs.readdirSync(dir)).toEqual(['无权限.xlsx']);
  });
});

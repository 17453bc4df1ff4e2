import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NODE_FILE_OPS } from '../../src/xlsx/atomic-write';
import { readWorkbookFile, writeFileAtomic } from '../../src/xlsx/workbook-file';
import { workbookOf } from '../helpers/workbook';
import { snapshotOf } from '../helpers/xlsx';
import { valueAt } from '../../src/engine/snapshot';

const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-xlsx-'));
const oneSheet = () => workbookOf({ name: '区委政法委', cells: [['项目', '序号', '基础分'], ['执法规范化建设', 1, 2]] });
const bytes = new TextEncoder().encode('PK not really a workbook');

describe('读取工作簿文件', () => {
  test('读出工作表和内容', async () => {
    const file = path.join(tmpDir(), '考核.xlsx');
    await oneSheet().xlsx.writeFile(file);
    const r = readWorkbookFile(file);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.sheetNames()).toEqual(['区委政法委']);
    expect(valueAt(snapshotOf(r.value, '区委政法委'), 2, 3)).toBe(2);
  });

  test('文件不存在：FILE_NOT_FOUND，中文说明里有文件名', () => {
    const r = readWorkbookFile('/no/such/考核表.xlsx');
    expect(r).toEqual({ ok: false, error: { code: 'FILE_NOT_FOUND', message: expect.stringContaining('/no/such/考核表.xlsx') } });
  });

  test.each([
    ['文本文件', '评分标准：每少一篇扣2分', 'a.xlsx'],
    ['CSV', '项目,序号,基础分\n执法,1,2\n', 'a.csv'],
    ['空文件', '', 'empty.xlsx'],
  ])('%s不是工作簿：NOT_A_WORKBOOK', (_what, content, name) => {
    const file = path.join(tmpDir(), name);
    fs.writeFileSync(file, content);
    const r = readWorkbookFile(file);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('NOT_A_WORKBOOK');
      expect(r.error.message).toContain(file);
    }
  });

  test('文件夹不是工作簿', () => {
    const r = readWorkbookFile(tmpDir());
    expect(r.ok || r.error.code).toBe('NOT_A_WORKBOOK');
  });
});

describe('原子写入', () => {
  test('写好后改名到目标位置，目录里不留临时文件', async () => {
    const dir = tmpDir();
    const out = path.join(dir, '考核.scored.xlsx');
    expect(await writeFileAtomic(bytes, out)).toEqual({ ok: true, value: undefined });
    expect(fs.readdirSync(dir)).toEqual(['考核.scored.xlsx']);
    expect(fs.readFileSync(out)).toEqual(Buffer.from(bytes));
  });

  test('写到一半磁盘满：不生成目标文件，临时文件被删除', async () => {
    const dir = tmpDir();
    const out = path.join(dir, 'out.xlsx');
    const r = await writeFileAtomic(bytes, out, {
      ...NODE_FILE_OPS,
      write: async (fd, b, at) => {
        fs.writeSync(fd, b, at, 4);
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    });
    expect(r).toEqual({ ok: false, error: { code: 'WRITE_FAILED', message: `无法写入“${out}”：磁盘空间不足，原有文件（如有）未改动` } });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('程序自身的故障照常抛出，但同样不留下临时文件', async () => {
    const dir = tmpDir();
    const fault = new TypeError('cannot read properties of undefined');
    await expect(
      writeFileAtomic(bytes, path.join(dir, 'out.xlsx'), {
        ...NODE_FILE_OPS,
        write: async (fd, b, at) => {
          fs.writeSync(fd, b, at, 2);
          throw fault;
        },
      }),
    ).rejects.toBe(fault);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('写入失败时，原有的同名文件保持不变', async () => {
    const dir = tmpDir();
    const out = path.join(dir, 'out.xlsx');
    fs.writeFileSync(out, 'the previous result');
    await writeFileAtomic(bytes, out, {
      ...NODE_FILE_OPS,
      write: async (fd, b, at) => {
        fs.writeSync(fd, b, at, 7);
        throw Object.assign(new Error('interrupted'), { code: 'EIO' });
      },
    });
    expect(fs.readFileSync(out, 'utf8')).toBe('the previous result');
    expect(fs.readdirSync(dir)).toEqual(['out.xlsx']);
  });

  test('目标文件夹不存在：WRITE_FAILED，说明文件夹不存在', async () => {
    const out = path.join(tmpDir(), 'missing', 'out.xlsx');
    const r = await writeFileAtomic(bytes, out);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe(`无法写入“${out}”：所在文件夹不存在`);
  });
});

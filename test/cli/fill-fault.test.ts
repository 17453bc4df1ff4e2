import fs from 'node:fs';
import path from 'node:path';
import { kaohe, tmpDir } from '../helpers/cli';
import { seed000 } from '../helpers/seed-sheets';
import { writeWorkbook } from '../helpers/workbook';

// A fault inside the tool itself (here: the engine throwing) must not look like the user's mistake.
jest.mock('../../src/engine/fill', () => ({
  fillSheet: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'row')");
  },
}));

describe('kaohe fill 的程序内部错误', () => {
  test('退出码1，一行中文说明，没有调用栈，不留下输出文件', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'in.xlsx');
    await writeWorkbook(file, seed000());
    const r = await kaohe('fill', file);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.errLines).toEqual(["错误：程序内部错误：Cannot read properties of undefined (reading 'row')"]);
    expect(fs.readdirSync(dir)).toEqual(['in.xlsx']);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/temp-dir';

/*
 * Run only by test/package/temp-dirs.test.ts, in a jest of its own over an empty temporary folder: folders made
 * through the helper, with files and folders inside, in a passing test and in a failing one.
 */
test('测试中建的临时文件夹在测试进行时存在', () => {
  const dir = tempDir('check');
  fs.mkdirSync(path.join(dir, '子文件夹'));
  fs.writeFileSync(path.join(dir, '子文件夹', '评分表.xlsx'), 'x');
  expect(fs.existsSync(dir)).toBe(true);
});

test('失败的测试建的临时文件夹也要删除（此测试有意失败）', () => {
  const dir = tempDir('check');
  fs.writeFileSync(path.join(dir, 'a.tmp'), 'x');
  expect('有意失败').toBe('');
});

import fs from 'node:fs';
import path from 'node:path';
import { PLATFORMS, REQUIRED_SETS, SUPPORTED_EXCEL, platformTable } from '../../src/engine/supported-excel';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** Text files a person reads that could name an Excel version: each must take it from supported-excel.ts. */
function claimFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return claimFiles(rel);
    return /\.(ts|html|md)$/.test(e.name) && rel !== path.join('src', 'engine', 'supported-excel.ts') ? [rel] : [];
  });
}

// A Mac build (16.35, 16.40) or a Windows version number (版本 2108, Version 2311) said of Excel.
const VERSION_CLAIM = /(?:Mac[^。\n]{0,12}16\.\d\d)|(?:版本\s?2[0-9]{3})|(?:Version 2[0-9]{3})/;

describe('支持哪些 Excel：只有 src/engine/supported-excel.ts 一处说了算', () => {
  it('README 的平台表就是 supported-excel.ts 生成的表', () => {
    expect(read('README.md')).toContain(platformTable());
  });

  it('帮助页 help.html 写的是同一句话', () => {
    expect(read('src/taskpane/help.html')).toContain(SUPPORTED_EXCEL);
  });

  it('清单声明的要求集正是 supported-excel.ts 的三个', () => {
    const sets = [...read('manifest.xml').matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(sets.sort()).toEqual(REQUIRED_SETS.map((r) => `${r.name} ${r.version}`).sort());
  });

  it('每个要求集都在 docs/excel-addin.md 中写明核对的页面与日期', () => {
    const doc = read('docs/excel-addin.md');
    for (const r of REQUIRED_SETS) {
      expect(doc).toContain(r.page);
      expect(doc).toContain(r.checked);
    }
  });

  it('Mac 的最低版本取自定义函数运行时 1.3 的 16.40，不是共享运行时的 16.35', () => {
    const mac = PLATFORMS.find((p) => p.name === 'Mac');
    expect(mac?.minimum).toContain('16.40');
    expect(SUPPORTED_EXCEL).toContain('Mac 16.40');
  });

  it('其他源文件和文档不另写版本号（除引用 supported-excel.ts 的表格外）', () => {
    const files = [...claimFiles('src'), ...claimFiles('docs'), 'README.md'];
    const strays = files.filter((f) => {
      const text = read(f).replace(platformTable(), '').split(SUPPORTED_EXCEL).join('');
      return VERSION_CLAIM.test(text);
    });
    expect(strays).toEqual([]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { REQUIRED_SETS } from '../../src/engine/supported-excel';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the rules `npm run validate` runs, in CommonJS.
const rules = require('../../scripts/manifest-rules');

const ROOT = path.resolve(__dirname, '../..');
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const problems = (text: string): string[] => rules.manifestProblems(text, { root: ROOT, required: REQUIRED_SETS });

describe('清单规则（XSD 表达不了的部分，npm run validate 同样检查）', () => {
  it('源清单符合全部规则', () => {
    expect(problems(xml)).toEqual([]);
  });

  it('共享运行时下的 ShowTaskpane 带上 TaskpaneId 时报错', () => {
    const bad = xml.replace('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskpane">\n<TaskpaneId>Kaohe.Taskpane</TaskpaneId>');
    expect(problems(bad)).toEqual(['共享运行时（lifetime="long"）下的 Action 不应有 <TaskpaneId>（Kaohe.Taskpane）']);
  });

  it('按钮只给 16、32、80 三种尺寸时，指出缺少的尺寸', () => {
    const bad = xml.replace(/\s*<bt:Image size="(20|24|40|48|64)" resid="Icon\.Fill\.\1"\/>/g, '');
    expect(problems(bad)).toEqual(['Kaohe.FillSheet 的图标尺寸是 16、32、80，应为 16、20、24、32、40、48、64、80']);
  });

  it('两个按钮共用一个图标时报错', () => {
    const bad = xml.replace(/assets\/report-(\d+)\.png/g, 'assets/fill-$1.png');
    expect(problems(bad).length).toBe(8);
    expect(problems(bad)[0]).toMatch(/^Kaohe\.Report 与 Kaohe\.FillSheet 用了同一个图标/);
  });

  it('声明的要求集与 supported-excel.ts 不一致时报错', () => {
    const bad = xml.replace('<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>', '<Set Name="CustomFunctionsRuntime" MinVersion="1.4"/>');
    expect(problems(bad)).toEqual([
      '清单声明的要求集 CustomFunctionsRuntime 1.4、ExcelApi 1.11、SharedRuntime 1.1 与 supported-excel.ts 的 CustomFunctionsRuntime 1.3、ExcelApi 1.11、SharedRuntime 1.1 不一致',
    ]);
  });

  it('清单引用的图标文件缺失或尺寸不对时报错', () => {
    const bad = xml.replace('assets/fill-24.png', 'assets/fill-32.png');
    expect(problems(bad)).toContain('assets/fill-32.png 不是 24×24 的 PNG');
  });
});

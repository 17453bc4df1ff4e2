import fs from 'node:fs';
import path from 'node:path';
import { readManifestInfo, residIn, resids, resources, urls, validate } from './manifest-checks';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the same rules `npm run validate` runs, in CommonJS.
const { iconProblems, taskpaneIdProblems } = require('../../scripts/manifest-rules');

const ROOT = path.resolve(__dirname, '../..');
const FILE = path.join(ROOT, 'manifest.xml');
const xml = fs.readFileSync(FILE, 'utf8');

describe('源清单 manifest.xml（开发用，指向 https://localhost:3000/）', () => {
  it('通过 Office 加载项清单 XSD 校验（xmllint）', () => {
    expect(() => validate(FILE)).not.toThrow();
  });

  it('是 Excel（Workbook）的任务窗格加载项，默认语言 zh-CN，显示名“考核评分助手”', () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Host Name="Workbook"\/>/);
    expect(xml).toMatch(/<Host xsi:type="Workbook">/);
    expect(xml).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(xml).toContain('<DisplayName DefaultValue="考核评分助手"/>');
    expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
  });

  it('要求 SharedRuntime 1.1、CustomFunctionsRuntime 1.3（CustomFunctions.ErrorCode.invalidValue/notAvailable）和 ExcelApi 1.11', () => {
    expect(xml).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
    expect(xml).toContain('<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>');
    expect(xml).toContain('<Set Name="ExcelApi" MinVersion="1.11"/>');
    // The functions use ErrorCode members that CustomFunctionsRuntime 1.3 introduced.
    const fns = fs.readFileSync(path.join(ROOT, 'src/functions/functions.ts'), 'utf8');
    expect(fns).toMatch(/ErrorCode\.(invalidValue|notAvailable)/);
  });

  it('官方 office-addin-manifest 读得出：图标 32/64，支持网址是加载项自带的帮助页，没有指向自身源的 AppDomain', () => {
    const info = readManifestInfo(FILE);
    expect(info.iconUrl).toBe('https://localhost:3000/assets/icon-32.png');
    expect(info.highResolutionIconUrl).toBe('https://localhost:3000/assets/icon-64.png');
    expect(info.supportUrl).toBe('https://localhost:3000/help.html');
    expect(fs.existsSync(path.join(ROOT, 'src/taskpane/help.html'))).toBe(true);
    expect(info.appDomains ?? []).toEqual([]);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('功能区文字有 en-US 的译文（bt:Override）', () => {
    for (const id of ['Group.Label', 'OpenButton.Label', 'FillButton.Label', 'OpenButton.Tooltip', 'FillButton.Tooltip']) {
      expect(xml).toMatch(new RegExp(`<bt:String id="${id.replace('.', '\\.')}" DefaultValue="[^"]+">\\s*<bt:Override Locale="en-US" Value="[^"]+"/>`));
    }
  });

  it('共享运行时：Runtime、自定义函数 Page 和 FunctionFile 指向同一个 taskpane.html', () => {
    const runtime = /<Runtime resid="([^"]+)" lifetime="long"\/>/.exec(xml)?.[1];
    const functionFile = /<FunctionFile resid="([^"]+)"\/>/.exec(xml)?.[1];
    expect(runtime).toBeDefined();
    expect(residIn(xml, 'Page')).toBe(runtime);
    expect(functionFile).toBe(runtime);
    expect(resources(xml).get(runtime as string)).toBe('https://localhost:3000/taskpane.html');
  });

  it('自定义函数命名空间 KH，元数据 functions.json', () => {
    const res = resources(xml);
    expect(res.get(/<Namespace resid="([^"]+)"/.exec(xml)?.[1] as string)).toBe('KH');
    expect(res.get(residIn(xml, 'Metadata') as string)).toBe('https://localhost:3000/functions.json');
  });

  it('“开始”选项卡上有三个按钮：打开助手（显示任务窗格）、一键填写（执行 fillActiveSheet）和 生成报告（执行 generateReport）', () => {
    const res = resources(xml);
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    const labels = [...xml.matchAll(/<Control xsi:type="Button"[\s\S]*?<Label resid="([^"]+)"/g)].map((m) => res.get(m[1]));
    expect(labels).toEqual(['打开助手', '一键填写', '生成报告']);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(xml).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>fillActiveSheet<\/FunctionName>/);
    expect(xml).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>generateReport<\/FunctionName>/);
  });

  it('功能区的组和三个按钮各有 16 到 80 的八种尺寸图标，按钮之间不共用图标，文件都在 assets/ 中', () => {
    expect(iconProblems(xml)).toEqual([]);
    expect(xml).toContain('<bt:Image size="20" resid="Icon.Fill.20"/>');
    expect(xml).toContain('<bt:Image size="48" resid="Icon.Report.48"/>');
    for (const u of urls(xml).filter((x) => x.endsWith('.png'))) {
      expect(fs.existsSync(path.join(ROOT, new URL(u).pathname))).toBe(true);
    }
  });

  it('共享运行时下 ShowTaskpane 不带 TaskpaneId（微软“配置共享运行时”页面，2026-07-30）', () => {
    expect(taskpaneIdProblems(xml)).toEqual([]);
    expect(xml).not.toContain('<TaskpaneId>');
  });

  it('每个 resid 不超过32个字符，且都在 Resources 中定义', () => {
    const defined = resources(xml);
    const used = resids(xml);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) {
      expect(id.length).toBeLessThanOrEqual(32);
      expect(defined.has(id)).toBe(true);
    }
  });

  it('每个网址都是 https', () => {
    const all = urls(xml);
    expect(all.length).toBeGreaterThan(5);
    for (const u of all) expect(u).toMatch(/^https:\/\//);
  });
});

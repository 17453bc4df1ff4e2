import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

const html = readFileSync(join(__dirname, '../../src/taskpane/taskpane.html'), 'utf8');

/** The accessible name of a <button>: its text, as a screen reader and Playwright's getByRole read it. */
const buttons = [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => m[1].trim());

describe('任务窗格页面', () => {
  test('四个按钮的可访问名称正是“识别评分表”“填写得分”“撤销”“生成报告”', () => {
    expect(buttons).toEqual(['识别评分表', '填写得分', '撤销', '生成报告']);
  });

  test('写入方式默认为公式，另有数值、KH函数和“覆盖已有得分”', () => {
    expect(html).toMatch(/value="formulas" checked \/> 公式/);
    expect(html).toContain('/> 数值');
    expect(html).toContain('/> KH函数');
    expect(html).toContain('/> 覆盖已有得分');
    expect(html).toContain('/> 选择表格区域');
  });

  test('错误区域是 role=alert，状态区域是 role=status', () => {
    expect(html).toMatch(/id="kh-error"[^>]*role="alert"/);
    expect(html).toMatch(/id="kh-status"[^>]*role="status"/);
  });

  test('页面语言为简体中文，第一个脚本写入 office.js（地址在构建时填入），在任何其他脚本之前', () => {
    expect(html).toContain('<html lang="zh-CN">');
    const office = html.indexOf('src="<%= officeJs %>"');
    expect(office).toBeGreaterThan(0);
    // Inside the page's first script, before it ends: nothing runs before office.js is written.
    expect(html.indexOf('<script')).toBeLessThan(office);
    expect(html.indexOf('</script>')).toBeGreaterThan(office);
  });
});

/** The page's first script, run in a sandbox standing for a window: whether it wrote office.js's tag. */
function loadsOfficeJs(win: { search?: string; framed?: boolean; session?: string | null; name?: string; agaveHost?: unknown; external?: object }): boolean {
  const loader = /<script type="text\/javascript">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const written: string[] = [];
  const window: Record<string, unknown> = { name: win.name ?? '', external: win.external ?? {} };
  window.top = win.framed ? {} : window;
  vm.runInNewContext(loader, {
    window,
    location: { search: win.search ?? '' },
    sessionStorage: { getItem: (k: string) => (k === 'hostInfoValue' ? (win.session ?? null) : null) },
    document: { write: (t: string) => written.push(t) },
    ...(win.agaveHost ? { agaveHost: win.agaveHost } : {}),
  });
  expect(written.every((t) => t === '<script type="text/javascript" src="<%= officeJs %>"></script>')).toBe(true);
  return written.length === 1;
}

describe('office.js 只在 Office 打开本页时加载（浏览器中直接打开时不联网，进入文件模式）', () => {
  test('Office 打开加载项时网址带 _host_Info：加载', () => {
    expect(loadsOfficeJs({ search: '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0' })).toBe(true);
    expect(loadsOfficeJs({ search: '?et=&_host_Info=Excel|Web|16.00|zh-CN|x|' })).toBe(true);
  });

  test('在加载项内跳转后（主机信息留在 sessionStorage 或 window.name）、在框架中（Excel 网页版）、有主机对象时：加载', () => {
    expect(loadsOfficeJs({ session: 'Excel$Mac$16.00$zh-CN$$$$0' })).toBe(true);
    expect(loadsOfficeJs({ name: JSON.stringify({ hostInfo: 'Excel$Win32$16.01$zh-CN$$$$0' }) })).toBe(true);
    expect(loadsOfficeJs({ framed: true })).toBe(true);
    expect(loadsOfficeJs({ agaveHost: { GetHostInfo: () => '' } })).toBe(true);
    expect(loadsOfficeJs({ external: { GetHostInfo: () => 'Excel$Win32$16.01$zh-CN$$$$0' } })).toBe(true);
    expect(loadsOfficeJs({ external: { GetContext: () => ({}) } })).toBe(true);
  });

  test('普通浏览器直接打开：不加载', () => {
    expect(loadsOfficeJs({})).toBe(false);
    expect(loadsOfficeJs({ search: '?file=1', name: 'x' })).toBe(false);
  });
});

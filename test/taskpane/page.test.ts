import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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

  test('页面语言为简体中文；第一个脚本就是 office.js（地址在构建时填入），无条件加载，由 Office.onReady 判断是否在 Excel 中', () => {
    expect(html).toContain('<html lang="zh-CN">');
    const first = html.indexOf('<script');
    expect(first).toBeGreaterThan(0);
    expect(html.slice(first).startsWith('<script type="text/javascript" src="<%= officeJs %>"></script>')).toBe(true);
    // Nothing decides from host signs (query, storage, frames) before office.js is asked.
    expect(html).not.toMatch(/document\.write|sessionStorage|window\.top/);
  });
});

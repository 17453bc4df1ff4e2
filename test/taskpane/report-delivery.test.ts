import { reportDelivery } from '../../src/taskpane/report-delivery';
import { FakeExcel } from '../excel/fake-excel';

afterEach(() => FakeExcel.uninstall());

function excelOn(platform: string, openBrowserWindowApi = true): FakeExcel {
  const excel = new FakeExcel();
  excel.platform = platform;
  excel.openBrowserWindowApi = openBrowserWindowApi;
  return excel.install();
}

describe('报告的 .docx 与 .html 怎样交给用户（按 Office.context.platform）', () => {
  test('Windows 桌面版与网页版：在任务窗格中下载', () => {
    excelOn('PC');
    expect(reportDelivery()).toBe('download');
    FakeExcel.uninstall();
    excelOn('OfficeOnline');
    expect(reportDelivery()).toBe('download');
  });

  test('Mac 与 iPad（WKWebView 不能从任务窗格下载）：用系统浏览器打开文件模式', () => {
    excelOn('Mac');
    expect(reportDelivery()).toBe('browser');
    FakeExcel.uninstall();
    excelOn('iOS');
    expect(reportDelivery()).toBe('browser');
  });

  test('Mac 上没有 OpenBrowserWindowApi 1.1：只说明报告在工作表中，不给打不开的按钮', () => {
    excelOn('Mac', false);
    expect(reportDelivery()).toBe('sheet-only');
  });

  test('不在 Office 中（文件模式）：浏览器自己下载', () => {
    expect(reportDelivery()).toBe('download');
  });
});

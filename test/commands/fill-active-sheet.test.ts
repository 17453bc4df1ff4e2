import { COMMAND_EVENT, type CommandNotice } from '../../src/commands/notify';
import type { FillOutcome, ReportOutcome } from '../../src/excel';
import { REPORT_EVENT, type ReportNotice } from '../../src/report/report-event';

/**
 * The ribbon's 一键填写 runs the task pane's use case (src/excel fillActiveSheet) and must always call
 * event.completed(). The use case is replaced here by a recorded one; Excel itself is not involved.
 */
const useCase = jest.fn<Promise<FillOutcome>, []>();
const reportCase = jest.fn<Promise<ReportOutcome>, []>();
jest.mock('../../src/excel', () => ({ fillActiveSheet: () => useCase(), generateReport: () => reportCase() }));

const host = globalThis as { Office?: unknown; window?: unknown; location?: unknown };
const showAsTaskpane = jest.fn<Promise<void>, []>();
const dialogs: string[] = [];
const associated = new Map<string, (event: Office.AddinCommands.Event) => Promise<void>>();
const notices: CommandNotice[] = [];

function loadCommands(): void {
  jest.isolateModules(() => {
    require('../../src/commands/commands');
  });
}

/** The part of a sheet's report the notice reads: its warnings and whether scoring finished. */
function report(warnings: { row: number; code: string; message: string }[], complete: boolean) {
  return { warnings, complete, kind: 'deductions' };
}

function ribbonEvent(): Office.AddinCommands.Event & { completed: jest.Mock } {
  return { completed: jest.fn(), source: { id: 'Kaohe.FillSheet' } } as unknown as Office.AddinCommands.Event & {
    completed: jest.Mock;
  };
}

describe('功能区“一键填写”按钮（fillActiveSheet）', () => {
  beforeAll(() => {
    const target = new EventTarget();
    host.window = target;
    target.addEventListener(COMMAND_EVENT, (e) => notices.push((e as CustomEvent<CommandNotice>).detail));
    host.location = new URL('https://localhost:3000/taskpane.html');
    host.Office = {
      actions: { associate: (id: string, f: (event: Office.AddinCommands.Event) => Promise<void>) => associated.set(id, f) },
      addin: { showAsTaskpane },
      context: { ui: { displayDialogAsync: (url: string) => dialogs.push(url) } },
    };
    jest.spyOn(console, 'info').mockImplementation(() => undefined);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    loadCommands();
  });

  afterAll(() => {
    delete host.Office;
    delete host.window;
    delete host.location;
  });

  beforeEach(() => {
    notices.length = 0;
    dialogs.length = 0;
    useCase.mockReset();
    showAsTaskpane.mockReset();
    showAsTaskpane.mockResolvedValue(undefined);
  });

  it('以清单中的 FunctionName “fillActiveSheet”（与“生成报告”的 generateReport）注册', () => {
    expect([...associated.keys()]).toEqual(['fillActiveSheet', 'generateReport']);
  });

  it('填写成功：把用例的中文结果告诉任务窗格，并结束按钮事件', async () => {
    useCase.mockResolvedValue({ ok: true, message: '已填写12个单元格，总分85.5，等次二类', cells: 12, report: report([], true) } as unknown as FillOutcome);
    const event = ribbonEvent();
    await associated.get('fillActiveSheet')?.(event);
    expect(notices).toEqual([{ ok: true, status: 'complete', message: '已填写12个单元格，总分85.5，等次二类' }]);
    expect(showAsTaskpane).not.toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('填写完成但有提示：通知说明有提示要核对，任务窗格关着也会打开', async () => {
    const warning = { row: 14, code: 'BONUS_CAPPED', message: '加分8超过上限5，按5分计' };
    useCase.mockResolvedValue({ ok: true, message: '已填写12个单元格：总分85.5分，等次“二类”；有1条提示请核对', cells: 12, report: report([warning], true) } as unknown as FillOutcome);
    await associated.get('fillActiveSheet')?.(ribbonEvent());
    expect(notices).toEqual([{ ok: true, status: 'warnings', message: '一键填写完成，但有提示需要核对：已填写12个单元格：总分85.5分，等次“二类”；有1条提示请核对' }]);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
  });

  it('评分未完成：通知不说“完成”，说明要改正，任务窗格关着也会打开', async () => {
    const warning = { row: 9, code: 'DEDUCTION_UNREADABLE', message: '扣分“严重”无法读取为数字，按未扣分计算，评分未完成' };
    useCase.mockResolvedValue({ ok: true, message: '已填写12个单元格', cells: 12, report: report([warning], false) } as unknown as FillOutcome);
    await associated.get('fillActiveSheet')?.(ribbonEvent());
    expect(notices.map((n) => [n.status, n.message])).toEqual([['incomplete', '一键填写已写入，但评分未完成：已填写12个单元格。请打开任务窗格查看提示并改正']]);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
  });

  it('用例报告失败（如缺少“扣分”列）：以中文说明失败原因，仍结束按钮事件', async () => {
    useCase.mockResolvedValue({ ok: false, message: '评分表缺少“扣分”列，无法计分' } as FillOutcome);
    const event = ribbonEvent();
    await associated.get('fillActiveSheet')?.(event);
    expect(notices).toEqual([{ ok: false, status: 'failed', message: '一键填写失败：评分表缺少“扣分”列，无法计分' }]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('失败时任务窗格即使关着也会打开（共享运行时的 Office.addin.showAsTaskpane），让用户看到原因', async () => {
    useCase.mockResolvedValue({ ok: false, message: '未找到评分表的表头行' } as FillOutcome);
    await associated.get('fillActiveSheet')?.(ribbonEvent());
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(dialogs).toEqual([]);
  });

  it('任务窗格打不开时，改用对话框显示失败原因', async () => {
    useCase.mockResolvedValue({ ok: false, message: '未找到评分表的表头行' } as FillOutcome);
    showAsTaskpane.mockRejectedValue(new Error('not allowed'));
    const event = ribbonEvent();
    await associated.get('fillActiveSheet')?.(event);
    expect(dialogs).toHaveLength(1);
    const url = new URL(dialogs[0]);
    expect(url.pathname).toBe('/notice.html');
    expect(url.searchParams.get('m')).toBe('一键填写失败：未找到评分表的表头行');
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('意外异常也不会让按钮一直转圈：中文说明怎么办（不把脚本的英文原话给用户），并结束按钮事件', async () => {
    useCase.mockRejectedValue(new TypeError('sheet.getRangeByIndexes is not a function'));
    const event = ribbonEvent();
    await associated.get('fillActiveSheet')?.(event);
    expect(notices).toEqual([{ ok: false, status: 'failed', message: '一键填写失败：出现意外错误，操作已停止：请检查工作簿后再试；仍出现时请关闭并重新打开本任务窗格' }]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('“生成报告”按钮：写入报告表后告知结果，并把报告交给任务窗格；失败时说明原因；总是结束按钮事件', async () => {
    const reports: ReportNotice[] = [];
    (host.window as EventTarget).addEventListener(REPORT_EVENT, (e) => reports.push((e as CustomEvent<ReportNotice>).detail));
    const model = { units: [] } as unknown as Extract<ReportOutcome, { ok: true }>['model'];
    reportCase.mockResolvedValue({ ok: true, message: '已生成工作表“考核报告”', model, sheet: '考核报告' });
    const done = ribbonEvent();
    await associated.get('generateReport')?.(done);
    expect([notices, reports.map((r) => r.sheet), done.completed.mock.calls.length]).toEqual([[{ ok: true, status: 'complete', message: '已生成工作表“考核报告”' }], ['考核报告'], 1]);

    notices.length = 0;
    reportCase.mockResolvedValue({ ok: false, message: '“当前工作簿”中没有找到评分表' } as ReportOutcome);
    const failed = ribbonEvent();
    await associated.get('generateReport')?.(failed);
    expect([notices, reports.length, failed.completed.mock.calls.length]).toEqual([[{ ok: false, status: 'failed', message: '生成报告失败：“当前工作簿”中没有找到评分表' }], 1, 1]);
  });

  it('在 Office 之外加载命令模块不报错，也不注册', () => {
    const saved = host.Office;
    delete host.Office;
    associated.clear();
    expect(loadCommands).not.toThrow();
    expect(associated.size).toBe(0);
    host.Office = saved;
  });

});

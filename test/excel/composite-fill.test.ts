import { fillActiveSheet, undoLastFill } from '../../src/excel';
import { COMPOSITE_FORMS } from '../helpers/composite-forms';
import { FakeExcel } from './fake-excel';

afterEach(() => FakeExcel.uninstall());

/** The composite public forms through the add-in: the fake Excel computes each written formula as Excel would. */
describe.each(COMPOSITE_FORMS.map((make) => [make().fixture.name, make().source]))('加载项填写综合评分表“%s”（%s）', (name) => {
  const form = COMPOSITE_FORMS.map((m) => m()).find((f) => f.fixture.name === name)!;

  test('填写后 Excel 算出的每个写入格与报告一致，提示总分与等次；撤销后回到原样', async () => {
    const excel = new FakeExcel();
    excel.addSheet(name, form.fixture.cells as never, form.fixture.merges ?? []);
    excel.install();
    const before = form.expect.written.map((a) => excel.read(name, Number(a.slice(1)), a.charCodeAt(0) - 64));
    const out = await fillActiveSheet();
    if (!out.ok) throw new Error(out.message);
    expect(out.message).toContain(`总分${form.expect.total}分，等次“${form.expect.tier}”`);
    expect([out.report.kind, out.report.total, out.report.tier]).toEqual(['composite', form.expect.total, form.expect.tier]);
    for (const a of form.expect.written) {
      const cell = excel.read(name, Number(a.slice(1)), a.charCodeAt(0) - 64);
      expect(cell.formula).toMatch(/^=/);
    }
    const totalCell = form.expect.written.filter((a) => !/^[A-Z]$/.test(a)).map((a) => excel.read(name, Number(a.slice(1)), a.charCodeAt(0) - 64).value);
    expect(totalCell).toContain(form.expect.total);
    expect((await undoLastFill()).ok).toBe(true);
    expect(form.expect.written.map((a) => excel.read(name, Number(a.slice(1)), a.charCodeAt(0) - 64))).toEqual(before);
  });
});

import { fillSheet } from '../../src/engine/fill';
import { votePoints, voteScore } from '../../src/engine/composite/votes';
import { valueAt, type SheetSnapshot } from '../../src/engine/snapshot';
import { evaluate } from '../excel/fake-formula';
import { democraticVotes } from '../helpers/composite-forms';
import { applied, sheet } from './sheets';

const snapshotOf = (cells: unknown[][], merges: string[] = []): SheetSnapshot => sheet('民主测评表', cells as never, merges);

describe('民主测评：票数按说明折算成分', () => {
  test('各项得分 = Σ票数×每票分值 ÷ 有效票数，写入的公式算出同一个数', () => {
    const form = democraticVotes();
    const s = snapshotOf(form.fixture.cells, form.fixture.merges);
    const r = fillSheet(s);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.report.items.map((i) => i.score)).toEqual([94, 91, 87, 93, 97]);
    expect([r.value.report.total, r.value.report.composite?.levels?.votePoints]).toEqual([91.75, [100, 80, 60, 40]]);
    const after = applied(s, r.value.plan.cells);
    for (const c of r.value.plan.cells) expect([c.row, evaluate(c.formula as string, (rr, k) => valueAt(after, rr, k))]).toEqual([c.row, c.value]);
  });

  test('读出说明中的每票分值：“优秀票×100”“[较多]得票数×80分”', () => {
    expect(votePoints(['得分=(优秀票×100+称职票×80+基本称职票×60+不称职票×0)÷有效票'], ['优秀', '称职', '基本称职', '不称职'])).toEqual([100, 80, 60, 0]);
    expect(votePoints(['工作任务量得分={([繁重]得票数×100分)+([较多]得票数×80分)+([一般]得票数×60分)+([较少]得票数×40分)}÷测评有效票数'], ['繁重', '较多', '一般', '较少'])).toEqual([100, 80, 60, 40]);
    expect(voteScore([0, 0, 0, 0], [100, 80, 60, 40], null)).toBe(0);
  });

  test('说明没有给出每票分值：一句话拒绝', () => {
    const form = democraticVotes();
    const cells = form.fixture.cells.slice(0, 8);
    const r = fillSheet(snapshotOf(cells, ['A1:H1']));
    expect(!r.ok && r.error.message).toBe('找到等次列优秀票、称职票、基本称职票、不称职票，但没有找到每票的分值（如“优秀票×100”）或优秀得票率的分档，无法计分');
  });

  test('得票格填了文字：一句话拒绝', () => {
    const form = democraticVotes();
    const cells = form.fixture.cells.map((r) => [...r]);
    cells[3][3] = '十二';
    const r = fillSheet(snapshotOf(cells, form.fixture.merges));
    expect(!r.ok && r.error.message).toBe('D4填的是“十二”，不是票数：得票格只能填数字或留空');
  });
});

import { readColumnRoles } from '../../../src/engine/reading/column-roles';
import { readTableExtent } from '../../../src/engine/reading/table-extent';
import type { SheetSnapshot } from '../../../src/engine/snapshot';
import { rangHuLu, sheet } from '../sheets';

function extentOf(s: SheetSnapshot) {
  const r = readColumnRoles(s);
  if (!r.ok) throw new Error(r.error.message);
  return readTableExtent(s, r.value);
}

const HEADER = ['序号', '考核内容', '分值', '评分标准', '扣分', '得分'];

describe('the table-extent pass', () => {
  it('runs seed 000’s table past the header repeated at the page break to its 合计 row', () => {
    expect(extentOf(rangHuLu())).toEqual({ firstRow: 3, lastRow: 12, totalRow: 13, totalBase: null, endRow: 13 });
  });

  it('keeps the number a total row states in its 分值 cell', () => {
    const s = sheet('表', [HEADER, [1, '组织', 10, '扣1分', null, null], ['合计', null, 100, null, null, null]]);
    expect(extentOf(s)).toMatchObject({ lastRow: 2, totalRow: 3, totalBase: 100 });
  });

  it('ends a table with no total row at its first note', () => {
    const s = sheet('表', [HEADER, [1, '组织', 10, '扣1分', null, null], ['注：得分90分以上为优秀', null, null, null, null, null]]);
    expect(extentOf(s)).toMatchObject({ lastRow: 2, totalRow: null, endRow: 3 });
  });

  it('does not end at a row whose 分值 is merged down from the item above, whatever its text says', () => {
    const s = sheet('表', [HEADER, [1, '组织', 10, '扣1分', null, null], [null, '合计台账', null, '扣2分', null, null]], ['C2:C3']);
    expect(extentOf(s)).toMatchObject({ lastRow: 3, endRow: null });
  });
});

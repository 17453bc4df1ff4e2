import { rangHuLu, sheet } from '../sheets';
import { passesOf } from './passes';

describe('the row-kinds pass', () => {
  it('reads each row of seed 000 once: bases as typed (「２」,「５分」), the repeated header marked', () => {
    const { rows } = passesOf(rangHuLu());
    const at = (r: number) => rows.find((f) => f.row === r)!;
    expect(rows.map((f) => f.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(at(3)).toMatchObject({ base: 2, baseIsNumber: true, sectionText: expect.stringContaining('10分'), repeatedHeader: false });
    expect(at(5)).toMatchObject({ base: 2, baseIsNumber: false });
    expect(at(12)).toMatchObject({ base: 5, baseIsNumber: false });
    expect(at(8).repeatedHeader).toBe(true);
    expect(at(4).ownText).toBe(`${at(4).contentText}；${at(4).criteriaText}`);
  });

  it('marks a TRUE where the 分值 goes as a doubtful base, and a 分值 merged down as the item above’s', () => {
    const s = sheet('表', [
      ['序号', '考核内容', '分值', '评分标准', '扣分', '得分'],
      [1, '组织', true, '扣1分', null, null],
      [2, '台账', 6, '扣1分', null, null],
      [null, '档案', null, '扣2分', null, null],
    ], ['C3:C4']);
    const { rows } = passesOf(s);
    expect(rows.map((f) => [f.row, f.doubtfulBase, f.baseMergedFrom])).toEqual([[2, true, null], [3, false, null], [4, false, 3]]);
  });
});

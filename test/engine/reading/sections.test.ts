import { readSections } from '../../../src/engine/reading/sections';
import { rangHuLu, sheet } from '../sheets';
import { passesOf } from './passes';

describe('the sections pass', () => {
  it('gives seed 000 its two merged sections with the caps their text states, and nine items', () => {
    const s = rangHuLu();
    const read = readSections(s, passesOf(s));
    expect(read.sections.map((x) => [x.row, x.statedCap])).toEqual([[3, 10], [9, 25]]);
    expect(read.items.map((it) => [it.row, it.section, it.base])).toEqual([
      [3, 0, 2], [4, 0, 2], [5, 0, 2], [6, 0, 2], [7, 0, 2], [9, 1, 10], [10, 1, 5], [11, 1, 5], [12, 1, 5],
    ]);
  });

  it('reads a named row with its own 分值 over items adding up to it as a section, not an item', () => {
    const s = sheet('表', [
      ['序号', '考核内容', '分值', '评分标准', '扣分', '得分'],
      ['一', '组织领导', 10, null, null, null],
      [1, '成立领导小组', 4, '未成立扣4分', null, null],
      [2, '制定工作方案', 6, '无方案扣6分', null, null],
      ['二', '加分项', null, null, null, null],
      [1, '受到表彰', null, '市级表彰加2分', null, null],
    ]);
    const read = readSections(s, passesOf(s));
    expect(read.sections).toEqual([{ name: '组织领导', row: 2, statedCap: 10, capFrom: 'row', subtotalRow: 2 }]);
    expect(read.items.map((it) => it.row)).toEqual([3, 4]);
    expect(read.blocks.map((b) => b.row)).toEqual([5]);
    expect(read.adjustments.map((a) => [a.row, a.sign])).toEqual([[6, 'bonus']]);
  });

  it('names a 一票否决 row apart from the items', () => {
    const s = sheet('表', [
      ['序号', '考核内容', '分值', '评分标准', '扣分', '得分'],
      [1, '组织', 10, '扣1分', null, null],
      [2, '发生重大安全事故的实行一票否决', null, null, null, null],
    ]);
    const read = readSections(s, passesOf(s));
    expect(read.vetoRows).toEqual([{ row: 3, entryCol: 5, text: '发生重大安全事故的实行一票否决', excellentOnly: false }]);
    expect(read.items.map((it) => it.row)).toEqual([2]);
  });
});

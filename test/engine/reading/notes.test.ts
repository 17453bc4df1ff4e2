import { readNotes } from '../../../src/engine/reading/notes';
import { rangHuLu, sheet } from '../sheets';
import { passesOf } from './passes';

describe('the notes pass', () => {
  it('keeps seed 000’s title and signatures as notes and finds the 等次 cell right of its label', () => {
    const s = rangHuLu();
    const { roles, extent } = passesOf(s);
    const notes = readNotes(s, roles, extent);
    expect(notes.tierCell).toEqual({ row: 14, col: 8 });
    expect(notes.notes).toEqual(['让胡路区委政法委政法工作2023年度绩效考核细则', '等次', '考核组长(签字)：', '考核组成员(签字)：']);
    expect(notes.laterTables).toBeUndefined();
  });

  it('names a second score table below the first’s notes, and reads its rows as notes only', () => {
    const H = ['序号', '考核内容', '分值', '评分标准', '扣分', '得分'];
    const s = sheet('表', [H, [1, '组织', 10, '扣1分', null, null], ['注：满分10分', null, null, null, null, null], H, [1, '台账', 5, '扣1分', null, null]]);
    const { roles, extent } = passesOf(s);
    const notes = readNotes(s, roles, extent);
    expect(notes.laterTables).toEqual([4]);
    expect(notes.notes[0]).toBe('注：满分10分');
  });
});

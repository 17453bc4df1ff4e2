import { denseRank, rankUnits } from '../../src/engine/rank';

const units = [
  { unit: '甲镇', total: 95, veto: false },
  { unit: '乙镇', total: 97, veto: true },
  { unit: '丙镇', total: 95, veto: false },
  { unit: '丁镇', total: 88, veto: false },
];

describe('多个单位排名', () => {
  it('同分同名次（1,1,3），一票否决的排在所有单位之后', () => {
    expect(rankUnits(units).map((u) => [u.unit, u.rank])).toEqual([['甲镇', 1], ['丙镇', 1], ['丁镇', 3], ['乙镇', 4]]);
  });

  it('中国式排名（1,1,2），前N名为先进，被否决的不评先进', () => {
    const r = rankUnits(units, { dense: true, top: 2 });
    expect(r.map((u) => [u.unit, u.rank, u.top])).toEqual([['甲镇', 1, true], ['丙镇', 1, true], ['丁镇', 2, true], ['乙镇', 3, false]]);
  });

  it('区县与市直分组各自排名', () => {
    const r = rankUnits([{ total: 90, veto: false, group: '区县' }, { total: 80, veto: false, group: '市直' }]);
    expect(r.map((u) => u.rank)).toEqual([1, 1]);
  });

  it('KH.RANKCN 的中国式排名：95,95,88 中 88 排第2', () => {
    expect(denseRank(88, [95, 95, 88])).toBe(2);
    expect(denseRank(95, [95, 95, 88])).toBe(1);
  });
});

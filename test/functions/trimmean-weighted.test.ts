import { trimmean, weighted } from '../../src/functions/implementations';
import { expectFailure } from './expect-error';

describe('KH.TRIMMEAN：多位评委的平均分', () => {
  it('默认去掉一个最高分和一个最低分；空白不算评委', () => {
    expect(trimmean([[90, 95, 88, 92, 85]])).toBe(90);
    expect(trimmean([[80, 85, 90, null, 75]])).toBe(82.5);
    expect(trimmean([[88, 88, 90, 86, 87]])).toBe(87.67);
  });
  it('不足3位评委时取平均分；FALSE 直接取平均分', () => {
    expect(trimmean([[92, null, 90]])).toBe(91);
    expect(trimmean([[90, 95, 88, 92, 85]], false)).toBe(90);
    expect(trimmean([[100, 95, 98, 96, 97]], false)).toBe(97.2);
  });
  it('评委格里的文字（良好）不是分数', () => {
    expectFailure(() => trimmean([[90, '良好', 88]]), 'invalidValue', 'FN_NOT_A_NUMBER');
  });
});

describe('KH.WEIGHTED：加权总分', () => {
  it('德能勤绩廉 15%·10%·30%·30%·15%：Σ得分×权重', () => {
    expect(weighted([[92], [85], [88], [90], [95]], [[0.15], [0.1], [0.3], [0.3], [0.15]])).toBe(89.95);
    expect(weighted([[92], [85], [88], [90], [95]], [[15], [10], [30], [30], [15]])).toBe(89.95);
  });
  it('各项满分不是100时按满分折算；超过满分的得分按满分计', () => {
    expect(weighted([[9], [10], [12]], [['50%'], ['30%'], ['20%']], 10)).toBe(95);
  });
  it('得分与权重个数不同：一句话说明', () => {
    expectFailure(() => weighted([[90], [80]], [['50%']]), 'invalidValue', 'FN_WEIGHTS_SHAPE');
  });
});

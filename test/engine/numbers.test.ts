import fc from 'fast-check';
import { chineseNumber, fmt, NUMBER_LIMIT, parseNumberWord, readNumber, round2, sum2, sub2 } from '../../src/engine/numbers';

describe('宽松地读分值', () => {
  it.each([
    [2, 2], ['2分', 2], [' 5 ', 5], ['２', 2], ['1.5', 1.5], ['二', 2], ['两分', 2], ['半', 0.5], ['十五', 15],
    ['二十', 20], ['（5分）', 5], ['(15)', 15], ['一百', 100], ['零点五', 0.5], ['0.05分', 0.05],
  ])('%p 读作 %p', (raw, n) => expect(readNumber(raw)).toBe(n));

  it.each([[null], [''], ['严重'], ['不得分'], [true], ['2分钟']])('%p 不是分值', (raw) => expect(readNumber(raw)).toBeNull());

  it('中文数字：十 是10，十二 是12，三百 是300', () => {
    expect([chineseNumber('十'), chineseNumber('十二'), chineseNumber('三百')]).toEqual([10, 12, 300]);
  });
});

describe('精确到0.01', () => {
  it('0.1 + 0.2 是 0.3，13.6 不是 13.600000000000001', () => {
    expect(sum2([0.1, 0.2])).toBe(0.3);
    expect(sum2([4.9, 4.8, 3.9])).toBe(13.6);
    expect(sub2(0.3, 0.1)).toBe(0.2);
    expect(round2(1.005)).toBe(1.01);
  });

  it('按分加总与按“分×100的整数”加总结果一致', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100000, max: 100000 }), { maxLength: 60 }), (cents) => {
        const exact = cents.reduce((a, b) => a + b, 0) / 100;
        expect(sum2(cents.map((c) => c / 100))).toBe(exact === 0 ? 0 : exact);
      }),
    );
  });
});

describe('四舍五入到0.01的规律', () => {
  it('与按十二位有效数字修正后再舍入的结果一致，且从不出现 -0', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (n) => {
        const slow = (Math.sign(n) * Math.round(Number((Math.abs(n) * 100).toPrecision(12)))) / 100;
        expect(round2(n)).toBe(slow === 0 ? 0 : slow);
        expect(Object.is(round2(n), -0)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('很大的数照原样显示（问题15第14项：1E+21 曾显示为 999999999999999900000）', () => {
  it('1E+21 舍入后仍是 1E+21，在提示中写作 1E+21', () => {
    expect(round2(1e21)).toBe(1e21);
    expect(sum2([1e21])).toBe(1e21);
    expect(fmt(1e21)).toBe('1E+21');
    expect(fmt(-2.5e22)).toBe('-2.5E+22');
    expect(fmt(123456789012)).toBe('123456789012');
  });

  it('没有百分位的大数（2^53/100 以上）舍入后不变，显示的数读回来还是它', () => {
    fc.assert(
      fc.property(fc.double({ min: 2 ** 53 / 100, max: 1e300, noNaN: true }), fc.boolean(), (n, negative) => {
        const x = negative ? -n : n;
        expect(round2(x)).toBe(x);
        expect(Number(fmt(x))).toBe(x);
      }),
    );
  });
});

describe('荒谬的数字不是数字', () => {
  it('400位的数字、1e400 这样的值读不出，不会得到 Infinity', () => {
    expect(readNumber('9'.repeat(400))).toBeNull();
    expect(parseNumberWord('9'.repeat(400))).toBeNull();
    expect(readNumber(Infinity)).toBeNull();
    expect(readNumber(Number.NaN)).toBeNull();
    expect(readNumber(1e300)).toBeNull();
  });

  it('上限之内照常读取：1000000 是数字，1000001 不是', () => {
    expect(readNumber(String(NUMBER_LIMIT))).toBe(NUMBER_LIMIT);
    expect(readNumber(String(NUMBER_LIMIT + 1))).toBeNull();
  });

  it('性质：任何数字串、任何数值，读出的要么是 null，要么是上限内的有限数', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.stringMatching(/^[0-9]{1,500}(\.[0-9]{1,20})?$/), fc.double(), fc.string()),
        (raw) => {
          const n = readNumber(raw);
          if (n !== null) expect(Number.isFinite(n) && Math.abs(n) <= NUMBER_LIMIT).toBe(true);
          if (typeof raw === 'string') {
            const w = parseNumberWord(raw);
            if (w !== null) expect(Number.isFinite(w) && Math.abs(w) <= NUMBER_LIMIT).toBe(true);
          }
        },
      ),
    );
  });
});

import { functions } from '../../src/functions/implementations';

/**
 * functions.ts is what Excel calls. Inside Office, office.js provides the CustomFunctions global; here a small
 * stand-in with the same Error and ErrorCode shape records what the wrappers throw.
 */
class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const host = globalThis as { CustomFunctions?: unknown };

function loadWrappers(): typeof import('../../src/functions/functions') {
  let mod: typeof import('../../src/functions/functions') | undefined;
  jest.isolateModules(() => {
    mod = require('../../src/functions/functions');
  });
  return mod as typeof import('../../src/functions/functions');
}

function thrown(run: () => unknown): ExcelError {
  try {
    run();
  } catch (e) {
    if (e instanceof ExcelError) return e;
    throw e;
  }
  throw new Error('函数没有报错');
}

describe('Excel 中的 KH.* 函数（functions.ts）', () => {
  beforeEach(() => {
    host.CustomFunctions = {
      Error: ExcelError,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
      associate: () => undefined,
    };
  });
  afterEach(() => {
    delete host.CustomFunctions;
  });

  it('正常结果与 Node 库的 functions 表相同：同一个实现', () => {
    const kh = loadWrappers();
    expect(kh.capDeduct(0.3, [[0.1, 0.1]])).toBe(functions.CAPDEDUCT(0.3, [[0.1, 0.1]]));
    expect(kh.tier(85.5, [['90分以上为一类，80分—90分为二类，80分以下为三类']])).toBe('二类');
    expect(kh.deduct('每少一篇扣2分', 3)).toBe(6);
    expect(kh.bonus([[2], [2]])).toBe(functions.BONUS([[2], [2]]));
    expect(kh.rankcn(88.5, [[95], [95], [88.5]])).toBe(2);
  });

  it('KH.BONUS 接受任意多个单元格或区域：=KH.BONUS(G3,G5,G7)，空白忽略', () => {
    const kh = loadWrappers();
    expect(kh.bonus([[1]], [[0.5]], [[null]])).toBe(1.5);
    expect(kh.bonus([[1], [2]], [['0.5分']])).toBe(3.5);
  });

  it('Excel 省略可选参数时传 null 或 undefined，两者都按省略处理', () => {
    const kh = loadWrappers();
    expect(kh.capDeduct(10, [[3]], undefined)).toBe(7);
    expect(kh.capDeduct(10, [[3]], null)).toBe(7);
    expect(kh.tier(59, undefined, undefined)).toBe('不合格');
  });

  it('读不出的扣分成为 #VALUE!，带中文说明', () => {
    const e = thrown(() => loadWrappers().capDeduct(5, [['严重']]));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe('“严重”不是可识别的分数');
  });

  it('“酌情扣分”成为 #N/A，说明需考核人员判断', () => {
    const e = thrown(() => loadWrappers().deduct('酌情扣分', 1, 5));
    expect(e.code).toBe('#N/A');
    expect(e.message).toContain('需考核人员判断');
  });

  it('分档无法识别成为 #VALUE!', () => {
    const e = thrown(() => loadWrappers().tier(85, [[90, 80]]));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('等次分档无法识别');
  });

  it('在 Office 之外（浏览器直接打开任务窗格）加载函数模块不报错，注册调用有一个空的替身', () => {
    delete host.CustomFunctions;
    loadWrappers();
    const stand = host.CustomFunctions as { associate: (id: string, f: unknown) => void };
    expect(typeof stand.associate).toBe('function');
    expect(() => stand.associate('CAPDEDUCT', () => 0)).not.toThrow();
  });

  it('functions 表的 id 是七个不带命名空间的 ASCII 大写名', () => {
    expect(Object.keys(functions).sort()).toEqual(['BONUS', 'CAPDEDUCT', 'DEDUCT', 'RANKCN', 'TIER', 'TRIMMEAN', 'WEIGHTED']);
    for (const id of Object.keys(functions)) expect(id).toMatch(/^[A-Z][A-Z0-9]*$/);
  });
});

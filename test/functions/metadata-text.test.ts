import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import path from 'node:path';
import { FUNCTION_TEXT, localizeMetadata, type Metadata } from '../../src/functions/metadata-text';

const SOURCE = path.resolve(__dirname, '../../src/functions/functions.ts');
let generated: Metadata;

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata(SOURCE);
  expect(r.errors).toEqual([]);
  generated = JSON.parse(r.metadataJson) as Metadata;
}, 60000);

describe('KH 函数的中英文说明（metadata-text.ts）与实现的签名一一对应', () => {
  test('每个函数在中文与英文中的参数个数，等于实现签名的参数个数', () => {
    for (const f of generated.functions) {
      for (const locale of ['zh-CN', 'en-US'] as const) expect(FUNCTION_TEXT[f.id][locale].params).toHaveLength(f.parameters.length);
    }
    expect(Object.keys(FUNCTION_TEXT).sort()).toEqual(generated.functions.map((f) => f.id).sort());
  });

  test('中文参数名是 Excel 参数提示里显示的中文：KH.CAPDEDUCT(基础分, 扣分, [扣分上限])', () => {
    const zh = localizeMetadata(generated, 'zh-CN');
    const cap = zh.functions.find((f) => f.id === 'CAPDEDUCT');
    expect(cap?.parameters.map((p) => p.name)).toEqual(['基础分', '扣分', '扣分上限']);
    expect(cap?.parameters.map((p) => p.optional ?? false)).toEqual([false, false, true]);
    expect(zh.functions.find((f) => f.id === 'BONUS')?.parameters[0]).toMatchObject({ name: '加分', repeating: true });
  });

  test('英文参数名就是签名里的名字，函数名两种语言都是 KH.* 的原名', () => {
    const en = localizeMetadata(generated, 'en-US');
    expect(en.functions.find((f) => f.id === 'DEDUCT')?.parameters.map((p) => p.name)).toEqual(['rule', 'count', 'base']);
    for (const f of en.functions) expect(f.name).toBe(f.id);
  });

  test('生成器写的 allowCustomDataForDataTypeAny（CustomFunctionsRuntime 1.4）不进入元数据', () => {
    expect(generated.allowCustomDataForDataTypeAny).toBe(true);
    expect('allowCustomDataForDataTypeAny' in localizeMetadata(generated, 'zh-CN')).toBe(false);
  });

  test('签名多了一个参数而说明没有跟上：构建时报错，不发布对不上的提示', () => {
    const drifted = structuredClone(generated);
    drifted.functions[0].parameters.push({ name: 'extra', type: 'any' });
    expect(() => localizeMetadata(drifted, 'zh-CN')).toThrow(/有 4 个参数，metadata-text.ts 的 zh-CN 写了 3 个/);
  });

  test('签名里的参数改了名：英文表对不上，构建时报错', () => {
    const renamed = structuredClone(generated);
    const f = renamed.functions.find((x) => x.id === 'RANKCN');
    if (f) f.parameters[1].name = 'all';
    expect(() => localizeMetadata(renamed, 'en-US')).toThrow(/第2个参数在签名中叫 all/);
  });

  test('实现里没有的函数却写了说明，或实现新增的函数没有说明：都报错', () => {
    const fewer = { ...generated, functions: generated.functions.filter((f) => f.id !== 'TIER') };
    expect(() => localizeMetadata(fewer, 'zh-CN')).toThrow(/写了没有实现的函数：TIER/);
    const more = structuredClone(generated);
    more.functions.push({ ...more.functions[0], id: 'WEIGHTEDX' });
    expect(() => localizeMetadata(more, 'zh-CN')).toThrow(/没有 KH.WEIGHTEDX 的 zh-CN 说明/);
  });
});

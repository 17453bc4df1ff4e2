import { describeRule, parseRule } from '../../src/engine/rules';
import { kaohe } from '../helpers/cli';

describe('kaohe rules', () => {
  test('--json 打印 CLI.md 的 Rule：分档扣分的 points 是数组', async () => {
    const text = '如因工作不力导致本村有邪教人员到区、到市、到省、进京闹事的，分别扣5分、10分、15分、20分';
    const r = await kaohe('rules', text, '--json');
    expect(r.code).toBe(0);
    const rule = JSON.parse(r.out);
    expect(Object.keys(rule).sort()).toEqual(['cap', 'clauses', 'text']);
    expect(rule).toMatchObject({ text, cap: null });
    expect(rule.clauses).toEqual([expect.objectContaining({ kind: 'deduct', points: [5, 10, 15, 20], per: null })]);
    for (const c of rule.clauses) expect(Object.keys(c).sort()).toEqual(['cap', 'kind', 'per', 'points', 'range', 'text']);
  });

  test('--json 的结果就是引擎读出的规则', async () => {
    const text = '每少一篇扣2分，扣分不超过4分';
    const r = await kaohe('rules', text, '--json');
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(parseRule(text))));
  });

  test('没有 --json 时打印一行中文说明', async () => {
    const text = '情报信息迟报、漏报一次扣0.1分，瞒报一次扣1分';
    const r = await kaohe('rules', text);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${describeRule(parseRule(text))}\n`);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.out).toMatch(/[\u4e00-\u9fff]/);
  });

  test('--json 给每条自己的上限、给分值范围，总上限仍在 cap', async () => {
    const text = '迟报一次扣1分，最多扣3分；漏报一次扣2分，最多扣2分；视情节扣1-3分；以上累计不超过4分';
    const rule = JSON.parse((await kaohe('rules', text, '--json')).out);
    expect(rule.cap).toBe(4);
    expect(rule.clauses.map((c: { cap: number | null; range: number[] | null }) => [c.cap, c.range])).toEqual([
      [3, null], [2, null], [null, [1, 3]],
    ]);
  });

  test('400位的数字不是分值：不打印“扣Infinity分”，说明数字过大', async () => {
    const text = `违规的扣${'9'.repeat(400)}分`;
    const r = await kaohe('rules', text);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/Infinity|NaN/);
    expect(r.out).toMatch(/不是可用的分值/);
    const rule = JSON.parse((await kaohe('rules', text, '--json')).out);
    expect(rule.clauses).toEqual([expect.objectContaining({ kind: 'manual', points: null })]);
    expect(rule.warnings).toEqual([expect.stringContaining('数字过大')]);
  });

  test('没有给评分标准：退出码2，一行中文', async () => {
    const r = await kaohe('rules', '--json');
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual([expect.stringContaining('缺少评分标准文字')]);
  });

  test('--explain 列出词元和每条条款的读法规则', async () => {
    const r = await kaohe('rules', '负全责扣15分、主责10分；视情节扣分，扣1—2分', '--explain');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toMatch(/^词元：负全责〔文字〕 扣〔动词〕 15〔数〕 分〔分〕/);
    expect(lines[1]).toMatch(/^条款1「负全责扣15分、主责10分」 ← 档次/);
    expect(lines[2]).toMatch(/^条款2「视情节扣分，扣1—2分」 ← 酌情\+区间/);
    expect(lines[3]).toBe('读作：分别扣15/10分；扣1–2分（需人工判断）');
  });

  test('--json --explain 在 Rule 之外附上词元与读法规则，Rule 本身不变', async () => {
    const text = '每少一篇扣\u200b2分，最多扣3分';
    const r = JSON.parse((await kaohe('rules', text, '--json', '--explain')).out);
    const { explain, ...rule } = r;
    expect(rule).toEqual(JSON.parse(JSON.stringify(parseRule(text))));
    expect(explain.clauses.map((c: { builtBy: string }) => c.builtBy)).toEqual(['amount']);
    expect(explain.tokens.map((t: { text: string }) => t.text).join('')).toBe('每少一篇扣2分,最多扣3分');
  });
});

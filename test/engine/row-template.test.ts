import fc from 'fast-check';
import { fitsLimits } from '../../src/engine/formula-limits';
import { itemScoreExpr, type ItemRefs } from '../../src/engine/formulas';
import { RowTemplate, RowTemplates } from '../../src/engine/row-template';
import { address } from '../../src/engine/snapshot';

/** An item's cells on `row`, as the plan gives them: 基础分 in E (or a number), 扣分 in G, 次数 in F, 加分 in H. */
function refs(row: number, shape: { baseCell: boolean; base: number; cap: number | null; per: number | null; bonus: boolean }): ItemRefs {
  return {
    base: shape.baseCell ? address(row, 5) : String(shape.base),
    deductions: [address(row, 7)],
    cap: shape.cap,
    ...(shape.per !== null ? { count: { refs: [address(row, 6)], points: shape.per } } : {}),
    ...(shape.bonus ? { bonus: address(row, 8) } : {}),
  };
}

const shapes = fc.record({
  baseCell: fc.boolean(),
  base: fc.integer({ min: 0, max: 1_000_000 }),
  cap: fc.option(fc.constantFrom(1, 2.5, 10, 1048577 / 100)),
  per: fc.option(fc.constantFrom(0.5, 1, 2)),
  bonus: fc.boolean(),
});

describe('同一形状的各项公式只按行号不同：按模板逐行生成', () => {
  it('任一行由模板生成的公式，与按该行单独拼出的公式一字不差，是否超出Excel限制的判断也相同', () => {
    fc.assert(
      fc.property(shapes, fc.integer({ min: 1, max: 1_048_576 }), (shape, row) => {
        const templates = new RowTemplates();
        const build = (r: number) => itemScoreExpr(refs(r, shape));
        const made = templates.at('一种形状', row, build);
        expect(made.formula).toBe(`=${build(row)}`);
        expect(made.fits).toBe(fitsLimits(made.formula));
      }),
      { numRuns: 300 },
    );
  });

  it('公式里的常数恰好写成探测行号（1048577）时不用模板，逐行单独拼出', () => {
    const build = (r: number) => `ROUND(MIN(1048577,E${r}),2)`;
    expect(RowTemplate.of(build)).toBeNull();
    const made = new RowTemplates().at('常数像行号', 12, build);
    expect(made.formula).toBe('=ROUND(MIN(1048577,E12),2)');
    expect(made.fits).toBe(true);
  });

  it('行号位数越多公式越长：第9行放得下的公式，到第999999行超出8192个字符，模板判断与逐个量出的一致', () => {
    const long = (r: number) => `SUM(${Array.from({ length: 400 }, () => `E${r}`).join('+')}${'+0'.repeat(3000)})`;
    const templates = new RowTemplates();
    const short = templates.at('很长', 9, long);
    const tall = templates.at('很长', 999_999, long);
    expect(short.formula.length).toBeLessThanOrEqual(8192);
    expect(short.fits).toBe(true);
    expect(tall.formula.length).toBeGreaterThan(8192);
    expect(tall.fits).toBe(false);
  });
});

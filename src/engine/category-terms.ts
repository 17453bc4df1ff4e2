import { sectionExpr } from './formulas';
import type { Layout } from './layout';
import { topLevel, type SheetScore } from './score';

/**
 * The terms the total formula adds when sections sit under categories (一级指标 over 二级指标): each category once,
 * as MIN(its cap, the sum of its sections' terms), written into its own 得分 cell (its row or its 小计) where it has
 * one; sections outside any category as they are. Without categories the section terms are returned unchanged.
 * `write` puts a formula in a category's cell and answers the cell's address, or null when the cell was not ours.
 */
export function topLevelTerms(
  layout: Layout, score: SheetScore, sectionTerms: string[], write: (row: number, expr: string, value: number) => string | null,
): string[] {
  const { categories } = layout;
  const scored = score.categories;
  if (!categories || !scored) return sectionTerms;
  const terms = categories.map((cat, i) => {
    const parts = sectionTerms.filter((_, k) => layout.sections[k].category === i);
    const expr = sectionExpr(scored[i].cap, parts);
    return (cat.subtotalRow !== null ? write(cat.subtotalRow, expr, scored[i].score) : null) ?? expr;
  });
  return topLevel(layout, sectionTerms, terms);
}

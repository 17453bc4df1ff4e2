import { message } from '../engine/messages';
import { fmt } from '../engine/numbers';
import { shownTier } from '../engine/tiers';
import type { SheetReport } from '../engine/sheet-report';

/**
 * The short Chinese summary `kaohe fill` prints without --json; with --explain, each sheet's reading comes before
 * its result (`before` gives the lines for the sheet at that index).
 */
export function fillSummary(
  file: string, output: string, sheets: readonly SheetReport[], before: (index: number) => string[] = () => [],
): string {
  const lines = [`已计分“${file}”：`];
  for (const [i, s] of sheets.entries()) {
    lines.push(...before(i));
    const parts = [message(s.kind === 'direct' ? 'KIND_DIRECT' : s.kind === 'composite' ? 'KIND_COMPOSITE' : 'KIND_DEDUCTIONS'), `总分 ${fmt(s.total)}`, `满分 ${fmt(s.fullMarks)}`, `等次 ${shownTier(s)}`, `警告 ${s.warnings.length} 条`];
    if (!s.complete) parts.push('评分未完成');
    lines.push(`  ${s.sheet}：${parts.join('，')}`);
  }
  lines.push(`已写入“${output}”`);
  return lines.join('\n');
}

import { fmt } from '../engine/numbers';
import { statusOf, type ScoreStatus } from '../engine/status';
import { escapeHtml as h } from './html';
import type { FileUnit, UnitEdits } from './file-units';

const STATUS_WORDS: Record<ScoreStatus, string> = { complete: '✓ 完成', warnings: '! 有提示', incomplete: '✗ 未完成' };

/**
 * The file mode's list of units: a name and a group the clerk can edit, the total, the tier and the unit's status in
 * words and shape (not colour alone). Inputs carry the unit's key, so the page keeps the edits across rescoring.
 */
export function renderUnitList(units: readonly FileUnit[], edits: UnitEdits): string {
  if (units.length === 0) return '';
  const rows = units.map((u, i) => {
    const status = statusOf(u.unit.report);
    const group = edits.groups.get(u.key) ?? '';
    return `<tr class="kh-unit kh-unit-${status}" data-status="${status}">` +
      `<td><input class="kh-unit-name" data-key="${h(u.key)}" value="${h(u.unit.unit)}" aria-label="第${i + 1}个单位的名称（${h(u.file)}）"></td>` +
      `<td><input class="kh-unit-group" data-key="${h(u.key)}" value="${h(group)}" size="6" aria-label="${h(u.unit.unit)}的分组"></td>` +
      `<td class="kh-num">${fmt(u.unit.report.total)}</td><td>${h(u.unit.report.tier)}</td>` +
      `<td><span class="kh-badge kh-badge-${status}">${STATUS_WORDS[status]}</span></td></tr>`;
  });
  return `<h2>单位（${units.length}个）</h2><p class="kh-note">可改单位名称、填写分组（同组的单位一起排名）；改后点“生成报告”。</p>` +
    `<table class="kh-table kh-units"><thead><tr><th scope="col">单位</th><th scope="col">分组</th><th scope="col">总分</th><th scope="col">等次</th><th scope="col">状态</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

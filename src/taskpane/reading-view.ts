import { fmt } from '../engine/numbers';
import { capText, type SheetReading } from '../engine/reading/reading';
import { ROLE_NAMES, type Role } from '../engine/roles';
import { escapeHtml as h } from './html';
import { ITEMS_SHOWN } from './labels';
import { colNumber } from '../engine/snapshot';
import type { ColumnChoice } from '../engine/reading/layout-types';

/**
 * The reading's preview, shown after 识别评分表 (in Excel) and for each sheet of an opened file, before anything is
 * written: each column with a role picker, the roles two columns could hold, the sections with where each cap came
 * from, and each item as it will be scored. String in, string out (jest renders it); the pages wire the pickers.
 */
export function renderReadingPreview(r: SheetReading): string {
  return [
    `<h2>识别结果预览（尚未写入）</h2>`,
    renderRolePickers(r),
    ...r.ambiguities.map((a) => {
      const cols = a.cols.map((c) => `${c}列`).join('、');
      const what = a.chosen ? `暂按${a.chosen}列计分` : '无法确定';
      return `<p class="kh-note kh-ambiguous" role="note">${h(cols)}都可能是“${h(a.roleName)}”列，${what}：请在上表中选择</p>`;
    }),
    renderSectionCaps(r),
    renderItemPreview(r),
  ].join('\n');
}

function renderRolePickers(r: SheetReading): string {
  const roles = Object.keys(ROLE_NAMES) as Role[];
  const rows = r.columns.map((c) => {
    const options = [`<option value=""${c.role === null ? ' selected' : ''}>不使用</option>`]
      .concat(roles.map((role) => `<option value="${role}"${c.role === role ? ' selected' : ''}>${h(ROLE_NAMES[role])}</option>`))
      .join('');
    const picker = `<select class="kh-role" data-sheet="${h(r.sheet)}" data-col="${h(c.col)}" aria-label="${h(c.col)}列的用途">${options}</select>`;
    const mark = c.disagreed ? ' kh-disagreed' : '';
    return `<tr class="kh-role-row${mark}"><td>${h(c.col)}列</td><td>${h(c.header || '（无表头）')}</td><td>${picker}</td><td>${h(c.why)}</td></tr>`;
  });
  return `<table class="kh-table kh-roles" aria-label="各列用途"><thead><tr><th scope="col">列</th><th scope="col">表头</th><th scope="col">用途</th><th scope="col">依据</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function renderSectionCaps(r: SheetReading): string {
  if (r.sections.length === 0) return '';
  const rows = r.sections.map((s) => `<tr><td>${h(s.name || '（未命名分项）')}</td><td>${h(capText(s))}</td><td class="kh-num">${fmt(s.score)}</td></tr>`);
  return `<table class="kh-table kh-section-caps" aria-label="分项满分及来源"><thead><tr><th scope="col">分项</th><th scope="col">满分及来源</th><th scope="col">得分</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function renderItemPreview(r: SheetReading): string {
  const shown = r.items.slice(0, ITEMS_SHOWN);
  const rows = shown.map((it) => {
    const from = it.pointsFrom === 'text' ? '文字中' : '分值列';
    return `<tr><td class="kh-num">${it.row}</td><td>${h(it.text)}</td><td class="kh-num">${fmt(it.points)}（${from}）</td><td>${h(it.rule)}</td><td>${h(it.entry || '未填')}</td><td class="kh-num">${fmt(it.score)}</td></tr>`;
  });
  const more = r.items.length > shown.length ? `<p class="kh-note">仅列出前${shown.length}项</p>` : '';
  return `<table class="kh-table kh-preview" aria-label="各项计分预览"><thead><tr><th scope="col">行</th><th scope="col">内容</th><th scope="col">分值</th><th scope="col">评分标准读法</th><th scope="col">填写</th><th scope="col">得分</th></tr></thead><tbody>${rows.join('')}</tbody></table>${more}<p class="kh-note">预览总分${fmt(r.total)}分（满分${fmt(r.fullMarks)}分）</p>`;
}

/**
 * The column choice after a pick: the columns the user chose before (kept in the workbook, shown as 用户指定) with
 * this one set, so a new pick never drops an earlier one.
 */
export function choiceAfterPick(reading: SheetReading | undefined, now: readonly ColumnChoice[] | undefined, pick: ColumnChoice): ColumnChoice[] {
  const before = now ?? (reading?.columns ?? []).filter((c) => c.source === 'user').map((c) => ({ col: colNumber(c.col), role: c.role }));
  return [...before.filter((c) => c.col !== pick.col), pick];
}

/** A picker's change as a column choice: its sheet, the column's number and the role (null for 不使用). */
export function pickedChoice(select: { value: string; dataset: { sheet?: string; col?: string } }): { sheet: string; col: number; role: Role | null } | null {
  const { sheet, col } = select.dataset;
  if (sheet === undefined || col === undefined || !/^[A-Z]{1,3}$/.test(col)) return null;
  const n = colNumber(col);
  const role = select.value === '' ? null : (select.value as Role);
  return role === null || role in ROLE_NAMES ? { sheet, col: n, role } : null;
}

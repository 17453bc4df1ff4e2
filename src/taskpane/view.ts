import { message as say } from '../engine/messages';
import { fmt } from '../engine/numbers';
import { describeRule } from '../engine/rules';
import type { SectionReport, SheetReport, WarningReport } from '../engine/sheet-report';
import { colLetter } from '../engine/snapshot';
import { statusLine, statusOf, type ScoreStatus } from '../engine/status';
import { DEFAULT_TIER_LABEL, VETO_TIER } from '../engine/tiers';
import { escapeHtml as h } from './html';
import type { Role } from '../engine/roles';
import { INSERT_DEDUCTION_LABEL, ITEMS_SHOWN, ROLE_LABELS } from './labels';

/**
 * The pane's views: report in, HTML out. No DOM and no Excel here, so jest renders them as they are; taskpane.ts
 * only puts the strings on the page and wires the clicks (warnings carry data-row / data-col for that).
 */
export function renderRecognition(report: SheetReport): string {
  return [
    `<p class="kh-summary">工作表“${h(report.sheet)}”：表头在第${report.headerRow}行，共${report.items.length}个考核项目，满分${fmt(report.fullMarks)}分</p>`,
    renderKind(report),
    renderColumns(report.columns),
    renderSections(report),
    renderItems(report),
    renderWarnings(report.warnings, report.sheet),
  ].join('\n');
}

export function renderColumns(columns: Record<string, string>): string {
  const known = (Object.keys(ROLE_LABELS) as Role[]).filter((role) => columns[role]);
  const rows = known.map((role) => `<tr><th scope="row">${h(ROLE_LABELS[role])}</th><td>${h(columns[role])}列</td></tr>`);
  // 项目 | 子项目: the column naming the categories over the sections.
  if (columns.category) rows.unshift(`<tr><th scope="row">一级指标</th><td>${h(columns.category)}列</td></tr>`);
  return `<h2>识别出的列</h2>\n<table class="kh-table kh-columns"><tbody>${rows.join('')}</tbody></table>`;
}

export function renderSections(report: SheetReport): string {
  if (report.sections.length === 0) return '';
  const count = (name: string) => report.items.filter((i) => i.section === name).length;
  const row = (s: SectionReport) =>
    `<tr><td>${h(s.name)}</td><td class="kh-num">${fmt(s.cap)}分</td><td class="kh-num">${count(s.name)}项</td></tr>`;
  // Under a category (一级指标) its sections follow its own row, which counts sections rather than items.
  const rows: string[] = [];
  const shown = new Set<string>();
  for (const s of report.sections) {
    const c = s.category !== undefined ? report.categories?.find((x) => x.name === s.category) : undefined;
    if (c && !shown.has(c.name)) {
      shown.add(c.name);
      const n = report.sections.filter((x) => x.category === c.name).length;
      rows.push(`<tr><th scope="row">${h(c.name)}</th><td class="kh-num">${fmt(c.cap)}分</td><td class="kh-num">${n}个分项</td></tr>`);
    }
    rows.push(row(s));
  }
  return `<h2>分项（${report.sections.length}个）</h2>\n<table class="kh-table"><thead><tr><th scope="col">分项</th><th scope="col">上限</th><th scope="col">项目数</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function renderItems(report: SheetReport): string {
  const shown = report.items.slice(0, ITEMS_SHOWN);
  const rows = shown.map(
    (i) =>
      `<tr><td class="kh-num">${i.row}</td><td class="kh-num">${fmt(i.base)}</td><td>${h(describeRule(i.rule))}</td></tr>`,
  );
  const more =
    report.items.length > shown.length
      ? `<p class="kh-note">仅列出前${shown.length}项，其余${report.items.length - shown.length}项同样参与计分</p>`
      : '';
  return `<h2>考核项目（${report.items.length}项）</h2>\n<table class="kh-table kh-items"><thead><tr><th scope="col">行</th><th scope="col">分值</th><th scope="col">评分标准解读</th></tr></thead><tbody>${rows.join('')}</tbody></table>${more}`;
}

/** `linked`: whether warnings select their row (in Excel); a file opened in a plain browser has nothing to select. */
export function renderFillResult(report: SheetReport, message: string, linked = true): string {
  const status = statusOf(report);
  // An incomplete sheet's total and tier are shown small and marked 暂定: nothing unfinished dressed as done.
  const provisional = status === 'incomplete' ? '<span class="kh-provisional">（暂定）</span>' : '';
  return [
    renderStatus(status, statusLine(report)),
    `<p class="kh-done">${h(message)}</p>`,
    renderKind(report),
    `<div class="kh-score kh-score-${status}"><div><span class="kh-label">总分</span><strong>${fmt(report.total)}</strong><span class="kh-of">/ ${fmt(report.fullMarks)}分</span>${provisional}</div>` +
      `<div><span class="kh-label">等次</span><strong>${h(report.tier)}</strong>${report.tierDefault && report.tier !== VETO_TIER ? `<span class="kh-of" title="${h(report.tierBands ?? '')}">${DEFAULT_TIER_LABEL}</span>` : ''}${provisional}</div></div>`,
    renderWarnings(report.warnings, report.sheet, linked),
  ].join('\n');
}

/** The three states look different in shape and word, not colour alone (high contrast drops colours). */
const STATUS_ICON: Record<ScoreStatus, string> = { complete: '✓', warnings: '!', incomplete: '✗' };

export function renderStatus(status: ScoreStatus, text: string): string {
  return `<p class="kh-state kh-state-${status}" data-status="${status}"><span class="kh-state-icon" aria-hidden="true">${STATUS_ICON[status]}</span>${h(text)}</p>`;
}

/** Which kind of sheet it is: 按扣分计算 (扣分 entered) or 汇总已填得分 (得分 typed, only totals written). */
function renderKind(report: SheetReport): string {
  const how = report.composite ? compositeText(report.composite) : '';
  return `<p class="kh-kind">${h(kindLabel(report))}</p>${how ? `\n<p class="kh-note">${h(how)}</p>` : ''}`;
}

/** How a composite sheet combines its scores, in one line: 按权重（德15%、能10%…）；评委C–G去掉最高最低后平均；… */
function compositeText(c: NonNullable<SheetReport['composite']>): string {
  const parts: string[] = [];
  if (c.weights) parts.push(`按权重（${c.weights.map((w) => `${w.name}${fmt(w.weight * 100)}%`).join('、')}）`);
  if (c.raters) parts.push(`评委${c.raters.columns[0]}–${c.raters.columns[c.raters.columns.length - 1]}列${c.raters.rule === 'trimmed' ? '去掉一个最高分和一个最低分后' : ''}取平均分`);
  if (c.shares) parts.push(`各方占比：${c.shares.map((x) => `${x.name}${fmt(x.share * 100)}%`).join('、')}`);
  if (c.levels && c.mechanisms.includes('votes')) parts.push(`按得票折算：${c.levels.words.map((w, i) => `${w}每票${fmt(c.levels?.votePoints?.[i] ?? 0)}分`).join('、')}`);
  else if (c.levels) parts.push(`按所标等次计分（${c.levels.words.join('、')}）`);
  if (c.mechanisms.includes('points')) parts.push('每条分值×条数累加，批示的得双倍分');
  return parts.join('；');
}

const kindLabel = (report: SheetReport): string => say(report.kind === 'direct' ? 'KIND_DIRECT' : report.kind === 'composite' ? 'KIND_COMPOSITE' : 'KIND_DEDUCTIONS');

/** Each warning is a button: clicking selects its row in the sheet (unless not `linked`: then plain text). */
export function renderWarnings(warnings: readonly WarningReport[], sheet: string, linked = true): string {
  if (warnings.length === 0) return '<p class="kh-note">没有需要核对的提示</p>';
  const items = warnings.map((w) => {
    const text = `${w.row !== undefined ? `第${w.row}行：` : ''}${h(w.message)}`;
    if (w.row === undefined || !linked) return `<li class="kh-plain">${text}</li>`;
    const col = w.col ? ` data-col="${h(w.col)}"` : '';
    return `<li><button type="button" class="kh-link" data-sheet="${h(sheet)}" data-row="${w.row}"${col} title="在表格中选中第${w.row}行">${text}</button></li>`;
  });
  return `<h2>提示（${warnings.length}条）</h2>\n<ul class="kh-warnings">${items.join('')}</ul>`;
}

/**
 * The inline error area's content, with the way out where there is one: a sheet whose header was not found gets
 * 选择表格区域; a sheet without 扣分 but with 得分 (the engine then says where, in `col`) gets 插入扣分列.
 */
export function renderError(error: { code?: string; message: string; col?: number } | null): string {
  if (!error) return '';
  const hint =
    error.code === 'NO_HEADER' || error.code === 'NO_ITEMS'
      ? '<br>可勾选“选择表格区域”，在表格中选中从表头行开始的区域后，再点击“识别评分表”。'
      : '';
  const fix =
    error.code === 'MISSING_DEDUCTION' && error.col !== undefined
      ? `<div class="kh-row"><button type="button" class="kh-btn" data-action="insert-deduction" title="在“得分”列（${colLetter(error.col)}列）前插入一列“扣分”">${INSERT_DEDUCTION_LABEL}</button></div>`
      : '';
  return `${h(error.message)}${hint}${fix}`;
}

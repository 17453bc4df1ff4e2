import { message } from '../engine/messages';
import { fmt } from '../engine/numbers';
import { capText, type SheetReading } from '../engine/reading/reading';

/**
 * `kaohe fill --explain`: the reading of one sheet as lines for a terminal, in Chinese — how each column's role was
 * decided, the sections and where each cap came from, then one line per item. Separators rather than padding, since
 * terminals disagree on the width of Chinese characters.
 */
export function explainLines(r: SheetReading): string[] {
  const kind = message(r.kind === 'direct' ? 'KIND_DIRECT' : 'KIND_DEDUCTIONS');
  const lines = [`工作表“${r.sheet}”的识别结果（表头在第${r.headerRow}行，${kind}）`, '  各列用途：'];
  for (const c of r.columns) {
    const mark = c.disagreed ? '（表头与内容不符，已按内容）' : '';
    lines.push(`    ${c.col}列 “${c.header || '（无表头）'}” → ${c.roleName}：${c.why}${mark}`);
  }
  for (const a of r.ambiguities) {
    const cols = a.cols.map((c) => `${c}列`).join('、');
    lines.push(a.chosen
      ? `  注意：${cols}都可能是“${a.roleName}”列，已按${a.chosen}列计分；如不对请用 --columns ${a.roleName}=列号 指定`
      : `  注意：${cols}都可能是“${a.roleName}”列，无法确定；请用 --columns ${a.roleName}=列号 指定`);
  }
  lines.push('  分项：');
  for (const s of r.sections) {
    lines.push(`    第${s.row}行 ${s.name || '（未命名分项）'} | 满分${capText(s)} | 各项分值合计${fmt(s.base)} | 得分${fmt(s.score)}`);
  }
  lines.push('  项目（行 | 内容 | 分值及来源 | 评分标准读法 | 填写 | 得分）：');
  for (const it of r.items) {
    const from = it.pointsFrom === 'text' ? '文字中标明' : '分值列';
    const entry = it.entry === '' ? '未填' : `“${it.entry}”`;
    lines.push(`    第${it.row}行 | ${it.text || '（无内容）'} | ${fmt(it.points)}分（${from}） | ${it.rule} | ${entry} | ${fmt(it.score)}`);
  }
  return lines;
}

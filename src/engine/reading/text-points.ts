import { ordinalLevel } from '../categories';
import { compact } from '../numbers';
import type { RowFacts } from './pass';

/**
 * Points inside the text (SCORING.md §2): many forms have no per-item 分值 column. Each item's content or criteria
 * ends with its points — 「…年终结案率达100%(10 分)」, 「…票款相符〔1分〕」 — and the 分值 column holds the section's
 * points, merged down beside its items (or typed once, on the first of them). Read as one item, such a group scores
 * from its first row alone; read here, each row is an item of its own points and the 分值 is the section's cap.
 */
export interface TextPoints {
  /** Row → the item's points, read from the end of its text. */
  points: Map<number, number>;
  /** The first row of each group → the 分值 it shows (the section's points) and the group's last row. */
  caps: Map<number, { cap: number; last: number }>;
}

/** (10分) · （10 分） · 〔0.5分〕 · [3分] · 【2分】 at the end of a text, a full stop or semicolon after it allowed. */
const TRAILING = /[(（〔[【](\d+(?:\.\d+)?)分[)）〕\]】][。.;；,，]?$/;
/** 「…布置安全工作，3分；」 · 「…制度上墙；5分」: the points set off by a comma or semicolon, with no verb before them. */
const SET_OFF = /[，,；;](\d+(?:\.\d+)?)分[。.;；]?$/;

/** The points a text ends with, or null. */
export function trailingPoints(text: string): number | null {
  const t = compact(text);
  const m = TRAILING.exec(t) ?? SET_OFF.exec(t);
  return m ? Number(m[1]) : null;
}

function levelOf(f: RowFacts): number | null {
  return ordinalLevel(f.contentText || f.criteriaText);
}

/**
 * The points the row's content or criteria ends with; failing those, any other text of the row but its section
 * name and its 分值 (a 考评细则 or 考核内容 column no header word names).
 */
function rowPoints(f: RowFacts): number | null {
  const own = trailingPoints(f.contentText) ?? trailingPoints(f.criteriaText);
  if (own !== null) return own;
  const base = f.baseValue === null ? '' : String(f.baseValue);
  for (const t of f.texts) {
    if (t === f.sectionText || t === base || t === f.contentText || t === f.criteriaText) continue;
    const p = trailingPoints(t);
    if (p !== null) return p;
  }
  return null;
}

/**
 * Groups of at least two rows under one 分值: the first row shows it, the next are merged into it or leave the 分值
 * empty, no new section starts among them, and every row ends with its own points. Linear in the rows.
 */
export function readTextPoints(rows: readonly RowFacts[]): TextPoints {
  const out: TextPoints = { points: new Map(), caps: new Map() };
  for (let i = 0; i < rows.length; i++) {
    const first = rows[i];
    const own = rowPoints(first);
    if (first.base === null || first.baseMergedFrom !== null || own === null) continue;
    const group = [first];
    let j = i + 1;
    for (; j < rows.length; j++) {
      const f = rows[j];
      // Merged into the first row's 分值, or an empty 分值 on a row numbered as the first is (not a heading such as
      // （四）…（30分） between items of 1、…（5分）).
      const under = f.baseMergedFrom === first.row ||
        (f.base === null && f.baseValue === null && levelOf(f) === levelOf(first));
      if (!under || f.sectionText.trim() !== '' || rowPoints(f) === null) break;
      group.push(f);
    }
    if (group.length < 2) continue;
    out.caps.set(first.row, { cap: first.base, last: group[group.length - 1].row });
    for (const f of group) out.points.set(f.row, rowPoints(f) as number);
    i = j - 1;
  }
  return out;
}

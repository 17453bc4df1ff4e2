import type { Worksheet } from 'exceljs';
import type { MergedArea } from '../engine/snapshot';
import { parseAddress } from '../engine/snapshot';

/** The worksheet's merged areas, 1-based, read from the model exceljs saves (the only public view of them). */
export function mergesOf(ws: Worksheet): MergedArea[] {
  const ranges: string[] = (ws.model as { merges?: string[] }).merges ?? [];
  const out: MergedArea[] = [];
  for (const r of ranges) {
    const [a, b = a] = r.split(':');
    const tl = parseAddress(a);
    const br = parseAddress(b);
    if (!tl || !br) continue;
    out.push({
      top: Math.min(tl.row, br.row),
      left: Math.min(tl.col, br.col),
      bottom: Math.max(tl.row, br.row),
      right: Math.max(tl.col, br.col),
    });
  }
  return out;
}

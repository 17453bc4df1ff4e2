/**
 * Whether an Excel number format shows a number as a date or time, so that the snapshot can flag the cell 'date'
 * (a date is stored as a serial number; only the format says what the number means). Both adapters ask here: the
 * add-in of the format Excel reports, the .xlsx reader of a style's format code. Quoted literals,
 * backslash escapes, [colour]/[$-locale] brackets and the elapsed-time brackets [h] [mm] [ss] are looked at the way
 * Excel reads them; a y, m, d, h or s outside them, or 上午/下午 (AM/PM), makes it a date or time format.
 */
export function isDateFormat(format: string): boolean {
  if (!format || format === 'General' || format === '@') return false;
  // Only the first section formats positive numbers, which is what a date is.
  const first = format.split(';')[0];
  if (/\[(h+|m+|s+)\]/i.test(first)) return true;
  const bare = first
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
  if (/上午|下午|AM\/PM|A\/P/i.test(bare)) return true;
  return /[ymdhs]/i.test(bare.replace(/E[+-]/gi, ''));
}

import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { kaohe, tmpDir } from '../helpers/cli';
import { partsOf, seed000Bytes, textPart, withDuplicate, withText, zipOf, type Parts } from '../helpers/package-mutations';
import { SEED000_EXPECTED } from '../helpers/seed-sheets';

/*
 * Issue 15's fuzz test: a real score sheet (seed 000, 让胡路区委政法委政法工作绩效考核细则, 总分 33.5) with its package
 * damaged at random: a flipped bit anywhere, the file cut short, an entry given twice or left out, a shared-string
 * index or a number's text made wrong. Whatever the damage, `kaohe fill` either refuses in one line with exit 2 and
 * writes nothing, or fills correctly: the right total, or a sheet it reports incomplete with a warning saying why.
 * Never a wrong total, never exit 0 with the damage unsaid, never the tool's own fault. Runs in-process.
 */

type Mutation =
  | { kind: 'flip'; at: number; bit: number; stored: boolean }
  | { kind: 'truncate'; keep: number }
  | { kind: 'duplicate'; entry: number; altered: boolean }
  | { kind: 'drop'; entry: number }
  | { kind: 'shared-string'; cell: number; index: string }
  | { kind: 'number-text'; cell: number; text: string };

const SHEET = 'xl/worksheets/sheet1.xml';

/** Entries whose data does not match their central directory's CRC-32, read independently of the patcher (fflate). */
function unsoundEntries(zip: Uint8Array): string[] {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const data = unzipSync(zip);
  const bad: string[] = [];
  for (let p = 0; p + 46 <= zip.length; p++) {
    if (v.getUint32(p, true) !== 0x02014b50) continue;
    const nameLen = v.getUint16(p + 28, true);
    const name = strFromU8(zip.subarray(p + 46, p + 46 + nameLen));
    if (data[name] === undefined || zlib.crc32(data[name]) !== v.getUint32(p + 16, true)) bad.push(name);
  }
  return bad;
}
let seed: Uint8Array;
let parts: Parts;
let names: string[];
beforeAll(async () => {
  seed = await seed000Bytes();
  parts = partsOf(seed);
  names = Object.keys(parts).filter((n) => !n.endsWith('/'));
});

/** The n-th (mod count) match of `re` in the sheet replaced by `edit` of it. */
function nthCell(re: RegExp, n: number, edit: (m: RegExpExecArray) => string): Parts {
  return withText(parts, SHEET, (xml) => {
    const all = [...xml.matchAll(re)];
    const m = all[n % all.length] as RegExpExecArray;
    return xml.slice(0, m.index) + edit(m) + xml.slice((m.index ?? 0) + m[0].length);
  });
}

function mutated(m: Mutation): Uint8Array {
  switch (m.kind) {
    case 'flip': {
      // Stored entries too: there a flipped bit changes the text (a 2 becomes a 3) and inflating cannot notice.
      const out = m.stored ? zipOf(parts, true) : Uint8Array.from(seed);
      out[m.at % out.length] ^= 1 << m.bit;
      return out;
    }
    case 'truncate':
      return seed.subarray(0, m.keep % seed.length);
    case 'duplicate': {
      const entry = names[m.entry % names.length];
      const copy = m.altered ? strToU8(`${textPart(parts, entry)} `) : parts[entry];
      return withDuplicate(parts, entry, copy);
    }
    case 'drop': {
      const rest = { ...parts };
      delete rest[names[m.entry % names.length]];
      return zipOf(rest);
    }
    case 'shared-string':
      return zipOf(nthCell(/<c r="[A-Z]+\d+" t="s"><v>\d+<\/v>/g, m.cell, (x) => x[0].replace(/<v>\d+</, `<v>${m.index}<`)));
    case 'number-text':
      return zipOf(nthCell(/<c r="[A-Z]+\d+"><v>[\d.]+<\/v>/g, m.cell, (x) => x[0].replace(/<v>[\d.]+</, `<v>${m.text}<`)));
  }
}

const MUTATION: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }), stored: fc.boolean() }),
  fc.record({ kind: fc.constant('truncate' as const), keep: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), entry: fc.nat(), altered: fc.boolean() }),
  fc.record({ kind: fc.constant('drop' as const), entry: fc.nat() }),
  fc.record({ kind: fc.constant('shared-string' as const), cell: fc.nat(), index: fc.constantFrom('99999', '-1', '1.5', 'x', '4294967296') }),
  fc.record({ kind: fc.constant('number-text' as const), cell: fc.nat(), text: fc.constantFrom('二', 'abc', '1,5', 'NaN', 'Infinity') }),
);

describe('包被随机损坏时，kaohe fill 要么一行拒绝，要么填写正确', () => {
  test('翻转一位、截断、重复或缺少条目、错误的共享字符串序号、数值格中的文字', async () => {
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(MUTATION, async (m) => {
        const dir = tmpDir();
        const file = path.join(dir, '政法委.xlsx');
        fs.writeFileSync(file, mutated(m));
        const r = await kaohe('fill', file, '--json');
        try {
          expect([0, 2]).toContain(r.code);
          if (r.code === 2) {
            expect(r.out).toBe('');
            expect(r.errLines).toHaveLength(1);
            expect(r.errLines[0]).toMatch(/^错误：/);
            expect(fs.readdirSync(dir)).toEqual(['政法委.xlsx']);
            return;
          }
          // Whatever was filled, the output is a sound zip: every entry inflates to the CRC-32 its directory states.
          expect(unsoundEntries(fs.readFileSync(path.join(dir, '政法委.scored.xlsx')))).toEqual([]);
          const sheet = JSON.parse(r.out).sheets[0];
          if (sheet.complete) {
            expect(sheet.total).toBe(SEED000_EXPECTED.total);
            // The output reads back to the same total: nothing damaged was carried into it.
            const again = await kaohe('fill', path.join(dir, '政法委.scored.xlsx'), '-o', path.join(dir, 'again.xlsx'), '--json');
            expect(again.code).toBe(0);
            expect(JSON.parse(again.out).sheets[0].total).toBe(SEED000_EXPECTED.total);
          } else {
            expect(sheet.warnings.length).toBeGreaterThan(0);
            expect(r.errLines.length).toBeGreaterThan(0);
          }
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 150 },
    );
    // Bounded: the whole run stays well under a minute.
    expect(Date.now() - started).toBeLessThan(45_000);
  }, 60_000);
});

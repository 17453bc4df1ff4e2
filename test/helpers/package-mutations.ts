import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { tmpDir } from './cli';
import { seed000 } from './seed-sheets';
import { writeWorkbook } from './workbook';

/*
 * Ways a package can be damaged or unusual, made from a real one (seed 000, 让胡路区委政法委政法工作绩效考核细则,
 * as exceljs writes it): issue 15's hostile inputs, for the reader's tests and its fuzz test.
 */

export type Parts = Record<string, Uint8Array>;

/** Seed 000 written by exceljs, as bytes. */
export async function seed000Bytes(): Promise<Uint8Array> {
  const file = path.join(tmpDir(), 'seed.xlsx');
  await writeWorkbook(file, seed000());
  return fs.readFileSync(file);
}

export const partsOf = (zip: Uint8Array): Parts => unzipSync(zip);

/** Parts zipped again; `stored` leaves them uncompressed, so a changed byte changes the text and nothing else. */
export function zipOf(parts: Parts, stored = false): Uint8Array {
  const z: Zippable = {};
  // [Content_Types].xml first, as Office writes it.
  for (const name of Object.keys(parts).sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml')))
    z[name] = [parts[name], { level: stored ? 0 : 6 }];
  return zipSync(z);
}

export const textPart = (parts: Parts, name: string): string => strFromU8(parts[name]);

/** The parts with one XML part's text replaced. */
export function withText(parts: Parts, name: string, edit: (xml: string) => string): Parts {
  return { ...parts, [name]: strToU8(edit(textPart(parts, name))) };
}

/**
 * The zip with a second entry named like `entry`: a copy is added under a name of the same length, and that name is
 * then overwritten in the zip's headers (fflate will not write two entries of one name).
 */
export function withDuplicate(parts: Parts, entry: string, copy: Uint8Array = parts[entry]): Uint8Array {
  const i = entry.lastIndexOf('.') - 1;
  const alias = `${entry.slice(0, i)}${entry[i] === 'Z' ? 'Y' : 'Z'}${entry.slice(i + 1)}`;
  const zip = zipOf({ ...parts, [alias]: copy });
  const from = strToU8(alias);
  const to = strToU8(entry);
  for (let i = 0; i + from.length <= zip.length; i++) if (from.every((b, k) => zip[i + k] === b)) zip.set(to, i);
  return zip;
}

/** Offsets of every occurrence of `text` (as UTF-8) in `bytes`. */
export function offsetsOf(bytes: Uint8Array, text: string): number[] {
  const t = strToU8(text);
  const out: number[] = [];
  for (let i = 0; i + t.length <= bytes.length; i++) if (t.every((b, k) => bytes[i + k] === b)) out.push(i);
  return out;
}

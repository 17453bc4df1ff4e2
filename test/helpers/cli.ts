import crypto from 'node:crypto';
import fs from 'node:fs';
import { main } from '../../src/cli/main';
import { tempDir } from './temp-dir';

export interface CliRun {
  code: number;
  out: string;
  err: string;
  /** stderr split into lines, without the trailing empty one. */
  errLines: string[];
}

/** Runs the command line in-process, capturing what it prints. */
export async function kaohe(...argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err, errLines: err.split('\n').filter((l) => l !== '') };
}

/** A scratch folder, removed after the test file (test/helpers/temp-dir.ts). */
export const tmpDir = (): string => tempDir('cli');

export const sha256 = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

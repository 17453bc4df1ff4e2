import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';

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

export const tmpDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-cli-'));

export const sha256 = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

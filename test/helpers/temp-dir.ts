import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Scratch folders for tests, all under the system's temporary folder as kaohe-<label>-XXXXXX. Every one made here is
 * removed after its test file (test/support/temp-dirs.ts registers removeTempDirs for every file), so a run of the
 * suite leaves nothing behind. Tests make their folders only through this helper.
 */
const made: string[] = [];

export function tempDir(label = 'test'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kaohe-${label}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

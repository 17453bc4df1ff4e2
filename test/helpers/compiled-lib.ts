import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
/** tsc writes every output on each build, so one of them dates the whole of lib/. */
const LIB_MAIN = path.join(ROOT, 'lib', 'cli', 'main.js');
const LOCK = path.join(ROOT, '.lib-build.lock');

function newest(dir: string, ending: string): number {
  if (!fs.existsSync(dir)) return 0;
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p, ending) : e.name.endsWith(ending) ? fs.statSync(p).mtimeMs : 0);
  }
  return t;
}


/**
 * Tests that run the installed command (bin/kaohe.js → lib/) compile lib/ first when any source is newer. Jest runs
 * test files in parallel workers, so the compile takes a lock file: two workers writing lib/ at once could leave one
 * of them reading half-written JavaScript.
 */
export function buildLibOnce(): void {
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${LOCK} is held too long; remove it if no test is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    const built = fs.existsSync(LIB_MAIN) ? fs.statSync(LIB_MAIN).mtimeMs : 0;
    if (built >= newest(path.join(ROOT, 'src'), '.ts')) return;
    const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`npm run build:lib failed:\n${r.stdout}${r.stderr}`);
  } finally {
    fs.rmSync(LOCK, { force: true });
  }
}

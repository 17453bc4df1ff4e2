import fs from 'node:fs';
import path from 'node:path';

/** Whether two paths name one file, through links too: an output must never replace one of its own inputs. */
export function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}

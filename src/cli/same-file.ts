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

/** Where a path leads once links are followed (the path itself when it leads nowhere yet). */
function identity(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** The files with each one kept once, in the order first given, and the names that repeated an earlier one. */
export function distinctFiles(files: readonly string[]): { files: string[]; repeats: string[] } {
  const seen = new Set<string>();
  const out = { files: [] as string[], repeats: [] as string[] };
  for (const f of files) {
    const id = identity(f);
    if (seen.has(id)) out.repeats.push(f);
    else {
      seen.add(id);
      out.files.push(f);
    }
  }
  return out;
}

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { address, valueAt, type SheetSnapshot } from '../../src/engine/snapshot';
import { tempDir } from '../helpers/temp-dir';

/**
 * LibreOffice in a fresh profile that recalculates every formula when it loads an .xlsx (OOXMLRecalcMode 0 =
 * always), so what it saves holds its own results, not the ones the tool cached.
 */
export const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Opens the workbook in LibreOffice, recalculates, saves it as .xlsx in a new folder; returns the new file. */
export function recalculated(file: string): string {
  return recalculatedAll([file])[0];
}

/** Many workbooks through one LibreOffice run (starting it is the slow part); files need distinct base names. */
export function recalculatedAll(files: readonly string[]): string[] {
  const work = tempDir('lo');
  const profile = path.join(work, 'profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const outDir = path.join(work, 'out');
  execFileSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'xlsx', '--outdir', outDir, ...files],
    { stdio: 'pipe', timeout: 90_000 + 10_000 * files.length },
  );
  return files.map((file) => {
    const out = path.join(outDir, path.basename(file).replace(/\.[^.]+$/, '') + '.xlsx');
    if (!fs.existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
    return out;
  });
}

/**
 * Every formula in the tool's output, recalculated by LibreOffice, equals the result the tool cached beside it (to
 * the hundredth); returns how many formulas were compared.
 */
export function expectSameResults(mine: SheetSnapshot, theirs: SheetSnapshot): number {
  let formulas = 0;
  mine.formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      if (!f) return;
      formulas++;
      const got = valueAt(theirs, r + 1, c + 1);
      const rounded = typeof got === 'number' ? Math.round(got * 100) / 100 : got;
      expect([address(r + 1, c + 1), f, rounded]).toEqual([address(r + 1, c + 1), f, valueAt(mine, r + 1, c + 1)]);
    }),
  );
  return formulas;
}

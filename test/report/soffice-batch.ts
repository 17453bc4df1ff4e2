import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { RECALC_ALWAYS } from '../libreoffice/soffice';
import { tempDir } from '../helpers/temp-dir';

/**
 * One LibreOffice run converting many files at once, in a fresh profile that recalculates every formula on load;
 * returns the converted file for each input, in order.
 */
export function convertAll(files: readonly string[], format: 'xlsx' | 'pdf'): string[] {
  const work = tempDir('lo');
  const profile = path.join(work, 'profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const outDir = path.join(work, 'out');
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', format, '--outdir', outDir, ...files], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  return files.map((f) => {
    const out = path.join(outDir, `${path.basename(f).replace(/\.[^.]+$/, '')}.${format}`);
    if (!fs.existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
    return out;
  });
}

/** A page of a PDF as a PNG (pdftoppm). */
export function pageImage(pdf: string, page: number, dpi: number, outPrefix: string): string {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', String(page), '-l', String(page), '-singlefile', pdf, outPrefix], { stdio: 'pipe' });
  return `${outPrefix}.png`;
}

export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Shared checks for the source manifest and the built one. */
const XSD = 'office-addin-manifest/OfficeAppManifestV1_1.xsd';

/**
 * Microsoft's add-in manifest XSDs are kept in the repository (schemas/office-addin-manifest); OFFICE_MANIFEST_XSD
 * names another copy. A missing schema fails the check rather than skipping it.
 */
export function schemaPath(): string {
  const candidates = [
    process.env.OFFICE_MANIFEST_XSD,
    path.resolve(__dirname, '../../schemas', XSD),
  ].filter((p): p is string => !!p);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`找不到清单架构 ${XSD}（可用环境变量 OFFICE_MANIFEST_XSD 指定），已查找：${candidates.join('，')}`);
  return found;
}

/** xmllint's verdict; throws with its message when the manifest does not validate. */
export function validate(file: string): string {
  return execFileSync('xmllint', ['--noout', '--nonet', '--schema', schemaPath(), file], { encoding: 'utf8', stdio: 'pipe' });
}

/**
 * What Microsoft's office-addin-manifest reads from a manifest (id, version, icons, support URL, app domains). Run in
 * a child Node process: the package depends on an ES module (strip-bom) that jest's CommonJS loader cannot load.
 */
export interface ManifestInfo {
  id?: string;
  version?: string;
  iconUrl?: string;
  highResolutionIconUrl?: string;
  supportUrl?: string;
  appDomains?: string[];
  displayName?: string;
}

export function readManifestInfo(file: string): ManifestInfo {
  const script =
    "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
    '.then((i) => process.stdout.write(JSON.stringify(i)), (e) => { console.error(e.message); process.exit(1); })';
  return JSON.parse(execFileSync(process.execPath, ['-e', script, file], { encoding: 'utf8', stdio: 'pipe' })) as ManifestInfo;
}

export function resids(xml: string): string[] {
  return [...xml.matchAll(/\bresid="([^"]*)"/g)].map((m) => m[1]);
}

/** Resource id → value, from bt:Images, bt:Urls and bt:ShortStrings / bt:LongStrings. */
export function resources(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"\s+DefaultValue="([^"]*)"/g)) out.set(m[1], m[2]);
  return out;
}

/** Every address the manifest sends Office to: URL-typed DefaultValues and AppDomains, not XML namespaces. */
export function urls(xml: string): string[] {
  const values = [...xml.matchAll(/\bDefaultValue="([a-z]+:\/\/[^"]*)"/gi)].map((m) => m[1]);
  const domains = [...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1].trim());
  return [...values, ...domains];
}

/** The resid of the first element with this tag inside the given parent (e.g. Page → SourceLocation). */
export function residIn(xml: string, parent: string): string | null {
  const m = new RegExp(`<${parent}>\\s*<SourceLocation resid="([^"]+)"`).exec(xml);
  return m ? m[1] : null;
}

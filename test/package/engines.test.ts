import fs from 'node:fs';
import path from 'node:path';

// semver is npm's own reading of "engines" ranges (installed with jest); it has no types of its own here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const semver = require('semver') as {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

describe('package.json 说支持的 Node 与锁定的依赖一致（npm install 不报 EBADENGINE）', () => {
  const oldest = semver.minVersion(pkg.engines.node)?.version as string;

  test('package.json 写明支持的最低 Node 是 20', () => {
    expect(oldest).toBe('20.0.0');
  });

  test('package-lock.json 中每个依赖都能在这个最低版本上安装', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([at, p]) => at !== '' && p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !semver.satisfies(oldest, (p.engines as { node: string }).node))
      .map(([at, p]) => `${at}@${p.version} 要求 Node ${(p.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });
});

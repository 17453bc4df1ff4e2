import fs from 'node:fs';
import path from 'node:path';

// webpack.config.js is plain CommonJS so webpack-cli can load it without a TypeScript step.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { withAddinUrl } = require('../../webpack.config.js') as { withAddinUrl: (text: string, base: string | null) => string };

const source = fs.readFileSync(path.resolve(__dirname, '../../manifest.xml'), 'utf8');

describe('发布网址 ADDIN_URL 替换清单中的开发网址', () => {
  it('替换每一处 https://localhost:3000/，不只第一处', () => {
    const out = withAddinUrl(source, 'https://kaohe.example.org/');
    expect(source.split('https://localhost:3000/').length - 1).toBeGreaterThan(5);
    expect(out).not.toContain('localhost');
    expect(out.split('https://kaohe.example.org/').length - 1).toBe(source.split('https://localhost:3000/').length - 1);
  });

  it('AppDomain 只写源（origin），换成发布网址的源', () => {
    const out = withAddinUrl(source, 'https://kaohe.example.org/tools/kaohe/');
    expect(out).toContain('<AppDomain>https://kaohe.example.org</AppDomain>');
    expect(out).toContain('DefaultValue="https://kaohe.example.org/tools/kaohe/taskpane.html"');
  });

  it('未设置 ADDIN_URL 时保持开发网址', () => {
    expect(withAddinUrl(source, null)).toBe(source);
  });
});

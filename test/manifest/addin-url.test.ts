import fs from 'node:fs';
import path from 'node:path';

// webpack.config.js is plain CommonJS so webpack-cli can load it without a TypeScript step.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as ((env: object, argv: { mode: string }) => unknown) & {
  withAddinUrl: (text: string, base: string | null) => string;
  builtManifest: (text: string, o: { base: string | null; version: string; functionsFile: string }) => string;
  manifestVersion: (v: string) => string;
};
const { withAddinUrl, builtManifest, manifestVersion } = config;
const makeConfig = config;

const source = fs.readFileSync(path.resolve(__dirname, '../../manifest.xml'), 'utf8');

describe('发布网址 ADDIN_URL 替换清单中的开发网址', () => {
  it('替换每一处 https://localhost:3000/，不只第一处', () => {
    const out = withAddinUrl(source, 'https://kaohe.example.org/');
    expect(source.split('https://localhost:3000/').length - 1).toBeGreaterThan(5);
    expect(out).not.toContain('localhost');
    expect(out.split('https://kaohe.example.org/').length - 1).toBe(source.split('https://localhost:3000/').length - 1);
  });

  it('发布网址可以带路径：每个网址都换到该路径下', () => {
    const out = withAddinUrl(source, 'https://kaohe.example.org/tools/kaohe/');
    expect(out).toContain('DefaultValue="https://kaohe.example.org/tools/kaohe/taskpane.html"');
    expect(out).not.toContain('localhost');
  });

  it('清单版本取自 package.json（0.1.0 → 0.1.0.0），函数脚本网址换成带内容哈希的文件名', () => {
    const out = builtManifest(source, { base: null, version: '0.3.2', functionsFile: 'functions.1a2b3c4d.js' });
    expect(out).toContain('<Version>0.3.2.0</Version>');
    expect(out).toContain('DefaultValue="https://localhost:3000/functions.1a2b3c4d.js"');
    expect(manifestVersion('1.2.3-beta.4')).toBe('1.2.3.4');
  });

  it('发布构建（production）没有 ADDIN_URL 时构建失败，而不是发布指向 localhost 的清单', () => {
    const saved = process.env.ADDIN_URL;
    delete process.env.ADDIN_URL;
    try {
      expect(() => makeConfig({}, { mode: 'production' })).toThrow('发布构建需要 ADDIN_URL');
      expect(() => makeConfig({}, { mode: 'development' })).not.toThrow();
    } finally {
      if (saved !== undefined) process.env.ADDIN_URL = saved;
    }
  });

  it('未设置 ADDIN_URL 时保持开发网址', () => {
    expect(withAddinUrl(source, null)).toBe(source);
  });
});

describe('office.js 的来源（OFFICE_JS，构建时设定）', () => {
  type Plugin = { constructor: { name: string }; userOptions?: { filename?: string; templateParameters?: { officeJs?: string } }; patterns?: { to?: string }[] };
  function build(officeJs: string | undefined) {
    const saved = process.env.OFFICE_JS;
    if (officeJs === undefined) delete process.env.OFFICE_JS;
    else process.env.OFFICE_JS = officeJs;
    try {
      const plugins = (makeConfig({}, { mode: 'development' }) as { plugins: Plugin[] }).plugins;
      const pages = plugins.filter((p) => p.constructor.name === 'HtmlWebpackPlugin');
      const copied = plugins.find((p) => p.constructor.name === 'CopyPlugin')?.patterns ?? [];
      return { src: pages.map((p) => p.userOptions?.templateParameters?.officeJs), copiesOfficeJs: copied.some((p) => p.to === 'office-js') };
    } finally {
      if (saved === undefined) delete process.env.OFFICE_JS;
      else process.env.OFFICE_JS = saved;
    }
  }

  it('默认：微软 CDN', () => {
    expect(build(undefined)).toEqual({ src: Array(2).fill('https://appsforoffice.microsoft.com/lib/1/hosted/office.js'), copiesOfficeJs: false });
  });

  it('OFFICE_JS=local：从 @microsoft/office-js 复制到 office-js/，页面从加载项自己的源加载', () => {
    expect(build('local')).toEqual({ src: ['office-js/office.js', 'office-js/office.js'], copiesOfficeJs: true });
  });

  it('OFFICE_JS=https://…：使用指定地址（如世纪互联运营的 Microsoft 365 的 CDN）；非 https 的地址构建失败', () => {
    const url = 'https://example.partner.microsoftonline.cn/lib/1/hosted/office.js';
    expect(build(url).src).toEqual([url, url]);
    expect(() => build('http://intranet/office.js')).toThrow('OFFICE_JS');
  });
});

/*
 * Builds the Excel add-in into dist/: taskpane.html (+ its bundles), commands.html, notice.html, help.html,
 * functions.json, manifest.xml, assets/ and examples/.
 *
 * Shared runtime: the manifest's Runtime, custom functions Page and FunctionFile all name taskpane.html, so that one
 * page is the only JavaScript runtime the add-in has. It must therefore load the functions and commands code as well
 * as the task pane's: taskpane.html gets the chunks functions, commands and taskpane, in that order, so KH.* and the
 * ribbon's fillActiveSheet are associated before the task pane draws. commands.html (commands chunk only) is kept for
 * hosts that open a FunctionFile page of their own.
 *
 * Production bundles carry a content hash in their names (taskpane.3f2a…js), so Office's web view never runs a stale
 * bundle after an update; the manifest's Script URL is written with the functions bundle's hashed name.
 *
 * Environment:
 *   ADDIN_URL  the production base URL (https://kaohe.example.org/); required for `--mode production`, which would
 *              otherwise ship a manifest pointing at https://localhost:3000/. Every dev URL in manifest.xml and
 *              functions.json (the functions' help links) is replaced by it.
 *   OFFICE_JS  unset: Microsoft's CDN (https://appsforoffice.microsoft.com/lib/1/hosted/office.js);
 *              `local`: office.js and its host files copied from @microsoft/office-js into dist/office-js/ and loaded
 *              from the add-in's own origin (intranets without a route to Microsoft's CDN);
 *              an https URL: that office.js (e.g. the CDN of Microsoft 365 operated by 21Vianet in China).
 */
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
// The functions' words in each language live in TypeScript beside them; plain Node needs the loader, jest has its own.
if (!require.extensions || !require.extensions['.ts']) require('./scripts/load-ts');
const { localizeMetadata } = require('./src/functions/metadata-text.ts');

const DEV_URL = 'https://localhost:3000/';
const DEV_ORIGIN = 'https://localhost:3000';
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

/** The production base URL, always ending in '/'; null when ADDIN_URL is unset. */
function addinUrl() {
  const raw = (process.env.ADDIN_URL || '').trim();
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL“${raw}”不是有效的网址`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL 必须以 https:// 开头（Office 只加载 https 的加载项）：${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Where the pages load office.js from: { src, local } (local: copy @microsoft/office-js into dist/office-js/). */
function officeJs() {
  const raw = (process.env.OFFICE_JS || '').trim();
  if (!raw) return { src: CDN_OFFICE_JS, local: false };
  if (raw === 'local') return { src: 'office-js/office.js', local: true };
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`OFFICE_JS 应为 local 或 office.js 的 https 网址，而不是“${raw}”`);
  }
  if (url.protocol !== 'https:') throw new Error(`OFFICE_JS 网址必须以 https:// 开头：${raw}`);
  return { src: url.href, local: false };
}

/** Every occurrence, not the first: the manifest names the dev URL a dozen times. */
function withAddinUrl(text, base) {
  if (!base) return text;
  return text.split(DEV_URL).join(base).split(DEV_ORIGIN).join(new URL(base).origin);
}

/** package.json's version as the manifest's four-part <Version> (0.1.0 → 0.1.0.0). */
function manifestVersion(version) {
  const parts = String(version).split(/[.+-]/).filter((p) => /^\d+$/.test(p)).slice(0, 4);
  while (parts.length < 4) parts.push('0');
  return parts.join('.');
}

/** manifest.xml as built: production URL, version from package.json, the functions bundle's (hashed) file name. */
function builtManifest(text, { base, version, functionsFile }) {
  const out = text
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`)
    .replace(`${DEV_URL}functions.js"`, `${DEV_URL}${functionsFile}"`);
  return withAddinUrl(out, base);
}

/**
 * Emits manifest.xml once the bundles have their final names; writes functions.json in Chinese and
 * functions-en-US.json in English from the generated metadata (src/functions/metadata-text.ts), help links at ADDIN_URL.
 * (CopyWebpackPlugin cannot: it copies before the functions bundle is named.)
 */
class ManifestPlugin {
  constructor(opts) {
    this.opts = opts;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('KaoheManifest', (compilation) => {
      compilation.fileDependencies.add(path.join(__dirname, 'manifest.xml'));
      compilation.hooks.processAssets.tap(
        { name: 'KaoheManifest', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const chunk = compilation.namedChunks.get('functions');
          const functionsFile = chunk ? [...chunk.files].find((f) => f.endsWith('.js')) : 'functions.js';
          const source = fs.readFileSync(path.join(__dirname, 'manifest.xml'), 'utf8');
          compilation.emitAsset('manifest.xml', new RawSource(builtManifest(source, { ...this.opts, functionsFile })));
          const meta = compilation.getAsset('functions.json');
          if (!meta) return;
          // Excel reads functions.json in the default language (zh-CN) and the manifest's override for en-US.
          const generated = JSON.parse(meta.source.source().toString());
          const json = (locale) => withAddinUrl(JSON.stringify(localizeMetadata(generated, locale), null, 2), this.opts.base);
          compilation.updateAsset('functions.json', new RawSource(json('zh-CN')));
          compilation.emitAsset('functions-en-US.json', new RawSource(json('en-US')));
        },
      );
    });
  }
}

module.exports = (_env, argv = {}) => {
  const production = argv.mode === 'production';
  const base = addinUrl();
  if (production && !base)
    throw new Error('发布构建需要 ADDIN_URL（加载项的 https 发布网址，如 ADDIN_URL=https://kaohe.example.org/ npm run build:addin）：否则清单会指向 https://localhost:3000/');
  const office = officeJs();
  const version = JSON.parse(fs.readFileSync(path.join(__dirname, 'package.json'), 'utf8')).version;
  return {
    mode: production ? 'production' : 'development',
    context: __dirname,
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    target: ['web', 'es2020'],
    entry: {
      taskpane: './src/taskpane/taskpane.ts',
      commands: './src/commands/commands.ts',
      functions: './src/functions/functions.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.js'],
      // The task pane reads and writes through Office.js; exceljs is the Node adapter's and must not ship to Excel.
      alias: { exceljs: false },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', moduleResolution: 'node', sourceMap: true, declaration: false } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Inlined so the pane paints styled at once and the build needs no css-loader; read beside this config, not cwd.
        templateParameters: {
          taskpaneCss: fs.readFileSync(path.join(__dirname, 'src/taskpane/taskpane.css'), 'utf8'),
          officeJs: office.src,
        },
        chunks: ['functions', 'commands', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        templateParameters: { officeJs: office.src },
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/commands/notice.html', to: 'notice.html' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          { from: 'examples/*.xlsx', to: 'examples/[name][ext]', noErrorOnMissing: true },
          ...(office.local
            ? [{ from: OFFICE_JS_DIST, to: 'office-js', globOptions: { ignore: ['**/*.debug.js', '**/*.d.ts', '**/*vsdoc*'] } }]
            : []),
        ],
      }),
      new ManifestPlugin({ base, version }),
    ],
    performance: { hints: false },
    stats: 'errors-warnings',
  };
};

module.exports.withAddinUrl = withAddinUrl;
module.exports.manifestVersion = manifestVersion;
module.exports.builtManifest = builtManifest;

/*
 * Builds the Excel add-in into dist/: taskpane.html (+ its bundles), commands.html, functions.json, manifest.xml,
 * assets/ and examples/.
 *
 * Shared runtime: the manifest's Runtime, custom functions Page and FunctionFile all name taskpane.html, so that one
 * page is the only JavaScript runtime the add-in has. It must therefore load the functions and commands code as well
 * as the task pane's: taskpane.html gets the chunks functions, commands and taskpane, in that order, so KH.* and the
 * ribbon's fillActiveSheet are associated before the task pane draws. commands.html (commands chunk only) is kept for
 * hosts that open a FunctionFile page of their own.
 *
 * ADDIN_URL (e.g. https://kaohe.example.org/) replaces every https://localhost:3000/ in the copied manifest.xml; the
 * bare origin https://localhost:3000 (AppDomain) becomes ADDIN_URL's origin. Without ADDIN_URL the dev URLs stay.
 */
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEV_ORIGIN = 'https://localhost:3000';

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

/** Every occurrence, not the first: the manifest names the dev URL a dozen times. */
function withAddinUrl(text, base) {
  if (!base) return text;
  return text.split(DEV_URL).join(base).split(DEV_ORIGIN).join(new URL(base).origin);
}

module.exports = (_env, argv = {}) => {
  const production = argv.mode === 'production';
  const base = addinUrl();
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
      filename: '[name].js',
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
        templateParameters: { taskpaneCss: fs.readFileSync(path.join(__dirname, 'src/taskpane/taskpane.css'), 'utf8') },
        chunks: ['functions', 'commands', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/commands/notice.html', to: 'notice.html' },
          { from: 'examples/*.xlsx', to: 'examples/[name][ext]', noErrorOnMissing: true },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: { transformer: (content) => withAddinUrl(content.toString('utf8'), base), cache: false },
          },
        ],
      }),
    ],
    performance: { hints: false },
    stats: 'errors-warnings',
  };
};

module.exports.withAddinUrl = withAddinUrl;

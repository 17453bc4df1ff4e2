'use strict';
// Lets a script require the TypeScript sources as they are, the way ts-jest does for the tests, without a build.
const fs = require('node:fs');
const ts = require('typescript');

require.extensions['.ts'] = (module, file) => {
  const out = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    fileName: file,
  });
  module._compile(out.outputText, file);
};

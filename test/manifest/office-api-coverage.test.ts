import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { REQUIRED_SETS } from '../../src/engine/supported-excel';
import SETS from './office-api-sets.json';

/*
 * Every Office.js member the add-in's code touches, resolved by the TypeScript checker to the class that declares it
 * (so Worksheet.protection and Workbook.protection are told apart), looked up in Microsoft's reference
 * (office-api-sets.json, made by scripts/office-api-sets.js) and held to the manifest: a member of a set the manifest
 * does not declare must be named below with the run-time check that guards it, and that check must stand in the same
 * file. This reads the TypeScript that webpack bundles rather than the minified bundle, where third-party code
 * (ECharts, docx) uses the same short names (add, merge, values) and only the sources say which object is Excel's.
 */
const ROOT = path.resolve(__dirname, '../..');
const FOLDERS = ['src/excel', 'src/commands', 'src/taskpane', 'src/functions'];

/** Members above the manifest's sets, each with the constant its file checks with isSetSupported before using it. */
const RUNTIME_CHECKED: Record<string, string> = {
  'Excel.Range.getMergedAreasOrNullObject': 'MERGED_AREAS_API',
  'Excel.Workbook.protection': 'WORKBOOK_PROTECTION_API',
  'Excel.RunOptions.mergeUndoGroup': 'UNDO_GROUP_API',
  'Office.UI.openBrowserWindow': 'BROWSER_WINDOW_SET',
  // notify.ts asks for the method itself before calling it, as DialogApi's page suggests for optional features.
  'Office.UI.displayDialogAsync': "typeof ui.displayDialogAsync !== 'function'",
};

const declared = new Map(REQUIRED_SETS.map((s) => [s.name as string, s.version]));
const versionOf = (v: string) => v.split('.').reduce((n, part) => n * 1000 + Number(part), 0);
const covered = (set: string) => {
  const [name, version] = set.split(' ');
  const have = declared.get(name);
  return have !== undefined && versionOf(have) >= versionOf(version);
};

interface Use {
  member: string;
  file: string;
}

/** The Office.js members each source file uses, as Class.member. */
function officeUses(): Use[] {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile).config;
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  const files = parsed.fileNames.filter((f) => FOLDERS.some((d) => f.startsWith(path.join(ROOT, d) + path.sep)));
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node): void => {
      const name = ts.isPropertyAccessExpression(node) ? node.name : ts.isPropertyAssignment(node) ? node.name : null;
      if (name) {
        // An option in an object literal ({ mergeUndoGroup: true }) is a member of the type the call expects.
        const contextual = ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)
          ? checker.getContextualType(node.parent)?.getProperty(name.getText(source))
          : undefined;
        const symbol = contextual ?? checker.getSymbolAtLocation(name);
        const decl = symbol?.declarations?.[0];
        if (decl && decl.getSourceFile().fileName.includes('@types/office-js') && symbol) {
          const owner = checker.getFullyQualifiedName((decl.parent as unknown as { symbol?: ts.Symbol }).symbol ?? symbol);
          uses.push({ member: `${owner}.${symbol.getName()}`, file: path.relative(ROOT, file) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

describe('代码用到的每个 Office.js 接口，都在清单声明的要求集内，或有运行时检查', () => {
  let uses: Use[] = [];
  beforeAll(() => {
    uses = officeUses();
  }, 120000);

  test('找得到代码实际用的接口（Range.values、Excel.run 的 mergeUndoGroup、showAsTaskpane 等）', () => {
    const members = new Set(uses.map((u) => u.member));
    for (const m of ['Excel.Range.values', 'Excel.Range.getMergedAreasOrNullObject', 'Excel.RunOptions.mergeUndoGroup', 'Office.Addin.showAsTaskpane'])
      expect(members).toContain(m);
  });

  test('高于清单要求集的接口只在列出的文件里、且该文件先检查了要求集', () => {
    const problems: string[] = [];
    for (const { member, file } of uses) {
      const set = (SETS as Record<string, string>)[member];
      if (set === undefined || covered(set)) continue;
      const guard = RUNTIME_CHECKED[member];
      if (!guard) problems.push(`${file}：${member} 需要 ${set}，清单没有声明，也没有运行时检查`);
      else if (!fs.readFileSync(path.join(ROOT, file), 'utf8').includes(guard))
        problems.push(`${file}：${member} 需要 ${set}，但这个文件没有用 ${guard} 检查`);
    }
    expect(problems).toEqual([]);
  });

  test('检查本身会发现问题：ExcelApi 1.13 的 Range.getMergedAreasOrNullObject 高于清单的 ExcelApi 1.11，必须有运行时检查', () => {
    expect((SETS as Record<string, string>)['Excel.Range.getMergedAreasOrNullObject']).toBe('ExcelApi 1.13');
    expect(covered('ExcelApi 1.13')).toBe(false);
    expect(covered('ExcelApi 1.11')).toBe(true);
    expect(covered('ExcelApi 1.7')).toBe(true);
    expect(covered('DialogApi 1.1')).toBe(false);
  });
});


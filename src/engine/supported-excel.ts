/**
 * Which Excel loads the add-in: the one source for every sentence, table and manifest line that names hosts or
 * versions (the manifest's <Requirements>, README's platform table, help.html, the pane's messages, docs). Tests
 * hold each of those places to these values.
 *
 * The minimums are the latest of the three requirement sets the manifest declares, per platform, as Microsoft's
 * requirement-set pages state them (checked on the dates below). Office loads an add-in only where every declared
 * set is supported, so the tightest of the three decides. ExcelApi is declared at 1.11, the highest version every
 * platform with CustomFunctionsRuntime 1.3 already has (Windows 2002, Mac 16.33), so it raises no minimum while
 * covering what the code calls (Worksheet.getRangeByIndexes 1.7, pageLayout 1.9, RangeAreas.address 1.9);
 * test/manifest/office-api-coverage.test.ts holds every call to it.
 */
export interface RequirementSet {
  name: 'SharedRuntime' | 'CustomFunctionsRuntime' | 'ExcelApi';
  version: string;
  /** The page that lists its platforms, and the ms.date it carried when we read it. */
  page: string;
  checked: string;
}

export const REQUIRED_SETS: readonly RequirementSet[] = [
  {
    name: 'SharedRuntime', version: '1.1', checked: '2025-10-17',
    page: 'https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets',
  },
  {
    name: 'CustomFunctionsRuntime', version: '1.3', checked: '2025-10-17',
    page: 'https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets',
  },
  {
    name: 'ExcelApi', version: '1.11', checked: '2026-06-30',
    page: 'https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets',
  },
];

export interface Platform {
  /** As a Chinese user names the Office they have. */
  name: string;
  /** The oldest build that has every required set, or null where the platform cannot load the add-in. */
  minimum: string | null;
  /** Why, in one phrase: which set decides the minimum, or which one is missing. */
  why: string;
}

export const PLATFORMS: readonly Platform[] = [
  { name: 'Excel 网页版', minimum: '支持', why: '三个要求集都支持' },
  {
    name: 'Windows：Microsoft 365 订阅版 Excel', minimum: '版本 2008（内部版本 13127.20296）及以上',
    why: 'CustomFunctionsRuntime 1.3 从此版本起',
  },
  {
    name: 'Windows：零售版（一次性购买的 Office 2016、2019、2021、2024）', minimum: '版本 2311（内部版本 17029.20126）及以上',
    why: '零售版从此版本起有 CustomFunctionsRuntime 1.3（需保持更新）',
  },
  {
    name: 'Windows：批量许可版 / LTSC', minimum: 'Excel 2021 或 2024，版本 2108（内部版本 14332.20011）及以上',
    why: '批量许可版 Excel 2016、2019 没有共享运行时，不能加载',
  },
  { name: 'Mac', minimum: '版本 16.40 及以上', why: 'CustomFunctionsRuntime 1.3 从 16.40 起（共享运行时从 16.35 起）' },
  { name: 'iPad', minimum: null, why: '没有自定义函数运行时' },
  { name: 'Office Online Server', minimum: null, why: '没有共享运行时' },
];

/** One sentence for messages: where the add-in loads. */
export const SUPPORTED_EXCEL =
  'Excel 网页版、Microsoft 365 的 Excel（Windows 版本 2008 及以上，Mac 16.40 及以上）、零售版 Office 2016 及以后的 Excel' +
  '（版本 2311 及以上）或批量许可版 Excel 2021/2024（版本 2108 及以上）';

/** The README and help page's table, rendered from PLATFORMS so neither can drift from it. */
export function platformTable(): string {
  const rows = PLATFORMS.map((p) => `| ${p.name} | ${p.minimum ?? '不支持'} | ${p.why} |`);
  return ['| 平台 | 最低版本 | 原因 |', '| --- | --- | --- |', ...rows].join('\n');
}

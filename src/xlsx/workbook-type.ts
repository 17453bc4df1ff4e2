/**
 * The four kinds of workbook package, told apart only by the workbook part's content type; the file's extension must
 * match it, or Excel refuses to open the file ("the file format or file extension is not valid"). A filled copy keeps
 * its input's kind, so it keeps the input's extension too (issue 15, item 3).
 */
const TYPES = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  '.xlsm': 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  '.xltx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  '.xltm': 'application/vnd.ms-excel.template.macroEnabled.main+xml',
} as const;

export type WorkbookExtension = keyof typeof TYPES;

export const WORKBOOK_EXTENSIONS = Object.keys(TYPES) as WorkbookExtension[];

/** How the messages name each kind. */
export const KIND_NAMES: Record<WorkbookExtension, string> = {
  '.xlsx': 'Excel 工作簿',
  '.xlsm': '启用宏的工作簿',
  '.xltx': 'Excel 模板',
  '.xltm': '启用宏的模板',
};

/** The extension a workbook part's content type calls for; a package that names no known type is read as .xlsx. */
export function extensionOfType(contentType: string | null): WorkbookExtension {
  const t = (contentType ?? '').trim().toLowerCase();
  for (const ext of WORKBOOK_EXTENSIONS) if (TYPES[ext].toLowerCase() === t) return ext;
  return '.xlsx';
}

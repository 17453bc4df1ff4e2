import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { message } from '../engine/messages';
import { fail, ok, type Result } from '../engine/result';

/**
 * Reading and writing .xlsx files. Failures the user can fix come back as engine-style error values (a code and a
 * Chinese sentence naming the file); only the tool's own faults are thrown.
 */
export async function readWorkbook(file: string): Promise<Result<ExcelJS.Workbook>> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return fail({ code: 'FILE_NOT_FOUND', message: message('FILE_NOT_FOUND', file) });
  }
  if (!stat.isFile()) return fail({ code: 'NOT_A_WORKBOOK', message: message('NOT_A_WORKBOOK', file) });
  const wb = new ExcelJS.Workbook();
  try {
    // Read from a buffer so that the input file is opened once, read-only, and never touched again.
    await wb.xlsx.load(fs.readFileSync(file) as unknown as ExcelJS.Buffer);
  } catch {
    return fail({ code: 'NOT_A_WORKBOOK', message: message('NOT_A_WORKBOOK', file) });
  }
  // Any zip (a .docx, say) loads as a workbook without sheets; Excel itself never saves one.
  if (wb.worksheets.length === 0) return fail({ code: 'NOT_A_WORKBOOK', message: message('NOT_A_WORKBOOK', file) });
  return ok(wb);
}

/** How bytes get to a path; a parameter so tests can make the write fail halfway. */
export type WorkbookWriter = (wb: ExcelJS.Workbook, file: string) => Promise<void>;

const writeXlsx: WorkbookWriter = async (wb, file) => {
  await wb.xlsx.writeFile(file);
};

/**
 * Writes beside the target under a temporary name, then renames: a crash or a full disk leaves either the old file
 * or the new one, never half a workbook, and the temporary file is removed on failure.
 */
export async function writeWorkbookAtomic(
  wb: ExcelJS.Workbook,
  file: string,
  write: WorkbookWriter = writeXlsx,
): Promise<Result<void>> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await write(wb, tmp);
    fs.renameSync(tmp, file);
    return ok(undefined);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    // The file system saying no (missing folder, no permission, full disk) is the user's to fix; anything else is ours.
    const code = (e as NodeJS.ErrnoException | null)?.code;
    if (typeof code !== 'string') throw e;
    return fail({ code: 'WRITE_FAILED', message: message('WRITE_FAILED', file, reasonOf(code, e as Error)) });
  }
}

const REASONS: Record<string, string> = {
  ENOENT: '所在文件夹不存在',
  ENOTDIR: '所在文件夹不存在',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EROFS: '磁盘为只读',
  ENOSPC: '磁盘空间不足',
  EISDIR: '这是一个文件夹',
  EBUSY: '文件正被其他程序占用',
};

function reasonOf(code: string, e: Error): string {
  return REASONS[code] ?? `${code} ${e.message.split('\n')[0]}`;
}

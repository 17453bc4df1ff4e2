import { readDocx } from '../docx/document';
import { ok, type Result } from '../engine/result';
import { readRubric, type Rubric } from '../engine/rubric';
import { checkUnitNames, unitList } from '../engine/unit-names';
import { planRubricWorkbook, type RubricWorkbook } from '../report/rubric-workbook';
import { writeNewWorkbook } from '../xlsx/new-workbook';

/**
 * 从 Word 细则新建 as the task pane runs it, with no DOM here (jest runs it as the page does): the steps of
 * `kaohe new` over bytes the user opened, the workbook kept in memory for a download (file mode) or its sheet plans
 * handed to the Excel adapter (inside Excel).
 */
export interface NewFromDocx {
  rubric: Rubric;
  units: string[];
  book: RubricWorkbook;
  /** 细则.docx → 细则.xlsx, the name `kaohe new` gives its output. */
  name: string;
  bytes: () => Uint8Array;
}

export function newFromDocx(bytes: Uint8Array, file: string, unitsText: string, date: string): Result<NewFromDocx> {
  const units = checkUnitNames(unitList(unitsText));
  if (!units.ok) return units;
  const blocks = readDocx(bytes, file);
  if (!blocks.ok) return blocks;
  const rubric = readRubric(blocks.value, file);
  if (!rubric.ok) return rubric;
  const planned = planRubricWorkbook(rubric.value, units.value, file, date);
  if (!planned.ok) return planned;
  const book = planned.value;
  const dot = file.lastIndexOf('.');
  return ok({
    rubric: rubric.value,
    units: units.value,
    book,
    name: `${dot > 0 ? file.slice(0, dot) : file}.xlsx`,
    bytes: () => writeNewWorkbook(book.sheets),
  });
}

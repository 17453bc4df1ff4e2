import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { readBody, readDocx } from '../../src/docx/document';
import type { DocTable } from '../../src/engine/doc-blocks';
import { headingPoints, linePoints, textPoints } from '../../src/engine/rubric-text';

/**
 * word/document.xml as Word, WPS and LibreOffice write it, read into paragraphs and rectangular tables: the pieces a
 * rubric's layout hangs on (merges, rows placed by gridBefore, content controls, revisions).
 */
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) => `<w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
const tc = (t: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${p(t)}</w:tc>`;
const table = (grid: number, rows: string[]) =>
  `<w:tbl><w:tblGrid>${'<w:gridCol w:w="100"/>'.repeat(grid)}</w:tblGrid>${rows.join('')}</w:tbl>`;
const tr = (cells: string, props = '') => `<w:tr><w:trPr>${props}</w:trPr>${cells}</w:tr>`;

function onlyTable(xml: string): DocTable {
  const t = readBody(doc(xml)).find((b) => b.kind === 'table');
  if (!t || t.kind !== 'table') throw new Error('no table');
  return t;
}

test('a section merged down (vMerge restart … continue) is one area with its text at the top', () => {
  const t = onlyTable(
    table(3, [
      tr(tc('项目') + tc('考核内容') + tc('分值'), '<w:tblHeader/>'),
      tr(tc('司法所建设(15分)', '<w:vMerge w:val="restart"/>') + tc('深入开展学习') + tc('2')),
      tr(tc('', '<w:vMerge/>') + tc('深化作风建设') + tc('2')),
    ]),
  );
  expect(t.cells).toEqual([['项目', '考核内容', '分值'], ['司法所建设(15分)', '深入开展学习', '2'], ['', '深化作风建设', '2']]);
  expect(t.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 1 }]);
  expect(t.headerRows).toBe(1);
});

test('gridBefore and gridSpan place cells in their grid columns; short rows are padded', () => {
  const t = onlyTable(
    table(4, [
      tr(tc('标题', '<w:gridSpan w:val="4"/>')),
      tr(tc('内容') + tc('满分'), '<w:gridBefore w:val="2"/>'),
      tr(tc('一、组织机构(1.5分)', '<w:gridSpan w:val="2"/>'), '<w:gridBefore w:val="1"/>'),
    ]),
  );
  expect(t.cells).toEqual([['标题', '', '', ''], ['', '', '内容', '满分'], ['', '一、组织机构(1.5分)', '', '']]);
  expect(t.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }, { top: 3, left: 2, bottom: 3, right: 3 }]);
});

test('content controls are read through; deleted rows and text are skipped; inserted text is kept', () => {
  const t = onlyTable(
    table(2, [
      tr(tc('考核内容') + tc('分值')),
      `<w:sdt><w:sdtPr/><w:sdtContent>${tr(`<w:sdt><w:sdtContent>${tc('建立台帐')}</w:sdtContent></w:sdt>${tc('5')}`)}</w:sdtContent></w:sdt>`,
      tr(tc('已删除的项目') + tc('9'), '<w:del w:id="1" w:author="a"/>'),
      tr(
        `<w:tc><w:p><w:r><w:t>每月</w:t></w:r><w:del w:id="2"><w:r><w:delText>（99分）</w:delText></w:r></w:del><w:ins w:id="3"><w:r><w:t>排查两次</w:t></w:r></w:ins></w:p></w:tc>` +
          tc('2'),
      ),
    ]),
  );
  expect(t.cells).toEqual([['考核内容', '分值'], ['建立台帐', '5'], ['每月排查两次', '2']]);
});

test('a table inside a cell becomes lines of that cell, and paragraphs keep their order around tables', () => {
  const blocks = readBody(doc(p('附件') + table(1, [tr(`<w:tc>${p('外层')}${table(2, [tr(tc('甲') + tc('乙'))])}</w:tc>`)]) + p('注：以上')));
  expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.cells))).toEqual(['附件', [['外层\n甲 乙']], '注：以上']);
});

test('a paragraph Word numbers itself carries its list level, since its 一、 or 1、 is not in its text', () => {
  const numbered = (t: string, lvl: number) =>
    `<w:p><w:pPr><w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
  expect(readBody(doc(numbered('组织领导(20分)', 0) + numbered('严格落实责任追究制(5分)', 1) + p('xx镇人民政府')))).toEqual([
    { kind: 'paragraph', text: '组织领导(20分)', listLevel: 0 },
    { kind: 'paragraph', text: '严格落实责任追究制(5分)', listLevel: 1 },
    { kind: 'paragraph', text: 'xx镇人民政府' },
  ]);
});

test('a .docx whose document.xml is not well formed is damaged, not half read', () => {
  const bytes = zipSync({ 'word/document.xml': strToU8(doc('<w:p><w:r><w:t>未闭合</w:r></w:p>')) });
  const r = readDocx(bytes, '坏.docx');
  expect(r.ok ? null : r.error.code).toBe('DOCX_DAMAGED');
});

describe('points as rubrics write them', () => {
  test('(N分) ending a text, with any number to the hundredth and either bracket width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), fc.boolean(), fc.constantFrom('', '。', '；'), (n, wide, tail) => {
        const v = n / 100;
        const text = `认真落实领导包案制度${wide ? '（' : '('}${v}分${wide ? '）' : ')'}${tail}`;
        expect(textPoints(text)).toBe(v);
        expect(headingPoints(text)).toBe(v);
      }),
    );
  });

  test('points spread over a text add up; a bonus in parentheses is not points', () => {
    expect(textPoints('深入开展习近平法治思想学习(1分)，扎实开展党史学习教育。(1分)')).toBe(1);
    expect(textPoints('办公环境整洁(1分)；办公用品摆放整齐(1分)；财务报销规范(2分)，每季度支出未达到序时进度的扣0.5分。')).toBe(4);
    expect(textPoints('在省级主流媒体刊登1篇(得1分)')).toBeNull();
  });

  test('running text states points as 「，1分。」 or 「得1分」, never as a deduction', () => {
    expect(linePoints('1.逐级签订综治责任书，1分。')).toBe(1);
    expect(linePoints('2.定期组织召开研判例会，1分。不报送的每次减0.5分，减完为止。')).toBe(1);
    expect(linePoints('5.按要求提交述职报告的，得1分。')).toBe(1);
    expect(linePoints('1.未制定相关应急预案，减0.25分。')).toBeNull();
  });
});

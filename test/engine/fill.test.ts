import fc from 'fast-check';
import { fillSheet } from '../../src/engine/fill';
import { applied, fillOf, rangHuLu, sheet, xxZhen } from './sheets';

function filled(s = rangHuLu(), opts = {}) {
  return fillOf(s, opts);
}

describe('填写让胡路区委政法委的考核细则（种子000的版式）', () => {
  const { report, plan } = filled();

  it('找到第2行的表头，并认出每一列的作用', () => {
    expect(report.headerRow).toBe(2);
    expect(report.columns).toEqual({
      section: 'A', index: 'B', content: 'C', criteria: 'D', base: 'E', basis: 'F', deduction: 'G', score: 'H',
    });
  });

  it('跳过分页重复的表头，九个考核项目按行号列出', () => {
    expect(report.items.map((i) => i.row)).toEqual([3, 4, 5, 6, 7, 9, 10, 11, 12]);
  });

  it('项目得分为基础分减去扣分：不得分扣完全部分值，“2分”读作2，全角的“５分”读作5', () => {
    expect(report.items.map((i) => i.score)).toEqual([0, 1, 2, 0, 0, 8.5, 3, 4.9, 4.8]);
  });

  it('从合并单元格的文字里读出各项目的分值上限', () => {
    expect(report.sections.map((s) => [s.cap, s.score])).toEqual([[10, 3], [25, 21.2]]);
    expect(report.sections[0].name).toBe('执法规范化建设和专项执法检查工作项目10分');
  });

  it('总分精确到0.01：24.2，满分35，是满分的69%，默认分档为合格', () => {
    expect(report.total).toBe(24.2);
    expect(report.fullMarks).toBe(35);
    expect([report.tier, report.tierDefault]).toEqual(['合格', true]);
    expect(report.complete).toBe(true);
  });

  it('扣分超过基础分时按基础分扣，并在该行给出提示', () => {
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ row: 6, code: 'DEDUCTION_ABOVE_BASE', message: '扣分3超过基础分2，按2分扣' }),
    );
  });

  it('写入每个项目的得分公式、合计行的总分公式和“等次”右侧的等次公式', () => {
    const at = (row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col);
    expect(plan.cells.filter((c) => c.col === 8).map((c) => c.row)).toEqual([3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14]);
    // A number in 扣分: the short form a person writes by hand. 「2分」 (G10) and 不得分 (G7): the long form that reads them.
    expect(at(3, 8)?.formula).toBe('=IF(ISTEXT(G3),"请填数字",ROUND(E3-MIN(E3,MAX(0,G3)),2))');
    expect(at(12, 8)?.formula).toBe('=IF(ISTEXT(G12),"请填数字",ROUND(5-MIN(5,MAX(0,G12)),2))');
    expect(at(7, 8)?.formula).toMatch(/^=ROUND\(E7-MIN\(E7,IF\(ISNUMBER\(MATCH\(TRIM\(G7\),\{"不得分"/);
    expect(at(10, 8)?.formula).toMatch(/^=ROUND\(E10-MIN\(E10,.*"分"/);
    expect(at(13, 8)?.formula).toBe('=IF(COUNTIF(H3:H12,"请填数字"),"请填数字",ROUND(MAX(0,MIN(10,SUM(H3:H7))+MIN(25,SUM(H9:H12))),2))');
    expect(at(13, 8)?.value).toBe(24.2);
    expect(at(14, 8)?.formula).toBe('=IF(COUNTIF(H3:H12,"请填数字"),"请填数字",IF(H13>=31.5,"优秀",IF(H13>=28,"良好",IF(H13>=21,"合格","不合格"))))');
    expect(at(14, 8)?.value).toBe('合格');
  });

  it('公式只用各表格软件都有的函数，不超过8192个字符', () => {
    for (const c of plan.cells) {
      if (!c.formula) continue;
      expect(c.formula.length).toBeLessThanOrEqual(8192);
      const used = c.formula.match(/[A-Z]+(?=\()/g) ?? [];
      const shared = ['ROUND', 'MAX', 'MIN', 'SUM', 'IF', 'AND', 'OR', 'TRIM', 'LEFT', 'RIGHT', 'MID', 'LEN', 'FIND', 'SUBSTITUTE',
        'MATCH', 'SUMPRODUCT', 'ISNUMBER', 'ISLOGICAL', 'IFERROR', 'ABS', 'ISTEXT', 'COUNTIF'];
      for (const f of used) expect(shared).toContain(f);
    }
  });

  it('选择“数值”时写入同样的单元格，只是不带公式', () => {
    const values = filled(rangHuLu(), { mode: 'values' }).plan;
    expect(values.cells.map((c) => [c.row, c.col, c.value])).toEqual(plan.cells.map((c) => [c.row, c.col, c.value]));
    expect(values.cells.every((c) => c.formula === null)).toBe(true);
  });

  it('选择“KH函数”时项目得分调用KH.CAPDEDUCT，等次调用KH.TIER', () => {
    const fn = filled(rangHuLu(), { mode: 'functions' }).plan;
    expect(fn.cells.find((c) => c.row === 3)?.formula).toBe('=KH.CAPDEDUCT(E3,G3)');
    expect(fn.cells.find((c) => c.row === 14)?.formula).toBe('=KH.TIER(H13,{31.5,28,21})');
  });
});

describe('不覆盖用户自己的得分', () => {
  it('得分格里已有用户填写的数字或别的公式时保留原样并提示，总分仍按计算结果', () => {
    const s = rangHuLu();
    s.values[3][7] = 1.5;
    s.formulas[4] = [null, null, null, null, null, null, null, '=E5'];
    const { plan, report } = filled(s);
    expect(plan.cells.some((c) => c.row === 4 && c.col === 8)).toBe(false);
    expect(plan.cells.some((c) => c.row === 5 && c.col === 8)).toBe(false);
    expect(report.warnings.filter((w) => w.code === 'SCORE_CELL_TAKEN').map((w) => w.row)).toEqual([4, 5]);
    const total = plan.cells.find((c) => c.row === 13)!;
    expect(total.value).toBe(24.2);
    expect(total.formula).toContain('H3,IF(ISTEXT(G4),"请填数字",ROUND(E4-MIN(E4,MAX(0,G4)),2))');
  });

  it('要求覆盖时照写', () => {
    const s = rangHuLu();
    s.values[3][7] = 1.5;
    expect(filled(s, { overwrite: true }).plan.cells.some((c) => c.row === 4 && c.col === 8)).toBe(true);
  });

  it('填写两次与填写一次结果相同，先写数值再写公式也认得出是自己写的', () => {
    const first = filled();
    const again = filled(applied(rangHuLu(), first.plan.cells));
    expect(again.plan).toEqual(first.plan);
    expect(again.report).toEqual(first.report);
    const afterValues = applied(rangHuLu(), filled(rangHuLu(), { mode: 'values' }).plan.cells);
    expect(filled(afterValues).plan).toEqual(first.plan);
  });
});

describe('填写xx镇综治及信访工作考核评分表（种子004的版式，含加减分）', () => {
  const { report } = filled(xxZhen());

  it('没有“项目”列时，考核内容左列是分项，考核重点是内容', () => {
    expect(report.columns).toMatchObject({ section: 'A', content: 'B', base: 'C', criteria: 'D', deduction: 'E', score: 'F' });
    expect(report.sections.map((s) => [s.cap, s.score])).toEqual([[20, 14], [30, 22]]);
  });

  it('加减分的录入在得分格里：加分加绝对值，扣分减绝对值', () => {
    expect(report.adjustments).toEqual([
      { row: 8, kind: 'bonus', points: 3 },
      { row: 9, kind: 'bonus', points: 2 },
      { row: 10, kind: 'penalty', points: 2 },
    ]);
    expect(report.bonus).toBe(3);
    expect(report.total).toBe(39);
  });

  it('说明里的“考核总分值设为100分”与各项合计50分不符时给出提示', () => {
    expect(report.fullMarks).toBe(50);
    expect(report.warnings.map((w) => w.code)).toContain('FULL_MARKS_MISMATCH');
  });

  it('加减分行的得分格是录入，不写公式', () => {
    const { plan } = filled(xxZhen());
    expect(plan.cells.some((c) => c.row >= 8 && c.row <= 10)).toBe(false);
  });
});

describe('一票否决、次数列、两行表头', () => {
  it('一票否决事项标记为“是”时，总分照算，等次为一票否决', () => {
    const s = sheet('乙镇', [
      ['考核项目', '评分标准', '分值', '扣分', '得分', null],
      ['平安建设（10分）', '每发现一例扣0.5分', 10, 1, null, null],
      ['否决事项', '发生进京非正常上访的，实行一票否决', null, '是', null, null],
      ['合计', null, null, null, null, null],
      ['考核等次：', null, null, null, null, null],
    ]);
    const { report, plan } = filled(s);
    expect(report.veto).toBe(true);
    expect(report.total).toBe(9);
    expect(report.tier).toBe('一票否决');
    expect(plan.cells.find((c) => c.row === 5)?.formula).toMatch(/^=IF\(ISNUMBER\(MATCH\(TRIM\(D3\),\{"是",.*\*\(1-ISLOGICAL\(D3\)\)>0,"一票否决"/);
  });

  it('一票否优事项标记为“√”时，95分不评优秀，降为良好', () => {
    const s = sheet('戊镇', [
      ['考核项目', '评分标准', '分值', '扣分', '得分'],
      ['平安建设（100分）', '每发现一例扣0.5分', 100, 5, null],
      ['否优事项', '发生重大安全责任事故的，实行一票否优', null, '√', null],
      ['合计', null, null, null, null],
      ['考核等次', null, null, null, null],
    ]);
    const { report, plan } = filled(s);
    expect([report.total, report.veto, report.tier]).toEqual([95, false, '良好']);
    expect(report.warnings.map((w) => w.code)).toContain('NO_EXCELLENT_MARKED');
    expect(plan.cells.find((c) => c.row === 5)?.formula).toMatch(/,IF\(E4>=80,"良好",.*,IF\(E4>=90,"优秀"/);
    const unmarked = sheet('戊镇', s.values.map((r, i) => (i === 2 ? r.map((v, c) => (c === 3 ? null : v)) : r)));
    expect(filled(unmarked).report.tier).toBe('优秀');
  });

  it('有“次数”列时，扣分为空则按次数乘每次扣分', () => {
    const s = sheet('丙所', [
      ['考核内容', '评分标准', '分值', '次数', '扣分', '得分'],
      ['信息报送', '每少一篇扣2分，最多扣6分', 10, 4, null, null],
    ]);
    const { report } = filled(s);
    expect(report.items[0]).toMatchObject({ deduction: 6, score: 4 });
    expect(report.warnings.map((w) => w.code)).toContain('DEDUCTION_ABOVE_CAP');
  });

  it('“考核组评分”跨两列合并在“扣分 | 得分”之上时读两行表头', () => {
    const s = sheet('丁局', [
      ['项目', '考核内容', '分值', '考核组评分', null],
      [null, null, null, '扣分', '得分'],
      ['基础工作（4分）', '有计划有总结', 4, 1, null],
    ], ['D1:E1', 'A1:A2', 'B1:B2', 'C1:C2']);
    const { report } = filled(s);
    expect(report.headerRow).toBe(1);
    expect(report.columns).toMatchObject({ deduction: 'D', score: 'E' });
    expect(report.items).toHaveLength(1);
    expect(report.items[0].score).toBe(3);
  });
});

describe('缺列时说明缺哪一列', () => {
  it('司法所细则（考核项目/考核内容/目标分值/考核方式/得分）没有扣分列', () => {
    const s = sheet('司法所', [
      ['考核项目', '考核内容', '目标分值', '考核方式', '得分'],
      ['司法所建设(15分)', '深入开展习近平法治思想学习(1分)', 2, '查看资料、平时掌握', null],
    ]);
    const r = fillSheet(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'MISSING_DEDUCTION', row: 1 });
  });

  it('不是评分表的工作表没有表头', () => {
    const r = fillSheet(sheet('说明', [['考核办法'], ['一、考核对象']]));
    expect(!r.ok && r.error.code).toBe('NO_HEADER');
  });
});

describe('计分的普遍规律', () => {
  const deduction = fc.oneof(
    fc.constant(null), fc.constant('不得分'), fc.constant('严重'),
    fc.integer({ min: -300, max: 3000 }).map((n) => n / 100), fc.integer({ min: 0, max: 3000 }).map((n) => `${n / 100}分`),
  );

  it('项目得分不低于0、不高于基础分，分项得分不高于上限，填写两次等于填写一次', () => {
    fc.assert(
      fc.property(fc.array(deduction, { minLength: 9, maxLength: 9 }), (ds) => {
        const rows = [3, 4, 5, 6, 7, 9, 10, 11, 12];
        const s = rangHuLu(Object.fromEntries(rows.map((r, i) => [r, ds[i]])));
        const first = filled(s);
        for (const it of first.report.items) {
          expect(it.score).toBeGreaterThanOrEqual(0);
          expect(it.score).toBeLessThanOrEqual(it.base);
          expect(Math.round(it.score * 100) / 100).toBe(it.score);
        }
        for (const sec of first.report.sections) expect(sec.score).toBeLessThanOrEqual(sec.cap);
        expect(filled(applied(s, first.plan.cells)).plan).toEqual(first.plan);
      }),
      { numRuns: 150 },
    );
  });
});

describe('司法所目标绩效考核细则（种子002的版式，插入扣分列后）', () => {
  const s = sheet('司法所', [
    ['司法所20XX年度目标绩效考核细则', null, null, null, null, null],
    ['考核项目', '考核内容', '目标分值', '考核方式', '扣分', '得分'],
    ['安置帮教(10分)', '1.五簿齐全：刑满释放人员及时登记（有相应人员而未登记的，缺一项扣0.2分，扣完为止）', 2, '查看资料', 0.4, null],
    [null, '2.一档规范：建立安置帮教一人一档（一份档案里责任书、协议书、走访笔录任一不全的扣0.5分，扣完为止）', 5, '查看资料', 1, null],
    [null, '3.一网核查及时（人员核查回执不超过一周，超期一人扣0.2分，扣完为止）', 2, '查看系统', 0, null],
    [null, '4.对村(社区)相关干部开展宣传培训1次。(未开展培训不得分)', 1, '查看资料', '不得分', null],
    [null, '5.培育宣传安置帮教创业典型，及时收集整理相关资料。(此为加分项，总分为1分，无创业典型不加分)', null, null, null, 1.5],
  ], ['A3:A7']);
  const { report, plan } = filled(s);

  it('评分标准写在考核内容的括号里也能读出', () => {
    expect(report.items.map((i) => i.score)).toEqual([1.6, 4, 2, 0]);
    expect(report.items[0].rule.clauses[0]).toMatchObject({ kind: 'deduct', points: 0.2, per: '项' });
  });

  it('“此为加分项，总分为1分”的行是加分，超过1分按1分计', () => {
    expect(report.adjustments).toEqual([{ row: 7, kind: 'bonus', points: 1 }]);
    expect(report.total).toBe(8.6);
    expect(report.warnings.map((w) => w.code)).toContain('BONUS_CAPPED');
    expect(plan.cells.some((c) => c.row === 7)).toBe(false);
  });
});

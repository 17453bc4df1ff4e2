import { fmt } from './numbers';

import { SUPPORTED_EXCEL } from './supported-excel';

export { SUPPORTED_EXCEL };

/**
 * Every sentence the engine says to a person, in one place. Edges (CLI, task pane, custom functions) show these
 * texts; programs match on the codes.
 */
export const MESSAGES = {
  // Errors: the sheet cannot be scored.
  NO_HEADER: (rows: number) =>
    `未找到评分表的表头行（需要一行中至少有三个如“考核内容”“评分标准”“分值”“扣分”“得分”的列名；只在前${rows}行中查找，表头在第${rows}行以下的请删去它上方多余的行）`,
  MISSING_BASE: () => '评分表缺少“基础分/分值”列，无法计分',
  MISSING_DEDUCTION: () =>
    '评分表缺少“扣分”列，“得分”列也尚未填写，无法计分（可直接在“得分”列填写各项得分，或在“得分”列前插入一列“扣分”）',
  WEIGHTED_SHEET: (found: string, todo: string) => `权重评分表暂不支持：找到${found}，${todo}`,
  // Composite sheets (SCORING.md §8): what was found, and what is missing or wrong.
  COMPOSITE_UNREAD: (found: string, missing: string) => `找到${found}，但没有找到${missing}，无法计分`,
  WEIGHT_UNREADABLE: (addr: string, raw: string) => `${addr}的权重“${raw}”不是百分比或小数：请改为如40%或0.4后再填写`,
  WEIGHT_MISSING: (name: string) => `“${name}”没有权重，而其他项目都有：请补上它的权重后再填写`,
  WEIGHTS_NOT_FULL: (sum: number) => `各项权重合计${fmt(sum * 100)}%，不是100%：请核对权重后再填写`,
  LEVEL_MARKED_TWICE: (row: number, name: string, levels: string) => `第${row}行“${name}”同时标记了${levels}：每项只能标记一个等次`,
  VOTES_NOT_A_NUMBER: (addr: string, raw: string) => `${addr}填的是“${raw}”，不是票数：得票格只能填数字或留空`,
  RATER_NOT_A_NUMBER: (addr: string, head: string, raw: string) =>
    `${addr}（${head}）填的是“${raw}”，不是数字：这一列只能填数字或留空`,
  MISSING_SCORE: () => '评分表缺少“得分”列，无法写入得分',
  NO_ITEMS: () => '表头下方没有找到分值为数字的考核项目',
  ROLE_UNDECIDED: (role: string, cols: string) =>
    `无法确定哪一列是“${role}”列：${cols}都可能是，请指定“${role}”是哪一列（命令行用 --columns ${role}=列号，任务窗格在识别结果中选择）`,

  // Warnings: the sheet is scored, but a person should look.
  DEDUCTION_ABOVE_BASE: (d: number, base: number) => `扣分${fmt(d)}超过基础分${fmt(base)}，按${fmt(base)}分扣`,
  DEDUCTION_ABOVE_CAP: (d: number, cap: number) => `扣分${fmt(d)}超过评分标准的扣分上限${fmt(cap)}，按${fmt(cap)}分扣`,
  DEDUCTION_NEGATIVE: (raw: string) => `扣分“${raw}”为负数，按未扣分计算，评分未完成`,
  DEDUCTION_UNREADABLE: (raw: string) => `扣分“${raw}”无法读取为数字，按未扣分计算，评分未完成`,
  ENTRY_UNREADABLE: (raw: string) => `加减分“${raw}”无法读取为数字，按0分计算，评分未完成`,
  BONUS_HIGHEST_ONLY: (sum: number, highest: number) => `加分按最高级别计${fmt(highest)}分，不重复计算（各级合计${fmt(sum)}分）`,
  BONUS_CAPPED: (v: number, cap: number) => `加分${fmt(v)}超过上限${fmt(cap)}，按${fmt(cap)}分计`,
  PENALTY_CAPPED: (v: number, cap: number) => `扣分${fmt(v)}超过上限${fmt(cap)}，按${fmt(cap)}分计`,
  CAP_MISMATCH: (name: string, cap: number, sum: number) =>
    `“${name}”标明${fmt(cap)}分，但所含项目基础分合计${fmt(sum)}分，按${fmt(cap)}分封顶`,
  CATEGORY_CAP_MISMATCH: (name: string, cap: number, sum: number) =>
    `“${name}”标明${fmt(cap)}分，但所含分项分值合计${fmt(sum)}分，按${fmt(cap)}分封顶`,
  FULL_MARKS_MISMATCH: (declared: number, full: number) => `说明中总分为${fmt(declared)}分，但按各分项分值计满分为${fmt(full)}分`,
  WEIGHTS_NEAR_FULL: (sum: number) => `各项权重合计${fmt(sum * 100)}%，不是整100%：按所列权重计算，满分为${fmt(sum * 100)}分，请核对`,
  RATERS_TOO_FEW: (n: number) => `只有${n}位评委打分，不足以“去掉一个最高分和一个最低分”，按${n}位评委的平均分计`,
  LEVEL_NONE: () => '该项没有标记等次，按0分计算，评分未完成',
  LEVEL_UNKNOWN: (word: string, levels: string) => `“评定”格填的是“${word}”，不是本表的等次（${levels}），按0分计算，评分未完成`,
  VOTES_EMPTY: () => '该项还没有有效票，按0分计算，评分未完成',
  RATERS_EMPTY: () => '该项还没有评委打分，按0分计算，评分未完成',
  SHARE_EMPTY: (name: string) => `“${name}”未填写，按0分计算，评分未完成`,
  SCORE_EMPTY: () => '该项得分未填写，按0分计算，评分未完成',
  SCORE_UNREADABLE: (raw: string) => `得分“${raw}”不是数字，按0分计算，评分未完成（得分格请填写数字）`,
  SCORE_ABOVE_BASE: (v: number, base: number) => `得分${fmt(v)}超过该项分值${fmt(base)}，按${fmt(base)}分计`,
  SCORE_NEGATIVE: (v: number) => `得分${fmt(v)}为负数，按0分计`,
  TOTAL_ROW_BASE_MISMATCH: (declared: number, full: number) => `合计行标明${fmt(declared)}分，但按各分项分值计满分为${fmt(full)}分`,
  SCORE_COLUMN_SENTENCES: (col: string, sentences: number, numbers: number, sample: string) =>
    `得分列${col}中有${sentences}项填的是文字（如“${sample}”），只有${numbers}项是数字：请确认得分列是否选对（命令行用 --columns 得分=列号，任务窗格在识别结果中选择）`,
  ITEM_ROWS_MERGED: (row: number, rows: number, scored: number) =>
    `第${row}行的分值格合并了${rows}行，按一个项目只读第${row}行的得分，但其中${scored}行各填了得分：如是${rows}个项目，请拆分分值格或在各项内容后写明分值（如“（2分）”）`,
  KEY_ITEM_ZERO: () => '说明规定的关键项得0分，总分按0分计',
  SECTION_BELOW_THRESHOLD: (n: number) => `说明规定的分项小计不足${fmt(n)}分，总分按0分计`,
  VETO_ZERO_TOTAL: () => '一票否决事项已标记，按说明总分为0分',
  CONDITION_NOT_APPLIED: (text: string) => `说明中的条件“${text}”无法对应到表中的项目，未自动应用，请人工核对`,
  MANUAL_RULE: () => '评分标准为“酌情”扣分，需考核人员自行判断，本工具不代为计算',
  DEDUCTION_OUTSIDE_RANGE: (d: number, lo: number, hi: number) =>
    `扣分${fmt(d)}不在评分标准的扣分范围${fmt(lo)}–${Number.isFinite(hi) ? fmt(hi) : '∞'}分之内，请核对`,
  RULE_TEXT_TOO_LONG: (length: number, limit: number) =>
    `评分标准文字长达${length}字，只读取了前${limit}字；请把过长的评分标准拆分到各项，或核对该单元格是否误粘贴了大段内容`,
  RULE_NUMBER_UNREADABLE: (raw: string) => `评分标准中的“${raw}”不是可用的分值（数字过大），该条按酌情处理，需人工判断`,
  LEVELS_UNMATCHED: (n: number) => `评分标准列出${n}个档次的分值，但档次名称与分值个数不一致，请核对`,
  SCORE_CELL_TAKEN: (addr: string) => `${addr}已有用户填写的内容，未覆盖（如需覆盖请选择“覆盖已有得分”）`,
  TOTAL_AS_HELD: (addr: string, held: number, computed: number) =>
    `合计${addr}保留了表中已有的${fmt(held)}分，报告按表中的${fmt(held)}分；按扣分计算应为${fmt(computed)}分（若${addr}是本工具以前填写的、填写记录已丢失，请核对后清空${addr}再填写）`,
  TIER_AS_HELD: (addr: string, held: string, computed: string) =>
    `等次${addr}保留了表中已有的“${held}”，报告按表中的“${held}”；按总分应为“${computed}”（如需更新，请核对后清空${addr}再填写）`,
  VETO_MARKED: () => '一票否决事项已标记，考核等次为“一票否决”',
  NO_EXCELLENT_MARKED: () => '一票否优事项已标记，不评最高等次',
  // How column roles were read (reading/column-roles.ts): a header word and the column's content together.
  ROLE_BY_CONTENT: (col: string, header: string, word: string, content: string, role: string | null) =>
    `${col}列表头“${header}”像是“${word}”列，但该列内容是${content}，已按内容${role ? `认作“${role}”列` : '不作为该列使用'}；如不对，请指定该列的用途`,
  ROLE_FROM_CONTENT: (col: string, header: string, role: string) =>
    `${col}列表头“${header}”不是已知的列名，按该列内容认作“${role}”列；如不对，请指定该列的用途`,
  ROLE_AMBIGUOUS: (role: string, cols: string, chosen: string) =>
    `${cols}都可能是“${role}”列，已按${chosen}列计分；请核对，如不对请指定“${role}”是哪一列`,

  // Readings of doubtful cells (entries.ts): the workbook's formulas read them the same way.
  ENTRY_ERROR: (raw: string) => `“${raw}”是错误值，按0分（未扣分）计算，公式也按0计算，评分未完成`,
  ENTRY_DATE: (n: number) => `该格是日期或时间，Excel公式会把它当作数字${fmt(n)}，已按${fmt(n)}计算，评分未完成，请改为分数`,
  ENTRY_UNCOMPUTED: (formula: string) =>
    `公式“${formula}”没有保存计算结果，本工具无法计算：按0分计算，该项得分写为数值，评分未完成；请在Excel中打开、保存后重新填写`,
  ENTRY_COMPUTED: (formula: string, n: number) => `公式“${formula}”没有保存计算结果，已按其算式计算为${fmt(n)}`,
  CELL_DAMAGED: () =>
    '该格在文件中已损坏（引用了不存在的共享文本，或数值格中存有文字），按空白计算，评分未完成：请在 Excel 中打开核对该格、保存后重新填写',
  CELL_UNREADABLE: (raw: string) => `“${raw}”无法读取为数字，按0计算，评分未完成`,
  BASE_UNREADABLE: (raw: string) => `基础分“${raw}”不是数字（日期、逻辑值、错误值或无法计算的公式），该行未计分，评分未完成`,
  LATER_TABLE: (row: number) => `第${row}行起还有一张评分表，本次只填写了第一张；请把它移到单独的工作表后再填写`,
  SCORE_CELL_MERGED: (addr: string, area: string) => `${addr}在合并单元格${area}中间，无法单独写入该项得分，未填写`,
  SCORES_MERGED: (area: string, rows: string) => `得分格${area}合并了第${rows}行的多个项目，已在其中写入这些项目得分之和`,
  FORMULA_LIMIT: (addr: string) => `${addr}的公式超过Excel的公式限制（8192字符、255个参数或64层嵌套），已写入数值，请在修改扣分后重新填写`,

  // The two kinds of sheet, as the CLI and the task pane name them.
  KIND_DEDUCTIONS: () => '按扣分计算',
  KIND_DIRECT: () => '汇总已填得分',
  KIND_COMPOSITE: () => '综合评分（权重、评委或各方占比）',

  // CLI and files.
  FILE_NOT_FOUND: (file: string) => `找不到文件“${file}”`,
  NOT_A_WORKBOOK: (file: string) => `“${file}”不是可读取的 Excel 工作簿（.xlsx）；.xls、.et、.csv 等格式请先另存为 .xlsx`,
  WORKBOOK_ENCRYPTED: (file: string) => `“${file}”设有打开密码（已加密），无法读取：请在 Excel 或 WPS 中打开它，删除密码后另存，再重试`,
  WORKBOOK_LEGACY: (file: string) => `“${file}”实际是旧版 .xls/.et 格式（只是扩展名为 .xlsx），无法读取：请在 Excel 或 WPS 中打开后另存为 .xlsx`,
  WORKBOOK_STRICT: (file: string) => `“${file}”是“Strict Open XML”格式，暂不支持：请在 Excel 中另存为普通的“Excel 工作簿(.xlsx)”`,
  WORKBOOK_DAMAGED: (file: string) => `“${file}”不完整或已损坏（可能下载或复制时中断），无法读取：请重新获取该文件`,
  WORKBOOK_PART_DAMAGED: (file: string, part: string) =>
    `“${file}”已损坏：其中的“${part}”与文件记录的校验值不符（可能下载或复制时出错），无法读取：请重新获取该文件`,
  WORKBOOK_DUPLICATE_PART: (file: string, part: string) =>
    `“${file}”已损坏：其中有两个同名的“${part}”，无法确定该用哪一个：请在 Excel 中打开、另存后再试，或重新获取该文件`,
  WORKBOOK_TOO_LARGE: (file: string, part: string, limitMB: number) =>
    `“${file}”中的“${part}”解压后超过${limitMB} MB，超出本工具能处理的大小（评分表通常不到 1 MB）`,
  FILE_TOO_LARGE: (file: string, sizeMB: number, limitMB: number) =>
    `“${file}”有${sizeMB} MB，超出本工具能读取的大小（${limitMB} MB；评分表通常不到 1 MB）：请确认选对了文件`,
  FILE_READ_FAILED: (file: string, code: string) => `无法读取“${file}”：读取时出错（${code}），请检查文件所在的磁盘后重试`,
  FILE_UNREADABLE: (file: string) => `无法读取“${file}”：没有读取权限，请检查文件权限后再试`,
  NO_SCORE_SHEET: (file: string) => `“${file}”中没有找到评分表`,
  BAD_OPTION: (detail: string) => `${detail}（用 kaohe --help 查看用法）`,
  OUTPUT_IS_INPUT: () => '输出文件不能与输入文件相同：本工具从不修改输入文件',
  OUTPUT_TYPE_MISMATCH: (output: string, input: string, kind: string, ext: string) =>
    `输出文件“${output}”的扩展名与“${input}”不符：它是${kind}，填写后的副本也是，扩展名应为 ${ext}（扩展名与内容不符的文件 Excel 不会打开）`,
  WRITE_FAILED: (file: string, reason: string) => `无法写入“${file}”：${reason}`,
  SHEET_NOT_SCORED: (sheet: string, reason: string) => `工作表“${sheet}”未计分：${reason}`,
  INTERNAL_ERROR: (reason: string) => `程序内部错误：${reason}`,

  // kaohe new: a rubric (考核细则) read from a Word document into a new workbook.
  DOC_NOT_DOCX: (file: string) => `“${file}”不是 .docx 文档（.doc、.wps、.pdf 等格式无法读取）：请在 Word 或 WPS 中另存为 .docx 后再试`,
  DOCX_ENCRYPTED: (file: string) => `“${file}”设有打开密码（已加密），无法读取：请在 Word 或 WPS 中打开它，删除密码后另存为 .docx，再重试`,
  DOCX_DAMAGED: (file: string) => `“${file}”不完整或已损坏，无法读取：请在 Word 或 WPS 中打开后另存为 .docx，或重新获取该文件`,
  NO_RUBRIC: (file: string) =>
    `“${file}”中没有找到考核细则：需要一张有“考核内容/评分标准”和“分值”列的表格，或带分值的编号段落（如“（一）组织领导（20分）”下的“1、……（5分）”）`,
  UNIT_NAME_EMPTY: () => '单位名称不能为空（--units 甲镇,乙镇,…，名称之间用逗号分隔）',
  UNIT_NAME_TOO_LONG: (name: string) => `单位名称“${name}”超过31个字符，不能用作工作表名称：请缩短`,
  UNIT_NAME_BAD_CHAR: (name: string) => `单位名称“${name}”含有工作表名称不允许的字符 [ ] : * ? / \ 或首尾的单引号：请去掉`,
  UNIT_NAME_RESERVED: (name: string) => `单位名称“${name}”与本工具生成的“考核报告”表同名，或是 Excel 保留的名称：请换一个`,
  UNIT_NAME_DUPLICATE: (name: string) => `单位名称“${name}”重复（工作表名称不区分大小写）：每个单位只能出现一次`,
  SHEET_EXISTS: (name: string) => `当前工作簿已有名为“${name}”的工作表：请先改名或删除它，或换一个单位名称`,
  RUBRIC_SECTION_SUM: (name: string, cap: number, sum: number) =>
    `细则中“${name}”标明${fmt(cap)}分，但所含各项分值合计${fmt(sum)}分，评分表按标明的${fmt(cap)}分封顶，请核对细则`,
  RUBRIC_TOTAL_SUM: (stated: number, sum: number) => `细则标明总分${fmt(stated)}分，但各部分分值合计${fmt(sum)}分，请核对细则`,
  RUBRIC_NO_POINTS: (text: string) => `“${text}”没有分值，未列为考核项目（已放在表下的说明中）`,
  RUBRIC_SECTION_AS_ITEM: (name: string) => `“${name}”下的各条没有分值，整部分作为一项、按标明的分值计分`,

  // Excel add-in (src/excel, task pane, ribbon commands).
  EXCEL_UNAVAILABLE: () => '本功能需要在 Excel 中运行：请在 Excel 中打开“考核评分助手”任务窗格后再试',
  EXCEL_FAILED: (reason: string) =>
    `与 Excel 通信失败${reason ? `（${reason}）` : ''}：工作簿未被改动。请先保存工作簿，关闭并重新打开本任务窗格后再试；仍失败时重启 Excel`,
  EXCEL_CELL_EDITING: () => '单元格正处于编辑状态：请先按 Enter 或 Esc 结束编辑，再重试',
  EXCEL_SHEET_PROTECTED: () => '工作表受保护，无法写入：请先撤销工作表保护，再重试',
  EXCEL_WORKBOOK_PROTECTED: () => '工作簿结构受保护，无法完成：请先在“审阅”选项卡撤销工作簿保护，再重试',
  EXCEL_API_MISSING: () => `当前 Excel 版本过旧，缺少本加载项要用的功能：需要${SUPPORTED_EXCEL}`,
  EXCEL_TOO_LARGE: () => '一次读写的数据超过了 Excel 的请求上限（网页版为 5 MB），请缩小表格或分表后重试',
  OFFICE_JS_FAILED: () => 'Office 脚本库（office.js）加载失败：请检查网络或代理能否访问 Office 的脚本地址，或请管理员改用随加载项部署的 office.js（OFFICE_JS=local 构建），然后关闭并重新打开本任务窗格',
  STATUS_COMPLETE: () => '评分完成：没有需要核对的提示',
  STATUS_WARNINGS: (n: number) => `评分完成，有${n}条提示：结果已算出，请逐条核对下列提示`,
  STATUS_INCOMPLETE: (why: string) => `评分未完成：${why}，总分与等次暂不作数，请按下列提示改正后重新填写`,
  FILL_NOTICE_WARNINGS: (done: string) => `一键填写完成，但有提示需要核对：${done}`,
  FILL_NOTICE_INCOMPLETE: (done: string) => `一键填写已写入，但评分未完成：${done}。请打开任务窗格查看提示并改正`,
  UNEXPECTED: () => '出现意外错误，操作已停止：请检查工作簿后再试；仍出现时请关闭并重新打开本任务窗格',
  FILL_NOTICE_FAILED: (reason: string) => `一键填写失败：${reason}`,
  REPORT_NOTICE_FAILED: (reason: string) => `生成报告失败：${reason}`,
  REPORT_NO_DOWNLOAD_MAC: (sheet: string) =>
    `Mac 与 iPad 版 Excel 的任务窗格不能下载文件。考核报告已写入本工作簿的“${sheet}”工作表；要下载通报（.docx）和网页报告（.html），请先保存工作簿，再点“在浏览器中打开”，在浏览器里打开这个工作簿`,
  REPORT_NO_DOWNLOAD_IPAD: (sheet: string) =>
    `这台设备上的 Excel 不能从任务窗格下载文件。考核报告已写入本工作簿的“${sheet}”工作表；要通报（.docx）和网页报告（.html），请在电脑浏览器中打开本加载项的页面，再打开保存好的工作簿`,
  FILL_DONE: (cells: number, total: number, tier: string, warnings: number) =>
    `已填写${cells}个单元格：总分${fmt(total)}分，等次“${tier}”` + (warnings > 0 ? `；有${warnings}条提示请核对` : ''),
  NOTHING_TO_UNDO: () => '没有可以撤销的填写（只能撤销最近一次“填写得分”）',
  UNDO_DONE: (cells: number, sheet: string) => `已撤销上次填写：工作表“${sheet}”的${cells}个单元格已恢复原样`,
  UNDO_SHEET_MISSING: (sheet: string) => `找不到上次填写的工作表“${sheet}”，无法撤销（可能已被重命名或删除）`,
  UNDO_STORE_DAMAGED: () => '撤销记录已损坏，无法撤销',
  FILL_UNRECORDED: () => '本次填写的单元格太多，填写记录超过 Excel 单次请求的上限，未能保存：无法“撤销”本次填写，再次填写时这些单元格按手填内容对待',
  UNDO_PARTIAL: (restored: number, sheet: string, changed: string) =>
    `已撤销上次填写：工作表“${sheet}”的${restored}个单元格已恢复原样；以下单元格在填写后被改动过（手动修改，或插入、删除、排序了行列），为免覆盖未恢复：${changed}`,
  UNDO_ALREADY_UNDONE: (sheet: string) => `工作表“${sheet}”上次填写的单元格已全部是填写前的内容（可能已用 Excel 的“撤消”(Ctrl+Z) 撤回），已清除撤销记录`,
  DEDUCTION_COLUMN_INSERTED: (col: string) => `已在“得分”列前插入“扣分”列（${col}列），请在该列填写扣分后点“填写得分”`,
  DEDUCTION_COLUMN_EXISTS: () => '评分表已有“扣分”列，无需插入',
  DEDUCTION_COLUMN_DIRECT: () => '评分表已直接填写得分，按已填得分汇总，无需插入“扣分”列',
  DEDUCTION_COLUMN_NO_SCORE: () => '评分表没有“得分”列，无法确定“扣分”列插入的位置：请先在表头中加上“得分”列',

  // Custom functions and other edges.
  FN_NOT_A_NUMBER: (raw: string) => `“${raw}”不是可识别的分数`,
  FN_MANUAL_RULE: () => '该评分标准为酌情扣分，需考核人员判断',
  FN_NEGATIVE: (raw: string) => `“${raw}”为负数，分值、扣分和加分应不小于0`,
  FN_BLANK_SCORE: () => '分数为空，无法排名',
  FN_NO_RULE: () => '评分标准中没有可计算的扣分或加分条款',
  FN_ZERO_NEEDS_BASE: () => '评分标准为“不得分”，需提供基础分才能计算扣分',
  FN_BAD_LEVEL: (n: number, max: number) => `档次“${fmt(n)}”无效：评分标准列出${max}个档次，应填1到${max}的整数`,
  FN_WEIGHTS_SHAPE: (scores: number, weights: number) => `得分有${scores}个，权重有${weights}个：两者应一一对应`,
  FN_BAD_BANDS: () => '等次分档无法识别：分数线应比等次名称少一个，或写成“90分以上为优秀，80分以上为良好……”',
} as const;

export type MessageCode = keyof typeof MESSAGES;

type Args<C extends MessageCode> = Parameters<(typeof MESSAGES)[C]>;

export function message<C extends MessageCode>(code: C, ...args: Args<C>): string {
  return (MESSAGES[code] as (...a: Args<C>) => string)(...args);
}

/** Usage texts. */
export const HELP_FILL = [
  '用法：kaohe fill <工作簿.xlsx> [-o 输出.xlsx] [--json] [--values] [--overwrite] [--explain] [--columns 得分=H,扣分=G]',
  '',
  '  识别工作簿中的每张考核评分表，按评分标准计分、定等次，写入得分（默认写原生 Excel 公式）。',
  '  输入文件从不修改；默认输出为同一文件夹下的“<文件名>.scored.xlsx”。',
  '',
  '  -o, --output <文件>  输出工作簿（.xlsx）',
  '  --json               在标准输出打印 JSON 结果',
  '  --values             写入数值而不是公式',
  '  --overwrite          覆盖得分列中用户已填写的内容',
  '  --explain            先打印每张表的识别结果：各列用途及判断依据、分项及满分来源、每个项目的分值、',
  '                       评分标准读法、填写内容和得分',
  '  --columns 得分=H,扣分=G',
  '                       按列号指定列的用途（列名用 项目、序号、考核内容、评分标准、基础分、扣分依据、',
  '                       考核方式、次数、扣分、加分、自评分、得分；“无=F”表示F列不使用）；',
  '                       指定会保存在工作簿中，以后再填写时沿用',
].join('\n');

export const HELP_RULES = [
  '用法：kaohe rules "<评分标准>" [--json] [--explain]',
  '',
  '  显示一段评分标准文字被读成的计分规则。',
  '',
  '  --json               打印规则的 JSON',
  '  --explain            同时显示切分出的词元，以及每个条款由哪条读法规则得出',
].join('\n');

export const HELP_REPORT = [
  '用法：kaohe report <工作簿.xlsx>... -o <报告.xlsx|报告.docx|报告.html> [--json] [--dense] [--top N] [--group 分组]',
  '',
  '  为多个单位（一个工作簿中每镇/单位一张表，或每个单位一个工作簿）计分、排名，写出考核报告。',
  '  输入文件从不修改。.xlsx 报告含「考核报告」表（总分、分项得分与名次为引用各单位表的公式）和各单位评分表的副本；',
  '  .docx 为通报文稿；.html 为可在浏览器中查看的单页报告（含可悬停查看分数的图表）。',
  '',
  '  -o, --output <文件>  输出报告（扩展名决定格式）',
  '  --json               在标准输出打印按名次排列的单位 JSON',
  '  --dense              中国式排名（1,1,2），默认同分同名次后跳位（1,1,3）',
  '  --top N              每组前 N 名为先进单位',
  '  --group 组名:单位,单位  分组排名（可重复，或用 ; 分隔多组）；--group prefix 按表名前缀（“区县-甲镇”）分组',
].join('\n');

export const HELP_NEW = [
  '用法：kaohe new <细则.docx> [--units 甲镇,乙镇,…] [-o 输出.xlsx] [--json]',
  '',
  '  读取 Word 考核细则（.docx：表格形式，或“（一）……（20分）”“1、……（5分）”的编号段落），',
  '  为每个单位生成一张评分表：项目、序号、考核内容、评分标准、分值、扣分依据、扣分、得分，',
  '  得分、小计、合计、等次为原生 Excel 公式；扣分格有数据验证；两个及以上单位时另有「考核报告」排名表。',
  '  分值对不上（各项之和与部分分值、各部分之和与总分）时给出警告，照常生成。',
  '  .doc、.wps、.pdf 请先在 Word 或 WPS 中另存为 .docx。默认输出为同一文件夹下的“<文件名>.xlsx”。',
  '',
  '  --units 甲镇,乙镇    单位名称（逗号或顿号分隔），每个单位一张工作表；默认一张“评分表”',
  '  -o, --output <文件>  输出工作簿（.xlsx）',
  '  --json               在标准输出打印 JSON 结果',
].join('\n');

export const HELP = [
  'kaohe 考核评分助手：识别考核评分表，计分、定等次，写回原生 Excel 公式',
  '',
  '命令：',
  '  kaohe fill <工作簿.xlsx> [-o 输出.xlsx] [--json] [--values] [--overwrite] [--explain] [--columns 得分=H,扣分=G]',
  '  kaohe rules "<评分标准>" [--json] [--explain]',
  '  kaohe report <工作簿.xlsx>... -o <报告.xlsx|.docx|.html> [--json] [--dense] [--top N] [--group 分组]',
  '  kaohe new <细则.docx> [--units 甲镇,乙镇,…] [-o 输出.xlsx] [--json]',
  '',
  '选项：',
  '  -h, --help           显示帮助（kaohe fill --help 查看命令的帮助）',
  '  -v, --version        显示版本',
  '',
  '退出码：0 完成；2 输入有误（文件、评分表、列或选项）；1 程序内部错误。',
].join('\n');

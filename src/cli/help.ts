/** Usage texts. `report` is not offered until it exists. */
export const HELP_FILL = [
  '用法：kaohe fill <工作簿.xlsx> [-o 输出.xlsx] [--json] [--values] [--overwrite]',
  '',
  '  识别工作簿中的每张考核评分表，按评分标准计分、定等次，写入得分（默认写原生 Excel 公式）。',
  '  输入文件从不修改；默认输出为同一文件夹下的“<文件名>.scored.xlsx”。',
  '',
  '  -o, --output <文件>  输出工作簿（.xlsx）',
  '  --json               在标准输出打印 JSON 结果',
  '  --values             写入数值而不是公式',
  '  --overwrite          覆盖得分列中用户已填写的内容',
].join('\n');

export const HELP_RULES = [
  '用法：kaohe rules "<评分标准>" [--json]',
  '',
  '  显示一段评分标准文字被读成的计分规则。',
  '',
  '  --json               打印规则的 JSON',
].join('\n');

export const HELP = [
  'kaohe 考核评分助手：识别考核评分表，计分、定等次，写回原生 Excel 公式',
  '',
  '命令：',
  '  kaohe fill <工作簿.xlsx> [-o 输出.xlsx] [--json] [--values] [--overwrite]',
  '  kaohe rules "<评分标准>" [--json]',
  '',
  '选项：',
  '  -h, --help           显示帮助（kaohe fill --help 查看命令的帮助）',
  '  -v, --version        显示版本',
  '',
  '退出码：0 完成；2 输入有误（文件、评分表、列或选项）；1 程序内部错误。',
].join('\n');

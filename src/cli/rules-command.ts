import { describeRule, parseRule } from '../engine/rules';
import type { Command } from './args';
import { EXIT, type CliIO } from './io';

/** `kaohe rules`: how a 评分标准 text is read, as the Rule JSON of CLI.md or one human sentence. */
export function runRules(cmd: Extract<Command, { kind: 'rules' }>, io: CliIO): number {
  const rule = parseRule(cmd.text);
  io.out(cmd.json ? JSON.stringify(rule, null, 2) : describeRule(rule));
  return EXIT.OK;
}

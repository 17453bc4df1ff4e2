import { explainRule, explanationLines } from '../engine/rule-explain';
import { describeRule, parseRule } from '../engine/rules';
import type { Command } from './args';
import { EXIT, type CliIO } from './io';

/**
 * `kaohe rules`: how a 评分标准 text is read, as the Rule JSON of CLI.md or one human sentence; with --explain, also
 * the tokens and the grammar rule behind each clause (in the JSON as `explain`, beside the Rule's own fields).
 */
export function runRules(cmd: Extract<Command, { kind: 'rules' }>, io: CliIO): number {
  const rule = parseRule(cmd.text);
  if (!cmd.explain) {
    io.out(cmd.json ? JSON.stringify(rule, null, 2) : describeRule(rule));
    return EXIT.OK;
  }
  const e = explainRule(cmd.text);
  if (cmd.json) {
    const explain = { tokens: e.tokens, clauses: e.clauses.map(({ builtBy, rule: how }) => ({ builtBy, how })) };
    io.out(JSON.stringify({ ...rule, explain }, null, 2));
  } else io.out(explanationLines(e).join('\n'));
  return EXIT.OK;
}

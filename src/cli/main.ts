import fs from 'node:fs';
import path from 'node:path';
import { message } from '../engine/messages';
import { parseArgs } from './args';
import { runFill } from './fill-command';
import { HELP, HELP_FILL, HELP_NEW, HELP_REPORT, HELP_RULES } from './help';
import { badInput, EXIT, processIO, quietWhenReaderLeaves, type CliIO } from './io';
import { errorLine } from './lines';
import { runRules } from './rules-command';

/** The whole command line as a function: argv (without node and script) in, exit code out, all text through io. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    if (!parsed.ok) return badInput(io, errorLine(parsed.error));
    const cmd = parsed.value;
    switch (cmd.kind) {
      case 'help':
        io.out(cmd.topic === 'fill' ? HELP_FILL : cmd.topic === 'rules' ? HELP_RULES : cmd.topic === 'report' ? HELP_REPORT : cmd.topic === 'new' ? HELP_NEW : HELP);
        return EXIT.OK;
      case 'version':
        io.out(version());
        return EXIT.OK;
      case 'rules':
        return runRules(cmd, io);
      case 'fill':
        return await runFill(cmd, io);
      case 'report':
        // Loaded only for `report`: its charting and document libraries take seconds to load, which every `fill` paid.
        return await (await import('./report-command')).runReport(cmd, io);
      case 'new':
        return await (await import('./new-command')).runNew(cmd, io);
    }
  } catch (e) {
    // Our own fault: one line, no stack trace (set KAOHE_DEBUG=1 to see it).
    if (process.env.KAOHE_DEBUG) io.err(String((e as Error)?.stack ?? e));
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    io.err(errorLine({ code: 'INTERNAL_ERROR', message: message('INTERNAL_ERROR', reason) }));
    return EXIT.FAULT;
  }
}

function version(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Entry for bin/kaohe.js. */
export async function run(): Promise<void> {
  quietWhenReaderLeaves();
  process.exitCode = await main(process.argv.slice(2));
}

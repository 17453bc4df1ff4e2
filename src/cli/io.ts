/** Where the command line speaks: each call is one or more whole lines. Tests pass their own to capture them. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/** Streams whose reader has gone: nothing more is written to them. */
const closed = new Set<NodeJS.WriteStream>();

export const processIO: CliIO = {
  out: (text) => say(process.stdout, text),
  err: (text) => say(process.stderr, text),
};

function say(stream: NodeJS.WriteStream, text: string): void {
  if (!closed.has(stream)) stream.write(`${text}\n`);
}

/**
 * A reader that stops early (`kaohe rules … --json | head -c 10`) closes the pipe under us. That is the reader's
 * choice, not a fault: the command finishes its work (a fill still writes its workbook) and exits with its own code,
 * quietly, instead of dying on Node's unhandled EPIPE with a stack trace.
 */
export function quietWhenReaderLeaves(): void {
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', () => {
      closed.add(stream);
    });
}

/** Exit codes of CLI.md: 0 done, 1 the tool's own fault, 2 bad input. */
export const EXIT = { OK: 0, FAULT: 1, BAD_INPUT: 2 } as const;

/** A bad input's one error line on stderr, and the exit code that says so. */
export function badInput(io: CliIO, line: string): number {
  io.err(line);
  return EXIT.BAD_INPUT;
}

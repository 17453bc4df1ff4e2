/** Where the command line speaks: each call is one or more whole lines. Tests pass their own to capture them. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Exit codes of CLI.md: 0 done, 1 the tool's own fault, 2 bad input. */
export const EXIT = { OK: 0, FAULT: 1, BAD_INPUT: 2 } as const;

/** A bad input's one error line on stderr, and the exit code that says so. */
export function badInput(io: CliIO, line: string): number {
  io.err(line);
  return EXIT.BAD_INPUT;
}

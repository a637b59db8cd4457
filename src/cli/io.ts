/** What `main` needs from the outside world; tests pass their own. */
export interface Io {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stdout is a terminal (colour and tables). */
  isTTY: boolean;
  /** The wall clock; only `today()` reads it. */
  now: () => Date;
}

/** A failure with a message for the user and an exit code (2: usage, 1: data). */
export class ExitError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

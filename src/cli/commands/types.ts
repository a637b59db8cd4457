import type { Io } from '../io.js';
import type { GlobalOptions } from '../options.js';

/** Help text in both languages; shown as `中文 / English` whatever --lang says (help comes before the zone is read). */
export interface Said {
  zh: string;
  en: string;
}

export interface ArgumentSpec {
  /** commander's notation: `<list>`, `[dir]`, `[paths...]`. */
  name: string;
  description: Said;
}

export interface OptionSpec {
  /** commander's notation: `--as-of <date>`, `--no-commit`. */
  flags: string;
  description: Said;
  /** The allowed values (no default). */
  choices?: readonly string[];
  /**
   * The allowed values, the first the default: the keys of a format registry. Loaded only when this command is
   * the one being run or described, so `--version` and `--help` do not load every renderer.
   */
  formats?: () => Promise<readonly string[]>;
}

/** What every command is handed: the outside world and the global options (--repo, --lang, --no-color). */
export interface CommandContext {
  io: Io;
  global: GlobalOptions;
}

/**
 * One command, declared once: src/cli/main.ts builds commander from these, in registry order.
 * `run` gets the arguments in declaration order and the options commander parsed (already checked against
 * `choices`); it imports the command's module only then, so starting up stays small.
 */
export interface CommandSpec {
  name: string;
  description: Said;
  arguments?: readonly ArgumentSpec[];
  options?: readonly OptionSpec[];
  /** More help after the options (the rule list of `check`), loaded only when this command's help is shown. */
  helpAfter?: () => Promise<string>;
  run: (ctx: CommandContext, args: readonly unknown[], opts: Record<string, unknown>) => Promise<number>;
}

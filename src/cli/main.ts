import { Command, CommanderError, Option } from 'commander';
import { sanitizeLines } from '../text/sanitize.js';
import { COMMANDS } from './commands/index.js';
import { GLOBAL_OPTIONS, said } from './commands/options.js';
import type { CommandSpec, OptionSpec } from './commands/types.js';
import { ExitError, type Io } from './io.js';
import type { GlobalOptions } from './options.js';
import { version } from './version.js';
import { TOOL_HELP, helpTitle, helpWidth, optionHelp, usageError } from './usage.js';

const HELP = TOOL_HELP.help;

/** The whole CLI: builds commander from the command registry, runs one command, returns the exit code; never throws. */
export async function main(io: Io): Promise<number> {
  let code = 0;
  const program = new Command('wuzhong');
  const global = (): GlobalOptions => program.opts() as GlobalOptions;
  program
    .description(TOOL_HELP.tool)
    .version(version, '-V, --version', TOOL_HELP.version);
  for (const o of GLOBAL_OPTIONS) program.option(o.flags, said(o.description));
  program
    .helpOption('-h, --help', HELP)
    .helpCommand('help [command]', TOOL_HELP.helpCommand)
    .configureHelp({
      styleTitle: helpTitle, showGlobalOptions: true, displayWidth: helpWidth, optionDescription: optionHelp,
    })
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: io.stdout, writeErr: io.stderr, outputError: (s, write) => write(usageError(s, undefined)),
    });

  // Only the command being run (or described) loads its --format choices and extra help.
  const addressed = COMMANDS.find((c) => c.name === addressedCommand(io.argv));
  const lazy = addressed ? await loadLazyParts(addressed, wantsHelp(io.argv)) : undefined;
  for (const spec of COMMANDS) {
    const cmd = program.command(spec.name).description(said(spec.description));
    for (const a of spec.arguments ?? []) cmd.argument(a.name, said(a.description));
    for (const o of spec.options ?? []) cmd.addOption(option(o, spec === addressed ? lazy?.choices.get(o) : undefined));
    if (spec === addressed && lazy?.helpAfter !== undefined) cmd.addHelpText('after', lazy.helpAfter);
    cmd.action(async (...params: unknown[]) => {
      const parsed = params.at(-1) as Command; // commander passes the arguments, the options, then the command
      code = await spec.run({ io, global: global() }, params.slice(0, -2), parsed.opts());
    });
    cmd
      .exitOverride()
      .helpOption('-h, --help', HELP)
      .configureOutput({ ...program.configureOutput(), outputError: (s, write) => write(usageError(s, cmd.name())) });
  }
  try {
    await program.parseAsync(io.argv, { from: 'user' });
    return code;
  } catch (e) {
    return handleError(e, io);
  }
}

function option(spec: OptionSpec, formats: readonly string[] | undefined): Option {
  const o = new Option(spec.flags, said(spec.description));
  if (spec.choices !== undefined) o.choices(spec.choices);
  return formats === undefined ? o : o.choices(formats).default(formats[0]);
}

async function loadLazyParts(spec: CommandSpec, help: boolean) {
  const choices = new Map<OptionSpec, readonly string[]>();
  for (const o of spec.options ?? []) if (o.formats) choices.set(o, await o.formats());
  return { choices, helpAfter: help && spec.helpAfter ? await spec.helpAfter() : undefined };
}

/** The options before the command that take a value (`--repo DIR`), so their value is not taken for the command. */
const TAKES_VALUE = new Set(GLOBAL_OPTIONS.filter((o) => o.flags.includes('<')).map((o) => o.flags.split(' ')[0]));

/** The command argv runs or asks help for (`wuzhong help check`): the first word that is not an option or its value. */
export function addressedCommand(argv: readonly string[]): string | undefined {
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (TAKES_VALUE.has(arg)) i++;
    else if (!arg.startsWith('-') && arg === 'help' && !help) help = true;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

const wantsHelp = (argv: readonly string[]) => argv.some((a) => a === '-h' || a === '--help' || a === 'help');

function handleError(e: unknown, io: Io): number {
  if (e instanceof CommanderError) {
    if (e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
    return 2;
  }
  if (e instanceof ExitError) {
    io.stderr(`wuzhong: ${sanitizeLines(e.message)}\n`);
    return e.code;
  }
  io.stderr(`wuzhong: ${TOOL_HELP.internalError}\n`);
  if (io.env.WUZHONG_DEBUG === '1') io.stderr(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return 2;
}

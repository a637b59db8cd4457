import { Command, CommanderError, Option } from 'commander';
import { ExitError, type Io } from './io.js';
import type { GlobalOptions } from './options.js';

declare const WUZHONG_VERSION: string;
const version = typeof WUZHONG_VERSION === 'string' ? WUZHONG_VERSION : '0.0.0-dev';

/** The whole CLI: parses argv, runs one command, returns the exit code; never throws. */
export async function main(io: Io): Promise<number> {
  let code = 0;
  const program = new Command('wuzhong');
  const global = (): GlobalOptions => program.opts() as GlobalOptions;
  const run = (f: () => Promise<number>) => async () => {
    code = await f();
  };
  program
    .description('随州高新区“五重”清单管理工具 / the five key task lists of a high-tech zone')
    .version(version, '-V, --version')
    .option('--repo <dir>', '园区仓库目录 / zone repo directory (default: nearest with wuzhong.yaml)')
    .option('--lang <lang>', '输出语言 zh-CN | en / output language')
    .option('--no-color', '不使用颜色 / no colour')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (s, write) => write(s) });

  program
    .command('check')
    .description('检查清单数据 / check the zone data')
    .option('--as-of <date>', '检查日期 YYYY-MM-DD（默认园区时区的今天）')
    .addOption(new Option('--format <format>', '输出格式').choices(['stylish', 'json', 'github', 'gitlab', 'sarif']).default('stylish'))
    .option('--max-warnings <n>', '警告数超过 N 时以 1 退出')
    .option('--base <rev>', '与 Git 版本 REV 比较（延期、补录、删除）')
    .action(async (opts) => run(async () => (await import('./check.js')).checkCommand(io, global(), opts))());

  for (const cmd of program.commands) cmd.exitOverride().configureOutput(program.configureOutput());
  try {
    await program.parseAsync(io.argv, { from: 'user' });
    return code;
  } catch (e) {
    return handleError(e, io);
  }
}

function handleError(e: unknown, io: Io): number {
  if (e instanceof CommanderError) {
    if (e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
    return 2;
  }
  if (e instanceof ExitError) {
    io.stderr(`wuzhong: ${e.message}\n`);
    return e.code;
  }
  io.stderr('wuzhong: 内部错误，请附上命令和数据报告此问题 / internal error: please report this bug (set WUZHONG_DEBUG=1 for details)\n');
  if (io.env.WUZHONG_DEBUG === '1') io.stderr(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return 2;
}

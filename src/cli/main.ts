import { Command, CommanderError, Option } from 'commander';
import { sanitizeLines } from '../text/sanitize.js';
import { ExitError, type Io } from './io.js';
import type { GlobalOptions } from './options.js';
import { version } from './version.js';
import { formatNames } from '../format/index.js';
import { logFormats } from '../history/log-text.js';
import { LISTS } from '../model/lists.js';
import { overdueFormats } from '../report/overdue-view.js';
import { scoreFormats } from '../report/score-view.js';
import { catalog } from '../rules/index.js';
import { helpTitle, helpWidth, optionHelp, rulesHelp, usageError } from './usage.js';


/** The whole CLI: parses argv, runs one command, returns the exit code; never throws. */
export async function main(io: Io): Promise<number> {
  let code = 0;
  const program = new Command('wuzhong');
  const global = (): GlobalOptions => program.opts() as GlobalOptions;
  const run = (f: () => Promise<number>) => async () => {
    code = await f();
  };
  const HELP = '显示帮助 / display help';
  program
    .description('高新区“五重”清单管理工具 / the five key task lists of a high-tech zone')
    .version(version, '-V, --version', '显示版本号 / print the version')
    .option('--repo <dir>', '园区仓库目录（默认：含 wuzhong.yaml 的最近一级目录） / zone repo directory (default: the nearest one with wuzhong.yaml)')
    .option('--lang <lang>', '输出语言 zh-CN | en（默认 wuzhong.yaml 的 locale） / output language (default: locale in wuzhong.yaml)')
    .option('--no-color', '不使用颜色 / no colour')
    .helpOption('-h, --help', HELP)
    .helpCommand('help [command]', '显示命令的帮助 / display help for a command')
    .configureHelp({ styleTitle: helpTitle, showGlobalOptions: true, displayWidth: helpWidth, optionDescription: optionHelp })
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (s, write) => write(usageError(s, undefined)) });

  const FORMAT = '输出格式 / output format';
  /** `--format` with the choices of a command's format registry, the first the default. */
  const formatOption = (formats: object) => new Option('--format <format>', FORMAT).choices(Object.keys(formats)).default(Object.keys(formats)[0]);
  const AS_OF = (what: string) => `${what} YYYY-MM-DD（默认园区时区的今天） / date YYYY-MM-DD (default: today in the zone time zone)`;
  const MONTH = (what: string) => `${what} YYYY-MM（默认上一个完整月份） / month YYYY-MM (default: the last complete month)`;

  program
    .command('check')
    .description('检查清单数据 / check the zone data')
    .argument('[paths...]', '只显示这些文件或目录中的问题（仍检查整个园区） / show only findings in these files or folders (the whole zone is still checked)')
    .option('--as-of <date>', AS_OF('检查日期'))
    .addOption(new Option('--format <format>', FORMAT).choices(formatNames).default(formatNames[0]))
    .option('--max-warnings <n>', '警告数超过 N 时以 1 退出 / exit 1 when there are more than N warnings')
    .option('--base <rev>', '与 Git 版本 REV 比较（延期、补录、删除） / compare with git revision REV (postponed, late records, removed)')
    .option('--quiet', '只显示错误（--max-warnings 仍统计全部警告） / errors only (--max-warnings still counts every warning)')
    .addHelpText('after', () => rulesHelp(catalog))
    .action(async (paths, opts) => run(async () => (await import('./check.js')).checkCommand(io, global(), opts, paths))());

  program
    .command('overdue')
    .description('逾期节点清单 / overdue milestones and items')
    .option('--as-of <date>', AS_OF('截至日期'))
    .option('--unit <name>', '只看该责任单位 / only this unit')
    .option('--lead <name>', '只看该领导牵头的事项 / only items this leader leads')
    .option('--list <list>', `只看该清单 / only this list: ${LISTS.join(' | ')}`)
    .addOption(formatOption(overdueFormats))
    .action(async (opts) => run(async () => (await import('./overdue.js')).overdueCommand(io, global(), opts))());

  program
    .command('status')
    .description('事项红黄绿灯 / every open item with its traffic light')
    .option('--as-of <date>', AS_OF('截至日期'))
    .option('--list <list>', `只看该清单 / only this list: ${LISTS.join(' | ')}`)
    .option('--unit <name>', '只看该单位负责（事项或节点）的事项 / only items this unit answers for (the item or a milestone)')
    .option('--lead <name>', '只看该领导牵头的事项 / only items this leader leads')
    .addOption(new Option('--light <light>', '只看该颜色 / only this light').choices(['red', 'yellow', 'green']))
    .addOption(new Option('--format <format>', FORMAT).choices(['table', 'json', 'markdown']).default('table'))
    .action(async (opts) => run(async () => (await import('./status.js')).statusCommand(io, global(), opts))());

  program
    .command('risk')
    .description('有延误风险的节点（预警） / milestones at risk of slipping (early warning)')
    .option('--as-of <date>', AS_OF('截至日期'))
    .option('--unit <name>', '只看该责任单位 / only this unit')
    .option('--lead <name>', '只看该领导牵头的事项 / only items this leader leads')
    .addOption(new Option('--format <format>', FORMAT).choices(['table', 'json', 'markdown']).default('table'))
    .action(async (opts) => run(async () => (await import('./risk.js')).riskCommand(io, global(), opts))());

  program
    .command('score')
    .description('月度“五重”考核得分 / the monthly assessment')
    .option('--month <month>', MONTH('考核月份'))
    .addOption(new Option('--format <format>', FORMAT).choices([...Object.keys(scoreFormats), 'xlsx']).default(Object.keys(scoreFormats)[0]))
    .option('--explain', '列出每个单位的加减分明细 / list every unit\'s additions and deductions')
    .option('--unit <name>', '只看该单位 / only this unit')
    .option('--lead <name>', '明细只列该领导牵头的事项 / only the events of items this leader leads')
    .option('--out <file>', 'xlsx 的输出文件（默认 reports/<月份>-考核结果.xlsx） / the .xlsx file (default: reports/<month>-考核结果.xlsx)')
    .action(async (opts) => run(async () => (await import('./score.js')).scoreCommand(io, global(), opts))());

  program
    .command('report')
    .description('生成月报并提交到 Git / write the monthly report and commit it')
    .option('--month <month>', MONTH('报告月份'))
    .option('--out <path>', '输出文件（须在园区仓库内，默认 reports/<月份>.md） / output file, inside the zone repo (default: reports/<month>.md)')
    .option('--no-commit', '只写文件，不提交 / write the file, do not commit')
    .option('--push', '提交后推送当前分支（推送到 git push 会推送的地方） / push the current branch after committing (where git push would)')
    .option('--force', '覆盖不是月报的已有文件（原内容先保存） / overwrite an existing file that is not a report (its content is kept first)')
    .action(async (opts) => run(async () => (await import('./report.js')).reportCommand(io, global(), opts))());

  program
    .command('export')
    .description('导出“五重”清单总台账（Excel 或 CSV） / export the ledger of every list (Excel or CSV)')
    .addOption(new Option('--format <format>', FORMAT).choices(['xlsx', 'csv']).default('xlsx'))
    .option('--as-of <date>', AS_OF('截至日期'))
    .option('--out <file>', '输出文件（默认 reports/总台账-<日期>.xlsx） / output file (default: reports/总台账-<date>.xlsx)')
    .action(async (opts) => run(async () => (await import('./export.js')).exportCommand(io, global(), opts))());

  program
    .command('log')
    .description('事项的变更历史 / the history of an item from git')
    .argument('[item]', '<清单>/<编号>，如 projects/jiaotou-supply-chain（不写则列出全部事项） / <list>/<id>, e.g. projects/jiaotou-supply-chain (default: every item)')
    .option('--since <date>', '只看该日期及之后的提交 / only commits on or after this date (YYYY-MM-DD)')
    .addOption(formatOption(logFormats))
    .action(async (item, opts) => run(async () => (await import('./log.js')).logCommand(io, global(), item, opts))());

  program
    .command('init')
    .description('新建园区仓库 / scaffold a zone repo')
    .argument('[dir]', '目录（默认 --repo，否则当前目录） / directory (default: --repo, else the working directory)')
    .option('--zone <name>', '园区名称（默认已有 wuzhong.yaml 的 zone，否则目录名） / zone name (default: zone in an existing wuzhong.yaml, else the folder name)')
    .option('--force', '用模板覆盖已有文件，并允许在另一个园区仓库内新建 / overwrite existing files with the templates, and allow a zone inside another zone repo')
    .action(async (dir, opts) => run(async () => (await import('./init.js')).initCommand(io, global(), dir, opts))());

  program
    .command('upgrade')
    .description('更换园区仓库固定的 wuzhong（.wuzhong/wuzhong.mjs） / replace the wuzhong pinned in the zone repo')
    .argument('[file]', '单文件版本 wuzhong.mjs（默认正在运行的 wuzhong） / a single-file release wuzhong.mjs (default: the running wuzhong)')
    .action(async (file) => run(async () => (await import('./upgrade.js')).upgradeCommand(io, global(), file))());

  program
    .command('new')
    .description('按模板新建事项 / a new item from a template')
    .argument('<list>', `清单 / list: ${LISTS.join(' | ')}`)
    .argument('<id>', '编号：小写字母、数字和连字符，最多 64 个字符 / id: lower-case letters, digits and hyphens, at most 64 characters')
    .option('--title <title>', '名称 / title')
    .option('--owner <unit>', '责任单位（默认 wuzhong.yaml 的第一个单位） / responsible unit (default: the first in wuzhong.yaml)')
    .option('--lead <name>', '牵头领导（默认 wuzhong.yaml 的第一位领导） / lead official (default: the first in wuzhong.yaml)')
    .action(async (list, id, opts) => run(async () => (await import('./new.js')).newCommand(io, global(), list, id, opts))());

  program
    .command('schema')
    .description('导出 JSON Schema / write the JSON Schemas')
    .option('--out <dir>', '输出目录（默认园区仓库的 schemas/） / output directory (default: schemas/ of the zone repo)')
    .action(async (opts) => run(async () => (await import('./schema.js')).schemaCommand(io, global(), opts))());

  for (const cmd of program.commands) {
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

function handleError(e: unknown, io: Io): number {
  if (e instanceof CommanderError) {
    if (e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
    return 2;
  }
  if (e instanceof ExitError) {
    io.stderr(`wuzhong: ${sanitizeLines(e.message)}\n`);
    return e.code;
  }
  io.stderr('wuzhong: 内部错误，请附上命令和数据报告此问题 / internal error: please report this bug (set WUZHONG_DEBUG=1 for details)\n');
  if (io.env.WUZHONG_DEBUG === '1') io.stderr(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return 2;
}

import { zhQuote } from '../text/quote.js';

/**
 * The words of help and usage errors in one language. Help and usage errors are shown in both languages at once
 * (`中文 / English`), so src/cli/usage.ts puts the two tables side by side.
 */
export interface UsageText {
  /** Commander's section titles (Usage:, Options:, Global Options:, Arguments:, Commands:), without the colon. */
  titles: { usage: string; options: string; globalOptions: string; arguments: string; commands: string };
  choices: string;
  default: string;
  tool: string;
  help: string;
  helpCommand: string;
  version: string;
  internalError: string;
  unknownOption: (option: string) => string;
  unknownCommand: (command: string) => string;
  badChoice: (option: string, value: string, choices: readonly string[]) => string;
  missingValue: (option: string) => string;
  missingArgument: (name: string) => string;
  tooManyArguments: (max: string, got: string) => string;
  /** A commander message no pattern words. */
  usageError: (message: string) => string;
  didYouMean: (said: string, suggestion: string) => string;
  seeHelp: (help: string) => string;
  /** Severity words in the rule list under `check --help`. */
  levels: { error: string; warning: string; info: string };
  /** `text (note)`, and the separator of a list inside it. */
  aside: (text: string, note: string) => string;
  separator: string;
  /** `<level>: <description>` in that list. */
  ruleLine: (level: string, description: string) => string;
  rules: string;
  rulesSee: string;
  badLang: (value: string) => string;
  badMaxWarnings: (value: string) => string;
  notTaken: (command: string, flags: string) => string;
  sheetNeedsUnit: string;
  sheetNeedsFile: string;
  sheetAction: (action: string) => string;
  /** The name part of default output files: reports/<ledger>-<date>.xlsx, reports/<month>-<assessment>.xlsx. */
  ledgerFile: string;
  assessmentFile: string;
}

export const zhUsage: UsageText = {
  titles: { usage: '用法', options: '选项', globalOptions: '全局选项', arguments: '参数', commands: '命令' },
  choices: '可选',
  default: '默认',
  tool: '高新区“五重”清单管理工具',
  help: '显示帮助',
  helpCommand: '显示命令的帮助',
  version: '显示版本号',
  internalError: '内部错误，请附上命令和数据报告此问题',
  unknownOption: (option) => `没有选项 ${option}`,
  unknownCommand: (command) => `没有命令${zhQuote(command)}`,
  badChoice: (option, value, choices) => `${option} 的值${zhQuote(value)}无效，可选：${choices.join('、')}`,
  missingValue: (option) => `选项 ${option} 后面缺少值`,
  missingArgument: (name) => `缺少参数 <${name}>`,
  tooManyArguments: (max, got) => `参数太多：最多 ${max} 个，收到 ${got} 个`,
  usageError: (message) => `用法错误：${message}`,
  didYouMean: (said, suggestion) => `${said}，是不是 ${suggestion}？`,
  seeHelp: (help) => `运行 ${help} 查看用法`,
  levels: { error: '错误', warning: '警告', info: '提示' },
  aside: (text, note) => `${text}（${note}）`,
  separator: '；',
  ruleLine: (level, description) => `${level}：${description}`,
  rules: '规则',
  rulesSee: '说明见 docs/rules/<规则>.md',
  badLang: () => '--lang 只能是 zh-CN 或 en',
  badMaxWarnings: () => '--max-warnings 应为不小于0的整数',
  notTaken: (command) => `${command} 不接受`,
  sheetNeedsUnit: 'sheet export 需要 --unit <单位>',
  sheetNeedsFile: 'sheet import 需要至少一个 .xlsx 文件',
  sheetAction: (action) => `sheet：没有“${action}”，可选 export、import`,
  ledgerFile: '总台账',
  assessmentFile: '考核结果',
};

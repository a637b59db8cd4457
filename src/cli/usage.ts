import type { Option } from 'commander';
import type { RuleInfo } from '../model/rule.js';
import { displayWidth } from '../text/width.js';
import { enUsage } from '../i18n/en-usage.js';
import { zhUsage, type UsageText } from '../i18n/zh-usage.js';

/** Help and usage errors in both languages at once: `中文 / English`. */
export const both = (word: (t: UsageText) => string): string => `${word(zhUsage)} / ${word(enUsage)}`;

/** Commander's section titles, in both languages like every description under them. */
const TITLES: Record<string, string> = {
  'Usage:': `${both((t) => t.titles.usage)}:`,
  'Options:': `${both((t) => t.titles.options)}:`,
  'Global Options:': `${both((t) => t.titles.globalOptions)}:`,
  'Arguments:': `${both((t) => t.titles.arguments)}:`,
  'Commands:': `${both((t) => t.titles.commands)}:`,
};

/** The tool's own help texts (`--help`, `--version`, `help`), and the internal-error line. */
export const TOOL_HELP = {
  tool: both((t) => t.tool),
  help: both((t) => t.help),
  helpCommand: both((t) => t.helpCommand),
  version: both((t) => t.version),
  internalError: both((t) => t.internalError),
};

/** Terminal columns of help text: Chinese counts 2, so commander wraps and aligns it right. */
export function helpWidth(text: string): number {
  return displayWidth(text); // colour codes count 0
}

/** An option's help line: its description, then its choices and default, worded in both languages too. */
export function optionHelp(option: Option): string {
  const extra: string[] = [];
  if (option.argChoices) extra.push(`${both((t) => t.choices)}: ${option.argChoices.join(' | ')}`);
  if (option.defaultValue !== undefined && (option.required || option.optional)) {
    extra.push(`${both((t) => t.default)}: ${String(option.defaultValue)}`);
  }
  // A bilingual line reads in Chinese punctuation, as the descriptions start in Chinese.
  return extra.length === 0 ? option.description : zhUsage.aside(option.description, extra.join(zhUsage.separator));
}

export function helpTitle(title: string): string {
  return TITLES[title] ?? title;
}

type Said = { zh: string; en: string };

const say = (word: (t: UsageText) => string): Said => ({ zh: word(zhUsage), en: word(enUsage) });

/**
 * Commander's usage errors (English, one line, maybe a "(Did you mean …?)" line) as a Chinese and an English
 * sentence.
 */
const PATTERNS: { re: RegExp; say: (m: RegExpExecArray) => Said }[] = [
  { re: /^unknown option '(.+)'$/, say: (m) => say((t) => t.unknownOption(m[1]!)) },
  { re: /^unknown command '(.+)'$/, say: (m) => say((t) => t.unknownCommand(m[1]!)) },
  {
    re: /^option '(\S+)[^']*' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/s,
    say: (m) => say((t) => t.badChoice(m[1]!, m[2]!, m[3]!.split(', '))),
  },
  { re: /^option '(\S+)[^']*' argument missing$/, say: (m) => say((t) => t.missingValue(m[1]!)) },
  { re: /^missing required argument '(.+)'$/, say: (m) => say((t) => t.missingArgument(m[1]!)) },
  {
    re: /^too many arguments(?: for '.+')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    say: (m) => say((t) => t.tooManyArguments(m[1]!, m[2]!)),
  },
];

/**
 * One commander error as three lines: Chinese, English, and where to read the usage.
 * `command` is the subcommand whose options were being parsed, undefined at the top level.
 */
export function usageError(raw: string, command: string | undefined): string {
  const lines = raw.trim().replace(/^error: /, '').split('\n');
  const suggestion = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(lines.at(-1)?.trim() ?? '');
  const message = (suggestion ? lines.slice(0, -1) : lines).join('\n').trim();
  let said: Said = say((t) => t.usageError(message));
  for (const { re, say } of PATTERNS) {
    const m = re.exec(message);
    if (m) {
      said = say(m);
      break;
    }
  }
  if (suggestion) {
    said = { zh: zhUsage.didYouMean(said.zh, suggestion[1]!), en: enUsage.didYouMean(said.en, suggestion[1]!) };
  }
  const help = command === undefined ? 'wuzhong --help' : `wuzhong ${command} --help`;
  return `wuzhong: ${said.zh}\nwuzhong: ${said.en}\n${both((t) => t.seeHelp(help))}\n`;
}

/** Greedy wrap by display width: Chinese may break between any two characters, other text at spaces. */
function wrap(text: string, width: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && helpWidth(line + token) > width && !/^\s+$/.test(token)) {
      lines.push(line.trimEnd());
      line = '';
    }
    if (!(line === '' && /^\s+$/.test(token))) line += token;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** The rule list under `check --help`, from the rule catalog. */
export function rulesHelp(rules: readonly RuleInfo[]): string {
  // Two spaces before and at least two after the longest id, so every description starts in one column.
  const termWidth = Math.max(16, ...rules.map((r) => r.id.length + 4)), width = 80;
  const out = ['', `${zhUsage.aside(both((t) => t.rules), both((t) => t.rulesSee))}:`];
  for (const r of rules) {
    const line = `${zhUsage.ruleLine(zhUsage.levels[r.severity], r.description.zh)} / `
      + enUsage.ruleLine(enUsage.levels[r.severity], r.description.en);
    const [first, ...rest] = wrap(line, width - termWidth);
    out.push(`  ${r.id.padEnd(termWidth - 2)}${first}`, ...rest.map((l) => `${' '.repeat(termWidth)}${l}`));
  }
  return `${out.join('\n')}\n`;
}

import type { Option } from 'commander';
import type { RuleInfo } from '../model/rule.js';
import { displayWidth } from '../text/width.js';
import { zhQuote } from '../text/quote.js';

/** Commander's section titles, in both languages like every description under them. */
const TITLES: Record<string, string> = {
  'Usage:': '用法 / Usage:',
  'Options:': '选项 / Options:',
  'Global Options:': '全局选项 / Global options:',
  'Arguments:': '参数 / Arguments:',
  'Commands:': '命令 / Commands:',
};

/** Terminal columns of help text: Chinese counts 2, so commander wraps and aligns it right. */
export function helpWidth(text: string): number {
  return displayWidth(text); // colour codes count 0
}

/** An option's help line: its description, then its choices and default, worded in both languages too. */
export function optionHelp(option: Option): string {
  const extra: string[] = [];
  if (option.argChoices) extra.push(`可选 / choices: ${option.argChoices.join(' | ')}`);
  if (option.defaultValue !== undefined && (option.required || option.optional)) extra.push(`默认 / default: ${String(option.defaultValue)}`);
  return extra.length === 0 ? option.description : `${option.description}（${extra.join('；')}）`;
}

export function helpTitle(title: string): string {
  return TITLES[title] ?? title;
}

type Said = { zh: string; en: string };

/**
 * Commander's usage errors (English, one line, maybe a "(Did you mean …?)" line) as a Chinese and an English
 * sentence.
 */
const PATTERNS: { re: RegExp; say: (m: RegExpExecArray) => Said }[] = [
  {
    re: /^unknown option '(.+)'$/,
    say: (m) => ({ zh: `没有选项 ${m[1]}`, en: `unknown option ${m[1]}` }),
  },
  {
    re: /^unknown command '(.+)'$/,
    say: (m) => ({ zh: `没有命令${zhQuote(m[1]!)}`, en: `unknown command "${m[1]}"` }),
  },
  {
    re: /^option '(\S+)[^']*' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/s,
    say: (m) => ({
      zh: `${m[1]} 的值${zhQuote(m[2]!)}无效，可选：${m[3]!.split(', ').join('、')}`,
      en: `${m[1]}: "${m[2]}" is not allowed; use one of ${m[3]}`,
    }),
  },
  {
    re: /^option '(\S+)[^']*' argument missing$/,
    say: (m) => ({ zh: `选项 ${m[1]} 后面缺少值`, en: `option ${m[1]} needs a value` }),
  },
  {
    re: /^missing required argument '(.+)'$/,
    say: (m) => ({ zh: `缺少参数 <${m[1]}>`, en: `missing argument <${m[1]}>` }),
  },
  {
    re: /^too many arguments(?: for '.+')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    say: (m) => ({ zh: `参数太多：最多 ${m[1]} 个，收到 ${m[2]} 个`, en: `too many arguments: at most ${m[1]}, got ${m[2]}` }),
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
  let said: Said = { zh: `用法错误：${message}`, en: message };
  for (const { re, say } of PATTERNS) {
    const m = re.exec(message);
    if (m) {
      said = say(m);
      break;
    }
  }
  if (suggestion) {
    said = { zh: `${said.zh}，是不是 ${suggestion[1]}？`, en: `${said.en}; did you mean ${suggestion[1]}?` };
  }
  const help = command === undefined ? 'wuzhong --help' : `wuzhong ${command} --help`;
  return `wuzhong: ${said.zh}\nwuzhong: ${said.en}\n运行 ${help} 查看用法 / run ${help}\n`;
}

const LEVEL = { error: ['错误', 'error'], warning: ['警告', 'warning'], info: ['提示', 'note'] } as const;

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
  const out = ['', '规则 / Rules（说明见 docs/rules/<规则>.md / see docs/rules/<rule>.md）:'];
  for (const r of rules) {
    const [zh, en] = LEVEL[r.severity];
    const [first, ...rest] = wrap(`${zh}：${r.description.zh} / ${en}: ${r.description.en}`, width - termWidth);
    out.push(`  ${r.id.padEnd(termWidth - 2)}${first}`, ...rest.map((l) => `${' '.repeat(termWidth)}${l}`));
  }
  return `${out.join('\n')}\n`;
}

import { describe, expect, it } from 'vitest';
import { exampleZone, runBin, runCli } from '../../helpers.js';
import { COMMANDS as REGISTRY } from '../../../src/cli/commands/index.js';

// Every registered command: a new one is checked without editing this test.
const COMMANDS = REGISTRY.map((c) => c.name);
const CJK = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z]{3,}/;

/** Every item of a help text (option, argument, command) with its description, wrapped lines joined. */
function helpItems(help: string): { term: string; description: string }[] {
  const items: { term: string; description: string }[] = [];
  for (const line of help.split('\n')) {
    const item = /^ {2}(\S.*?)(?: {2,}(.*))?$/.exec(line);
    if (item) items.push({ term: item[1]!, description: item[2] ?? '' });
    else if (/^ {3,}\S/.test(line) && items.length > 0) items.at(-1)!.description += ` ${line.trim()}`;
  }
  return items;
}

describe('help texts are bilingual, 中文 / English', () => {
  it.each([[[]], ...COMMANDS.map((c) => [[c]])])('wuzhong %j --help, whatever --lang', async (command) => {
    for (const lang of [[], ['--lang', 'en'], ['--lang', 'zh-CN']]) {
      const r = await runCli([...lang, ...command, '--help']);
      expect(r.code).toBe(0);
      const items = helpItems(r.stdout);
      expect(items.length).toBeGreaterThan(3);
      for (const { term, description } of items) {
        expect(description, term).toMatch(CJK);
        expect(description, term).toMatch(LATIN);
        expect(description, term).toContain(' / ');
      }
      for (const title of ['用法 / Usage:', '选项 / Options:']) expect(r.stdout).toContain(title);
      expect(r.stdout).not.toContain('display help for command');
    }
  });

  it('the top-level description names no particular zone', async () => {
    const r = await runCli(['--help']);
    expect(r.stdout).toContain('\n高新区“五重”清单管理工具 / the five key task lists of a high-tech zone\n');
    expect(r.stdout).not.toContain('随州');
  });

  it('choices and defaults are worded in both languages too', async () => {
    const r = await runCli(['check', '--help']);
    const format = helpItems(r.stdout).find((i) => i.term.startsWith('--format'))!;
    expect(format.description).toBe('输出格式 / output format（可选 / choices: stylish | json | github | gitlab | sarif；默认 / default: stylish）');
  });

  it('wraps by terminal width, Chinese counting two columns', async () => {
    const r = await runCli(['report', '--help']);
    for (const line of r.stdout.split('\n')) {
      let width = 0;
      for (const ch of line) width += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
      expect(width, line).toBeLessThanOrEqual(80);
    }
  });
});

describe('usage errors: Chinese line, English line, where to read the usage; exit 2', () => {
  const cases: [string[], string, string, string][] = [
    [['check', '--bogus'], '没有选项 --bogus', 'unknown option --bogus', 'wuzhong check --help'],
    [['check', '--bas', 'x'], '没有选项 --bas，是不是 --base？', 'unknown option --bas; did you mean --base?', 'wuzhong check --help'],
    [['check', '--format', 'xml'], '--format 的值“xml”无效，可选：stylish、json、github、gitlab、sarif', '--format: "xml" is not allowed; use one of stylish, json, github, gitlab, sarif', 'wuzhong check --help'],
    [['new'], '缺少参数 <list>', 'missing argument <list>', 'wuzhong new --help'],
    [['new', 'tasks'], '缺少参数 <id>', 'missing argument <id>', 'wuzhong new --help'],
    [['x'], '没有命令“x”', 'unknown command "x"', 'wuzhong --help'],
    [['chek'], '没有命令“chek”，是不是 check？', 'unknown command "chek"; did you mean check?', 'wuzhong --help'],
    [['overdue', '--as-of'], '选项 --as-of 后面缺少值', 'option --as-of needs a value', 'wuzhong overdue --help'],
    [['score', 'extra'], '参数太多：最多 0 个，收到 1 个', 'too many arguments: at most 0, got 1', 'wuzhong score --help'],
    [['--bogus', 'check'], '没有选项 --bogus', 'unknown option --bogus', 'wuzhong --help'],
  ];

  it.each(cases)('%j', async (args, zh, en, help) => {
    for (const lang of [[], ['--lang', 'en']]) {
      const r = await runCli(['--repo', exampleZone, ...lang, ...args]);
      expect(r).toEqual({ code: 2, stdout: '', stderr: `wuzhong: ${zh}\nwuzhong: ${en}\n运行 ${help} 查看用法 / run ${help}\n` });
    }
  });

  it('an unexpected commander message still comes with both languages and the hint', async () => {
    const { usageError } = await import('../../../src/cli/usage.js');
    expect(usageError("error: something new from commander\n", 'log')).toBe(
      'wuzhong: 用法错误：something new from commander\nwuzhong: something new from commander\n运行 wuzhong log --help 查看用法 / run wuzhong log --help\n',
    );
  });

  it('through the built bin', () => {
    const r = runBin(['overdue', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'wuzhong: --format 的值“xml”无效，可选：table、json、markdown\nwuzhong: --format: "xml" is not allowed; use one of table, json, markdown\n运行 wuzhong overdue --help 查看用法 / run wuzhong overdue --help\n',
    );
  });
});

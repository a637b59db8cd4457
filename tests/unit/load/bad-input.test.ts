import { renderDiagnostics } from '../../../src/model/diagnostic.js';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildZone } from '../../../src/load/build.js';
import { minimalConfig, runCli, tempDir, writeTree } from '../../helpers.js';

const item = 'title: 测试\nlead: 魏克鹏\nowner: 产融城公司\nstart: 2026-11-01\ndue: 2026-12-31\n';
const gbk = new Uint8Array([...new TextEncoder().encode('title: '), 0xb2, 0xfa, 0xc8, 0xda, 0xb3, 0xc7, 0x0a]);
const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
const aliasBomb = (() => {
  let s = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n', prev = 'a';
  for (let i = 0; i < 12; i++) {
    s += `b${i}: &b${i} [${Array(10).fill(`*${prev}`).join(', ')}]\n`;
    prev = `b${i}`;
  }
  return s;
})();
const smallBomb = (() => {
  // Few alias nodes, huge expansion: caught while building the data.
  let s = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n', prev = 'a';
  for (let i = 0; i < 9; i++) {
    s += `b${i}: &b${i} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]\n`;
    prev = `b${i}`;
  }
  return s;
})();

// [file name, content, rule, line, column, fragment of the Chinese message]
const cases: [string, string | Uint8Array, string, number, number, string][] = [
  ['gbk', gbk, 'yaml', 1, 8, 'GBK/GB18030'],
  ['junk', junk, 'yaml', 1, 62, '二进制'],
  ['bomb', aliasBomb, 'yaml', 12, 12, '120次'],
  ['small-bomb', smallBomb, 'yaml', 1, 1, '别名'],
  ['big', `title: ${'长'.repeat(700_000)}\n`, 'yaml', 1, 1, '1 MiB'],
  ['yaml11', `%YAML 1.1\n---\n${item}claimed: yes\n`, 'schema', 8, 10, '认领日期'],
  ['feb30', item.replace('due: 2026-12-31', 'due: 2026-02-30'), 'schema', 5, 6, '不是有效日期'],
  ['short-date', item.replace('due: 2026-12-31', 'due: 2026-3-1'), 'schema', 5, 6, 'YYYY-MM-DD'],
  ['datetime', item.replace('start: 2026-11-01', 'start: 2026-01-05 09:00'), 'schema', 4, 8, '不是有效日期'],
  ['tab', `${item}tags:\n\t- 专用汽车\n`, 'yaml', 7, 1, 'Tab'],
  ['dup', `${item}title: 另一个名称\n`, 'yaml', 6, 1, '“title”重复'],
  ['multi', `${item}---\ntitle: 第二个\n`, 'yaml', 6, 1, '只能有一个 YAML 文档'],
  ['empty', '', 'yaml', 1, 1, '文件为空'],
  ['comments-only', '# 待填写\n', 'yaml', 1, 1, '文件为空'],
  ['list-top', '- 甲\n- 乙\n', 'yaml', 1, 1, '映射'],
  ['scalar-top', '就一句话\n', 'yaml', 1, 1, '映射'],
  ['unclosed', 'title: "未闭合\nlead: 魏克鹏\n', 'yaml', 1, 8, 'YAML 语法错误'],
  ['unclosed-bracket', 'title: 甲\ntags: [专用汽车, 精细化工\nlead: 魏克鹏\n', 'yaml', 2, 7, '方括号或花括号没有闭合'],
  ['fullwidth-colon', 'title: 甲\nlead：魏克鹏\n', 'yaml', 2, 5, '全角冒号'],
  ['no-space', 'title: 甲\nstart:2026-04-01\nlead: 魏克鹏\n', 'yaml', 2, 6, '冒号后面缺少空格'],
  ['proto', '__proto__:\n  title: 甲\n', 'schema', 1, 1, '未知字段“__proto__”'],
  ['missing-anchor', 'title: *nope\n', 'yaml', 1, 8, '锚点 &nope 不存在'],
  ['self-alias', 'title: 甲\nsummary: &a [*a]\n', 'yaml', 2, 14, '别名引用了它自身'],
  ['self-alias-map', 'title: 甲\nm: &a {b: *a}\n', 'yaml', 2, 11, '别名引用了它自身'],
  ['deep', `a: ${'['.repeat(20000)}\n`, 'yaml', 1, -1, '嵌套层级过深'],
  ['utf16', new Uint8Array([0xff, 0xfe, 0x74, 0, 0x3a, 0]), 'yaml', 1, 1, 'UTF-16'],
  ['empty-value', item.replace('due: 2026-12-31', 'due:'), 'schema', 5, 1, '“due”应为日期'],
  ['infinite', `${item}targets:\n  - name: 供热管网\n    unit: 公里\n    goal: .inf\n`, 'schema', 9, 11, '无穷大'],
];

describe('bad input never crashes and is positioned', () => {
  const files: Record<string, string | Uint8Array> = { 'wuzhong.yaml': minimalConfig, 'lists/tasks/fine.yaml': `${item}owner2: x\n` };
  for (const [name, content] of cases) files[`lists/tasks/${name}.yaml`] = content;
  files['assessments/2026-10.yml'] = 'adjustments: []\n';
  files['assessments/2026-11.YAML'] = 'adjustments: []\n';
  const dir = writeTree(files);
  symlinkSync(join(dir, 'lists/tasks/fine.yaml'), join(dir, 'lists/tasks/linked.yaml'));
  symlinkSync(join(dir, 'assessments/2026-10.yml'), join(dir, 'assessments/2026-09.yaml'));
  execFileSync('mkfifo', [join(dir, 'lists/tasks/pipe.yaml')]);

  it('reports every file in one run, with a diagnostic per broken file', async () => {
    const r = await runCli(['--repo', dir, 'check', '--as-of', '2026-11-26', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    type Found = { file: string; line: number; column: number; rule: string; message: string };
    const json = JSON.parse(r.stdout) as { diagnostics: Found[] };
    for (const [name, , rule, line, column, fragment] of cases) {
      const mine = json.diagnostics.filter((d) => d.file === `lists/tasks/${name}.yaml`);
      // Column -1: where the parser gives up depends on the machine's stack size.
      const col = column < 0 ? expect.any(Number) : column;
      const expected = { rule, line, column: col, message: expect.stringContaining(fragment) };
      expect(mine, name).toContainEqual(expect.objectContaining(expected));
    }
    expect(json.diagnostics).toContainEqual(expect.objectContaining({ file: 'lists/tasks/fine.yaml', line: 6, rule: 'schema' }));
    expect(json.diagnostics).toContainEqual(expect.objectContaining({ file: 'lists/tasks/linked.yaml', rule: 'path' }));
    // A tab throws the parser off: only the tab is reported, not the "duplicate keys" that follow from it.
    expect(json.diagnostics.filter((d) => d.file === 'lists/tasks/tab.yaml').map((d) => d.message)).toEqual(['缩进中有制表符（Tab）：YAML 只能用空格缩进']);
    // Nothing that could change a score is skipped silently: one spelling per month, no links, no pipes.
    for (const file of ['assessments/2026-09.yaml', 'assessments/2026-10.yml', 'assessments/2026-11.YAML', 'lists/tasks/pipe.yaml']) {
      expect(json.diagnostics, file).toContainEqual(expect.objectContaining({ file, line: 1, column: 1, rule: 'path' }));
    }
  });

  it('stylish output shows the line and never a stack trace', async () => {
    const r = await runCli(['--repo', dir, '--no-color', 'check', '--as-of', '2026-11-26']);
    expect(r.stdout).toContain('lists/tasks/feb30.yaml\n  5:6  错误');
    // A GBK file's line is shown decoded as GB18030, so the person sees their own text.
    expect(r.stdout).toContain('| title: 产融城');
    expect(r.stdout).not.toMatch(/at \w+ \(.*:\d+:\d+\)/);
  });
});

describe('encodings that are fine', () => {
  it('accepts a UTF-8 BOM and CRLF line endings with correct positions', async () => {
    const crlf = `\uFEFF${item.replace('owner: 产融城公司', 'owner: 产融城公式')}`.replace(/\n/g, '\r\n');
    const dir = writeTree({ 'wuzhong.yaml': minimalConfig, 'lists/tasks/crlf.yaml': crlf });
    const r = await runCli(['--repo', dir, 'check', '--as-of', '2026-11-26', '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json.diagnostics).toEqual([expect.objectContaining({ rule: 'ref', line: 3, column: 8 })]);
  });
});

describe('files and folders that cannot be read', () => {
  it('are findings, never a crash or a silent gap', () => {
    const zone = buildZone(
      [
        { path: 'wuzhong.yaml', bytes: new TextEncoder().encode(minimalConfig) },
        { path: 'lists/tasks/locked.yaml', unreadable: 'file' },
        { path: 'lists/projects', unreadable: 'dir' },
      ],
    );
    expect(renderDiagnostics(zone.diagnostics, 'en').map((d) => `${d.file} ${d.rule} ${d.message}`)).toEqual([
      'lists/projects path this folder cannot be read (permissions): the items in it were not checked',
      'lists/tasks/locked.yaml yaml this file cannot be read (permissions, or a damaged file)',
    ]);
  });

  it('a folder named wuzhong.yaml is not a zone repo (exit 2), not an internal error', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'wuzhong.yaml'));
    const r = await runCli(['--repo', dir, 'check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('wuzhong.yaml');
    expect(r.stderr).not.toContain('内部错误');
  });
});

import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalConfig, runCli, writeTree } from '../helpers.js';

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
  ['bomb', aliasBomb, 'yaml', 12, 12, '120 次'],
  ['small-bomb', smallBomb, 'yaml', 1, 1, '别名'],
  ['big', `title: ${'长'.repeat(700_000)}\n`, 'yaml', 1, 1, '1 MiB'],
  ['yaml11', `%YAML 1.1\n---\n${item}claimed: yes\n`, 'schema', 8, 10, '布尔值'],
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
];

describe('bad input never crashes and is positioned', () => {
  const files: Record<string, string | Uint8Array> = { 'wuzhong.yaml': minimalConfig, 'lists/tasks/fine.yaml': `${item}owner2: x\n` };
  for (const [name, content] of cases) files[`lists/tasks/${name}.yaml`] = content;
  const dir = writeTree(files);
  symlinkSync(join(dir, 'lists/tasks/fine.yaml'), join(dir, 'lists/tasks/linked.yaml'));

  it('reports every file in one run, with a diagnostic per broken file', async () => {
    const r = await runCli(['--repo', dir, 'check', '--as-of', '2026-11-26', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as { diagnostics: { file: string; line: number; column: number; rule: string; message: string }[] };
    for (const [name, , rule, line, column, fragment] of cases) {
      const mine = json.diagnostics.filter((d) => d.file === `lists/tasks/${name}.yaml`);
      expect(mine, name).toContainEqual(expect.objectContaining({ rule, line, column, message: expect.stringContaining(fragment) }));
    }
    expect(json.diagnostics).toContainEqual(expect.objectContaining({ file: 'lists/tasks/fine.yaml', line: 6, rule: 'schema' }));
    expect(json.diagnostics).toContainEqual(expect.objectContaining({ file: 'lists/tasks/linked.yaml', rule: 'path' }));
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

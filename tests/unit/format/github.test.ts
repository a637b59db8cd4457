import { describe, expect, test } from 'vitest';
import { escapeCell } from '../../../src/text/markdown.js';
import { escapeData, escapeProperty, formatGithub, githubStepSummary } from '../../../src/format/github.js';
import { diag, makeInput } from './fixtures.js';

describe('github workflow commands', () => {
  test.each([
    ['error', '::error'],
    ['warning', '::warning'],
    ['info', '::notice'],
  ] as const)('%s → %s', (severity, command) => {
    const out = formatGithub(makeInput([diag({ severity, line: 7, column: 3, rule: 'schema', message: 'm' })]));
    expect(out).toBe(`${command} file=lists/projects/x.yaml,line=7,col=3,title=wuzhong(schema)::m\n`);
  });

  test('message data escapes %, CR and LF but keeps : and ,', () => {
    const out = formatGithub(makeInput([diag({ message: '完成50%: a, b\r\nnext' })]));
    expect(out).toBe(
      '::error file=lists/projects/x.yaml,line=1,col=1,title=wuzhong(schema)::完成50%25: a, b%0D%0Anext\n',
    );
  });

  test('property values escape %, CR, LF, : and ,', () => {
    const out = formatGithub(makeInput([diag({ file: 'lists/a,b/c:d%e.yaml', rule: 'x:y,z' })]));
    expect(out).toBe(
      '::error file=lists/a%2Cb/c%3Ad%25e.yaml,line=1,col=1,title=wuzhong(x%3Ay%2Cz)::bad\n',
    );
  });

  test.each([
    ['50%', '50%25', '50%25'],
    ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
    ['l1\nl2\rl3', 'l1%0Al2%0Dl3', 'l1%0Al2%0Dl3'],
    ['%0A', '%250A', '%250A'],
  ])('escape %j', (raw, data, property) => {
    expect(escapeData(raw)).toBe(data);
    expect(escapeProperty(raw)).toBe(property);
  });

  test('one line per finding, nothing when clean', () => {
    expect(formatGithub(makeInput([diag(), diag({ line: 2 })])).split('\n')).toHaveLength(3);
    expect(formatGithub(makeInput([]))).toBe('');
  });
});

describe('github step summary', () => {
  test('heading, counts and a row per finding (zh-CN)', () => {
    const md = githubStepSummary(
      makeInput([
        diag({ line: 7, column: 3, rule: 'schema', message: '缺少 owner' }),
        diag({ line: 9, severity: 'warning', rule: 'overdue', message: '逾期26天' }),
      ]),
    );
    const lines = md.split('\n');
    expect(lines[0]).toBe('## wuzhong 检查结果');
    expect(md).toContain('截至2026-11-26');
    expect(md).toContain('| 文件 | 错误 | 警告 | 提示 |\n| ---: | ---: | ---: | ---: |\n| 12 | 1 | 1 | 0 |');
    expect(md).toContain('❌ 共2个问题（1个错误，1个警告，0个提示），检查了12个文件');
    expect(md).toContain('| 位置 | 级别 | 规则 | 说明 |\n| --- | --- | --- | --- |\n');
    expect(lines).toContain('| lists/projects/x.yaml:7:3 | ❌ 错误 | schema | 缺少 owner |');
    expect(lines).toContain('| lists/projects/x.yaml:9:1 | ⚠️ 警告 | overdue | 逾期26天 |');
    expect(md.endsWith('|\n')).toBe(true);
  });

  test('cells escape | and line breaks, and Markdown punctuation', () => {
    const md = githubStepSummary(
      makeInput([diag({ file: 'lists/a|b/x_y.yaml', message: 'a | b\nc\r\nd <e> *f*' })], { lang: 'en' }),
    );
    const row = md.split('\n').find((l) => l.startsWith('| lists'))!;
    expect(row).toBe('| lists/a\\|b/x\\_y.yaml:1:1 | ❌ error | schema | a \\| b; c; d \\<e\\> \\*f\\* |');
    // exactly the 5 unescaped pipes of a 4-cell row
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(5);
  });

  test.each([
    ['a|b', 'a\\|b'],
    ['x\ny', 'x; y'],
    ['第一行\n第二行', '第一行；第二行'],
    ['完成。\n下一步', '完成。下一步'],
    ['done.\nnext', 'done. next'],
    ['`code`', '\\`code\\`'],
    ['\\|', '\\\\\\|'],
    ['普通文本', '普通文本'],
  ])('escapeCell %j', (raw, cell) => {
    expect(escapeCell(raw)).toBe(cell);
  });

  test('clean run: success line and no findings table (en)', () => {
    const md = githubStepSummary(makeInput([], { lang: 'en', files: 3 }));
    expect(md).toContain('## wuzhong check results');
    expect(md).toContain('| 3 | 0 | 0 | 0 |');
    expect(md).toContain('✅ 3 files checked, no problems');
    expect(md).not.toContain('| Location |');
  });

  test('stays under the 1 MiB limit of a step summary', () => {
    const many = Array.from({ length: 1500 }, (_, i) => diag({ line: i + 1, message: '长'.repeat(300) }));
    const md = githubStepSummary(makeInput(many, { lang: 'en' }));
    expect(new TextEncoder().encode(md).length).toBeLessThan(1024 * 1024);
    const rows = md.split('\n').filter((l) => l.startsWith('| lists/')).length;
    expect(rows).toBeGreaterThan(500);
    expect(md).toContain(`… ${1500 - rows} more not listed`);
  });
});

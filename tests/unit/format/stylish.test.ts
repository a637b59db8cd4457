import { describe, expect, test } from 'vitest';
import { formatStylish } from '../../../src/format/stylish.js';
import { summaryText } from '../../../src/format/labels.js';
import { diag, makeInput, tagColors } from './fixtures.js';

const X = 'lists/projects/x.yaml';
const Y = 'lists/tasks/y.yaml';
const sources = {
  [X]: ['id: x', 'owner: 产融城公司', '  - { unit: 产融城公司, points: abc }', '\t\tdue: 2026-13-01'].join('\n'),
  [Y]: 'title: 一期（竣工）投产：x\r\n',
};

/** The line right under the source line of the finding at `line:col`. */
function caretUnder(out: string, source: string): string {
  const lines = out.split('\n');
  const i = lines.indexOf(`    | ${source}`);
  expect(i).toBeGreaterThan(-1);
  return lines[i + 1]!;
}

describe('stylish', () => {
  test('whole report, zh-CN', () => {
    const out = formatStylish(
      makeInput(
        [
          diag({ file: X, line: 2, column: 8, endColumn: 13, rule: 'ref', message: '单位“产融城公司”不存在' }),
          diag({ file: X, line: 3, column: 28, severity: 'warning', rule: 'schema', message: 'points 应为数字' }),
          diag({ file: Y, line: 1, column: 17, severity: 'info', rule: 'due-soon', message: '7天内到期' }),
        ],
        { sources },
      ),
    );
    expect(out).toBe(
      [
        'lists/projects/x.yaml',
        '   2:8  错误  单位“产融城公司”不存在  ref',
        '    | owner: 产融城公司',
        '    |        ^' + '~'.repeat(9),
        '  3:28  警告  points 应为数字  schema',
        '    |   - { unit: 产融城公司, points: abc }',
        '    | ' + ' '.repeat(32) + '^',
        '',
        'lists/tasks/y.yaml',
        '  1:17  提示  7天内到期  due-soon',
        '    | title: 一期（竣工）投产：x',
        '    | ' + ' '.repeat(25) + '^',
        '',
        '✖ 共3个问题（1个错误，1个警告，1个提示），检查了12个文件',
        '',
      ].join('\n'),
    );
  });

  test.each([
    // source line, column, endColumn, expected caret line (after the gutter)
    ['owner: 产融城公司', 8, undefined, ' '.repeat(7) + '^'],
    ['  - { unit: 产融城公司, points: abc }', 28, 31, ' '.repeat(32) + '^~~'],
    ['\t\tdue: 2026-13-01', 8, 18, '\t\t     ^' + '~'.repeat(9)],
  ])('caret under %j at column %i', (source, column, endColumn, caret) => {
    const out = formatStylish(
      makeInput([diag({ column, endColumn })], { sources: { [X]: source } }),
    );
    expect(caretUnder(out, source)).toBe(`    | ${caret}`);
  });

  test('CRLF and control characters do not reach the terminal', () => {
    const out = formatStylish(
      makeInput([diag({ column: 4, message: 'bad \u001b[31mkey\nnext' })], {
        sources: { [X]: 'a: \u001b[2Jb\r' },
      }),
    );
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(out).toContain('bad \u241b[31mkey\u240anext');
    expect(out).toContain('    | a: \u241b[2Jb\n    |    ^\n');
  });

  test('no source line: no code frame; empty line at column 1: no code frame', () => {
    const out = formatStylish(
      makeInput([diag({ rule: 'yaml', message: '文件为空' }), diag({ file: Y })], { sources: { [X]: '' } }),
    );
    expect(out).not.toContain('|');
    expect(out).toContain('  1:1  错误  文件为空  yaml\n');
  });

  test('English labels and alignment of positions and severities', () => {
    const out = formatStylish(
      makeInput(
        [
          diag({ line: 3, column: 5, severity: 'warning', rule: 'order', message: 'out of order' }),
          diag({ line: 12, column: 11, severity: 'info', rule: 'due-soon', message: 'due soon' }),
        ],
        { lang: 'en' },
      ),
    );
    expect(out.split('\n').slice(0, 3)).toEqual([
      'lists/projects/x.yaml',
      '    3:5  warning  out of order  order',
      '  12:11  note     due soon  due-soon',
    ]);
    expect(out.endsWith('✖ 2 problems (0 errors, 1 warning, 1 note); 12 files checked\n')).toBe(true);
  });

  test('no findings: a success line only', () => {
    expect(formatStylish(makeInput([]))).toBe('✔ 12个文件检查通过，未发现问题\n');
    expect(formatStylish(makeInput([], { lang: 'en', files: 1 }))).toBe(
      '✔ 1 file checked, no problems\n',
    );
  });

  test('colours are applied through the Colors object', () => {
    const out = formatStylish(
      makeInput([diag({ column: 8 }), diag({ line: 2, severity: 'warning' })], {
        colors: tagColors,
        sources: { [X]: 'owner: 产融城公司' },
      }),
    );
    expect(out).toContain('<u>lists/projects/x.yaml</u>');
    expect(out).toContain('<red>错误</red>');
    expect(out).toContain('<yellow>警告</yellow>');
    expect(out).toContain('<gray>    | </gray>       <red><b>^</b></red>');
    expect(out).toContain('<red><b>✖ 共2个问题');
  });
});

describe('summary sentence', () => {
  const s = (errors: number, warnings: number, infos: number, files = 12) => ({ files, errors, warnings, infos });
  test.each([
    [s(2, 3, 0), 'zh-CN', '共5个问题（2个错误，3个警告，0个提示），检查了12个文件'],
    [s(0, 1, 4), 'zh-CN', '共5个问题（0个错误，1个警告，4个提示），检查了12个文件'],
    [s(0, 0, 2), 'zh-CN', '12个文件检查通过，没有错误或警告，另有2条提示'],
    [s(0, 0, 0), 'zh-CN', '12个文件检查通过，未发现问题'],
    [s(2, 3, 0), 'en', '5 problems (2 errors, 3 warnings, 0 notes); 12 files checked'],
    [s(1, 0, 0, 1), 'en', '1 problem (1 error, 0 warnings, 0 notes); 1 file checked'],
    [s(0, 0, 1), 'en', '12 files checked, no errors or warnings (1 note)'],
    [s(0, 0, 0, 0), 'en', '0 files checked, no problems'],
  ] as const)('%o %s', (summary, lang, text) => {
    expect(summaryText(summary, lang)).toBe(text);
  });
});

describe('stylish with very long lines', () => {
  test('shows a window around the column, marked with …, and the caret still under the value', () => {
    const long = `title: ${'甲'.repeat(300)}坏${'乙'.repeat(300)}`;
    const column = 'title: '.length + 300 + 1;
    const found = [diag({ file: X, line: 1, column, endColumn: column + 1 })];
    const out = formatStylish(makeInput(found, { sources: { [X]: long } }));
    const [source, caret] = out.split('\n').filter((l) => l.startsWith('    | '));
    expect(source!.length).toBeLessThan(140);
    expect(source).toMatch(/^ {4}\| …甲+坏乙+…$/);
    // 60 characters before the value, each two columns wide, after the one-column ellipsis.
    expect(caret).toBe(`    | ${' '.repeat(1 + 60 * 2)}^~`);
    expect(source!.startsWith('    | …甲')).toBe(true);
  });
});

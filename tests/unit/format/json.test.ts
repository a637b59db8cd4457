import { describe, expect, test } from 'vitest';
import { formatJson } from '../../../src/format/json.js';
import { diag, makeInput } from './fixtures.js';

describe('json', () => {
  const diagnostics = [
    diag({ line: 7, column: 3, endColumn: 9, message: '缺少必填字段 owner' }),
    diag({ line: 9, column: 5, severity: 'warning', rule: 'overdue', message: '已逾期 26 天' }),
    diag({ file: 'lists/tasks/y.yaml', severity: 'info', rule: 'due-soon', message: 'soon' }),
    diag({ file: 'lists/tasks/y.yaml', line: 2, severity: 'info', rule: 'due-soon', message: 'soon' }),
  ];
  const out = formatJson(makeInput(diagnostics, { files: 12 }));
  const parsed = JSON.parse(out);

  test('pretty-printed with 2 spaces and a trailing newline', () => {
    expect(out.startsWith('{\n  "asOf": "2026-11-26",\n  "summary": {\n    "files": 12,')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
  });

  test('top level and summary, keys in the order of docs/ci.md', () => {
    expect(Object.keys(parsed)).toEqual(['asOf', 'summary', 'diagnostics']);
    expect(parsed.asOf).toBe('2026-11-26');
    expect(parsed.summary).toEqual({ files: 12, errors: 1, warnings: 1, infos: 2 });
    expect(Object.keys(parsed.summary)).toEqual(['files', 'errors', 'warnings', 'infos']);
  });

  test('each diagnostic, field by field', () => {
    expect(parsed.diagnostics).toHaveLength(4);
    const [first, second] = parsed.diagnostics;
    expect(Object.keys(first).slice(0, 6)).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message']);
    expect(first.file).toBe('lists/projects/x.yaml');
    expect(first.line).toBe(7);
    expect(first.column).toBe(3);
    expect(first.severity).toBe('error');
    expect(first.rule).toBe('schema');
    expect(first.message).toBe('缺少必填字段 owner');
    expect(first.endColumn).toBe(9);
    expect(second).toEqual({
      file: 'lists/projects/x.yaml',
      line: 9,
      column: 5,
      severity: 'warning',
      rule: 'overdue',
      message: '已逾期 26 天',
    });
    expect(parsed.diagnostics.map((d: { line: number }) => d.line)).toEqual([7, 9, 1, 2]);
  });

  test('no findings', () => {
    expect(JSON.parse(formatJson(makeInput([], { files: 3 })))).toEqual({
      asOf: '2026-11-26',
      summary: { files: 3, errors: 0, warnings: 0, infos: 0 },
      diagnostics: [],
    });
  });
});

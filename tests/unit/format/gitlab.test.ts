import { describe, expect, test } from 'vitest';
import { fingerprints, formatGitlab } from '../../../src/format/gitlab.js';
import { diag, makeInput } from './fixtures.js';

describe('gitlab code quality', () => {
  test('shape of one issue', () => {
    const out = formatGitlab(makeInput([diag({ line: 7, column: 3, rule: 'schema', message: '缺少 owner' })]));
    expect(out.endsWith(']\n')).toBe(true);
    const [issue, ...rest] = JSON.parse(out);
    expect(rest).toEqual([]);
    expect(issue).toEqual({
      description: '缺少 owner',
      check_name: 'schema',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      severity: 'major',
      location: { path: 'lists/projects/x.yaml', lines: { begin: 7 } },
    });
  });

  test.each([
    ['error', 'major'],
    ['warning', 'minor'],
    ['info', 'info'],
  ] as const)('severity %s → %s', (severity, expected) => {
    expect(JSON.parse(formatGitlab(makeInput([diag({ severity })])))[0].severity).toBe(expected);
  });

  test('same-looking findings on different lines get different fingerprints', () => {
    const fps = fingerprints([diag({ line: 3 }), diag({ line: 4 })]);
    expect(fps[0]).not.toBe(fps[1]);
  });

  test('identical findings are deduplicated, and fingerprints are stable', () => {
    const list = [diag(), diag(), diag(), diag({ message: 'other' })];
    const a = fingerprints(list);
    expect(new Set(a).size).toBe(4);
    a.forEach((fp) => expect(fp).toMatch(/^[0-9a-f]{32}$/));
    // the first of identical findings keeps the plain hash
    expect(fingerprints([diag()])[0]).toBe(a[0]);
  });

  test('the whole report, in input order, paths prefixed with the zone folder', () => {
    const input = { ...makeInput([diag(), diag({ severity: 'warning', rule: 'stale', line: 9, message: '缺少 2026-10 的月度进展' })]), repoPrefix: 'zone/' };
    const fp = expect.stringMatching(/^[0-9a-f]{32}$/);
    expect(JSON.parse(formatGitlab(input))).toEqual([
      { description: 'bad', check_name: 'schema', fingerprint: fp, severity: 'major', location: { path: 'zone/lists/projects/x.yaml', lines: { begin: 1 } } },
      { description: '缺少 2026-10 的月度进展', check_name: 'stale', fingerprint: fp, severity: 'minor', location: { path: 'zone/lists/projects/x.yaml', lines: { begin: 9 } } },
    ]);
  });

  test('field boundaries matter to the fingerprint', () => {
    const [a, b] = fingerprints([
      diag({ file: 'a', rule: 'bc' }),
      diag({ file: 'ab', rule: 'c' }),
    ]);
    expect(a).not.toBe(b);
  });

  test('no findings: empty array', () => {
    expect(formatGitlab(makeInput([]))).toBe('[]\n');
  });
});

describe('fingerprints survive the passing days and edits above the finding', () => {
  test('the same overdue node a day later and two lines lower keeps its fingerprint', () => {
    const today = diag({ file: 'lists/tasks/a.yaml', line: 8, rule: 'overdue', message: '节点“法律清算”已逾期 6 天（时限 2026-11-20）' });
    const tomorrow = diag({ file: 'lists/tasks/a.yaml', line: 10, rule: 'overdue', message: '节点“法律清算”已逾期 7 天（时限 2026-11-20）' });
    const other = diag({ file: 'lists/tasks/a.yaml', line: 12, rule: 'overdue', message: '节点“资产处置”已逾期 7 天（时限 2026-11-20）' });
    expect(fingerprints([today])).toEqual(fingerprints([tomorrow]));
    expect(fingerprints([today])).not.toEqual(fingerprints([other]));
  });
});

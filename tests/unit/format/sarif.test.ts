import { describe, expect, test } from 'vitest';
import { formatSarif, pathToUri } from '../../../src/format/sarif.js';
import { diag, makeInput } from './fixtures.js';

describe('sarif', () => {
  const diagnostics = [
    diag({ line: 7, column: 3, endColumn: 9, rule: 'schema', message: '缺少 owner' }),
    diag({ line: 9, column: 5, severity: 'warning', rule: 'overdue', message: '逾期 26 天' }),
    diag({ file: 'lists/tasks/y.yaml', severity: 'info', rule: 'due-soon', message: 'soon' }),
    diag({ file: 'lists/tasks/y.yaml', line: 4, rule: 'schema', message: 'again' }),
  ];
  const log = JSON.parse(formatSarif(makeInput(diagnostics)));
  const run = log.runs[0];

  test('log header', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  test('tool driver and one rule per distinct rule id', () => {
    const { driver } = run.tool;
    expect(driver.name).toBe('wuzhong');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(['due-soon', 'overdue', 'schema']);
    for (const rule of driver.rules) {
      expect(typeof rule.shortDescription.text).toBe('string');
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
    }
    expect(driver.rules[2].defaultConfiguration).toEqual({ level: 'error' });
  });

  test('results: ruleId, ruleIndex, level, message, location', () => {
    expect(run.results).toHaveLength(4);
    expect(run.results[0]).toEqual({
      ruleId: 'schema',
      ruleIndex: 2,
      level: 'error',
      message: { text: '缺少 owner' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'lists/projects/x.yaml' },
            region: { startLine: 7, startColumn: 3, endColumn: 9 },
          },
        },
      ],
    });
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['error', 'warning', 'note', 'error']);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    }
    expect(run.results[1].locations[0].physicalLocation.region).toEqual({ startLine: 9, startColumn: 5 });
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  test('rule descriptions come from the caller, the rule id when there is none', () => {
    const input = { ...makeInput([diag({ rule: 'overdue' })], { lang: 'en' }), ruleInfo: (r: string) => (r === 'overdue' ? { id: r, severity: 'warning' as const, description: { zh: '逾期', en: 'milestone overdue' }, help: { zh: '', en: '' } } : undefined) };
    const en = JSON.parse(formatSarif(input));
    expect(en.runs[0].tool.driver.rules[0].shortDescription.text).toBe('milestone overdue');
    expect(en.runs[0].tool.driver.rules[0].fullDescription.text).toBe('milestone overdue');
    const unknown = JSON.parse(formatSarif(makeInput([diag({ rule: 'custom' })])));
    expect(unknown.runs[0].tool.driver.rules[0].shortDescription.text).toBe('custom');
  });

  test.each([
    ['lists/projects/x.yaml', 'lists/projects/x.yaml'],
    ['lists/项目/a b.yaml', 'lists/%E9%A1%B9%E7%9B%AE/a%20b.yaml'],
    ['lists/p/a#1.yaml', 'lists/p/a%231.yaml'],
  ])('uri of %j', (path, uri) => {
    expect(pathToUri(path)).toBe(uri);
  });

  test('no findings: empty results and rules', () => {
    const empty = JSON.parse(formatSarif(makeInput([])));
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].tool.driver.rules).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { runCli, writeTree } from '../../helpers.js';

// docs/clerks.md "常见笔误": a file with three slips is reported in three rounds, each error at its own line and column.
const CONFIG = 'zone: 测试高新区\ncalendar: none\nunits: [经济发展局, 建设局]\nleaders: [张三]\n';
const item = (colon: string, unit: string, due: string): string =>
  `title: 甲\nlead: 张三\nowner${colon}${unit}\nstart: 2026-11-01\ndue: 2026-12-31\nmilestones:\n  - title: 开工\n    due: ${due}\n`;

interface Finding { severity: string; line: number; column: number; rule: string; message: string }

async function round(text: string): Promise<Omit<Finding, 'severity'>[]> {
  const root = writeTree({ 'wuzhong.yaml': CONFIG, 'lists/tasks/a.yaml': text });
  const r = await runCli(['--repo', root, 'check', '--as-of', '2026-11-26', '--format', 'json']);
  expect(r.code).toBe(1);
  return (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics
    .filter((d) => d.severity === 'error')
    .map(({ line, column, rule, message }) => ({ line, column, rule, message }));
}

describe('docs/clerks.md: a file with slips is fixed in rounds', () => {
  it('reports the full-width colon, then the short date, then the misspelt unit', async () => {
    const first = await round(item('：', '经济发展居', '2026-9-3'));
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ line: 3, column: 6, rule: 'yaml' });
    expect(first[0]?.message).toContain('全角冒号');

    const second = await round(item(': ', '经济发展居', '2026-9-3'));
    expect(second).toHaveLength(1);
    expect(second[0]).toMatchObject({ line: 8, column: 10 });
    expect(second[0]?.message).toContain('是不是 2026-09-03？');

    const third = await round(item(': ', '经济发展居', '2026-12-03'));
    expect(third).toHaveLength(1);
    expect(third[0]).toMatchObject({ line: 3, column: 8, rule: 'ref' });
    expect(third[0]?.message).toContain('是不是“经济发展局”？');
  });
});

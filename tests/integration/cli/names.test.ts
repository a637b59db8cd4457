import { describe, expect, it } from 'vitest';
import { runCli, writeTree } from '../../helpers.js';

// Names typed on the command line are compared after NFC, like names in the data.
describe('names on the command line', () => {
  const zone = () => writeTree({
    'wuzhong.yaml': 'zone: Z\ncalendar: none\nunits: ["Caf\\u00e9办", 乙单位]\nleaders: [张威]\n',
    'lists/tasks/a.yaml': 'title: 甲\nlead: 张威\nowner: "Cafe\\u0301办"\nstart: 2026-01-01\ndue: 2026-12-31\nmilestones:\n  - title: 一\n    due: 2026-10-30\nupdates:\n  - month: 2026-10\n    text: 推进\n',
  });

  it('overdue --unit written decomposed finds the unit written precomposed', async () => {
    const r = await runCli(['--repo', zone(), 'overdue', '--as-of', '2026-11-26', '--unit', 'Cafe\u0301办', '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { overdue: { unit: string; days: number }[] }).overdue).toMatchObject([{ unit: 'Caf\u00e9办', days: 27 }]);
  });

  it('a milestone owned in NFD scores for the NFC unit', async () => {
    const r = await runCli(['--repo', zone(), 'score', '--month', '2026-10', '--format', 'json']);
    const units = (JSON.parse(r.stdout) as { units: { unit: string; score: number }[] }).units;
    expect(units).toEqual([expect.objectContaining({ unit: '乙单位', score: 100 }), expect.objectContaining({ unit: 'Caf\u00e9办', score: 95 })]);
  });
});

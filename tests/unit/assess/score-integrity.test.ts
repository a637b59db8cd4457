import { describe, expect, test } from 'vitest';
import { scoreMonth, type MonthScore, type ScoreEvent } from '../../../src/assess/score.js';
import { formatScoreTable, scoreJson } from '../../../src/report/score-view.js';
import { zoneWith, type ItemSpec } from './fixture.js';

// Milestones earn on-time/early/claimed only when planned planLeadDays (30) before they were done;
// claimed only from the claim date on. Every expected value below is worked out by hand.
const M = '2026-10';
const score = (items: Record<string, ItemSpec>, assessment = '') => scoreMonth(zoneWith(items, {}, assessment), M);
const unit = (s: MonthScore, name = '产融城公司') => s.units.find((x) => x.unit === name)!;
const kinds = (events: ScoreEvent[]) => events.map((e) => `${e.event}:${e.points}${e.event === 'unplanned' ? `:${e.days}` : ''}`);

describe('planLeadDays: done − planned must be at least 30 days', () => {
  // [case, item, expected events, expected score]
  const cases: [string, ItemSpec, string[], number][] = [
    ['planned at start, exactly 30 days before done', { start: '2026-09-01', milestones: [['节点', '2026-10-20', '2026-10-01']] }, ['on-time:5'], 105],
    ['planned at start, 29 days before done', { start: '2026-09-02', milestones: [['节点', '2026-10-20', '2026-10-01']] }, ['unplanned:0:29'], 100],
    ['planned date overrides start: 30 days', { start: '2026-01-05', milestones: [['节点', '2026-10-31', '2026-10-31', undefined, '2026-10-01']] }, ['on-time:5'], 105],
    ['planned date overrides start: 19 days', { start: '2026-01-05', milestones: [['节点', '2026-10-31', '2026-10-20', undefined, '2026-10-01']] }, ['unplanned:0:19'], 100],
    ['planned after the work was done', { start: '2026-01-05', milestones: [['节点', '2026-10-31', '2026-10-20', undefined, '2026-10-25']] }, ['unplanned:0:-5'], 100],
    ['unplanned earns no early and no claimed', { claimed: true, start: '2026-01-05', milestones: [['节点', '2026-12-31', '2026-10-20', undefined, '2026-10-01']] }, ['unplanned:0:19'], 100],
    ['a late milestone stays late (0 points, not listed), planned or not', { start: '2026-01-05', milestones: [['节点', '2026-10-10', '2026-10-20', undefined, '2026-10-01']] }, [], 100],
    ['planned early enough, early and claimed as before', { claimed: true, start: '2026-01-05', milestones: [['节点', '2026-12-31', '2026-10-20', undefined, '2026-09-20']] }, ['on-time:5', 'early:3', 'claimed:2'], 110],
  ];
  test.each(cases)('%s', (_, spec, events, total) => {
    const u = unit(score({ a: spec }));
    expect(kinds(u.events)).toEqual(events);
    expect(u.score).toBe(total);
  });

  test('unplanned changes neither additions, deductions nor rank', () => {
    const s = score({
      a: { milestones: [['事后节点', '2026-10-31', '2026-10-20', undefined, '2026-10-20']] },
      b: { owner: '铁北园区办', milestones: [['按时', '2026-10-31', '2026-10-20']] },
    });
    expect(unit(s)).toMatchObject({ score: 100, additions: 0, deductions: 0, rank: 2 });
    expect(unit(s, '铁北园区办')).toMatchObject({ score: 105, additions: 5, rank: 1 });
  });

  test('the issue\'s attack: five small milestones added and done this month, planned honestly today, earn nothing', () => {
    const five: ItemSpec['milestones'] = [1, 2, 3, 4, 5].map((n) => [`小节点${n}`, '2026-10-30', `2026-10-2${n}`, undefined, '2026-10-26']);
    const u = unit(score({ a: { milestones: five } }));
    expect(u.score).toBe(100);
    expect(u.events.map((e) => e.days)).toEqual([-5, -4, -3, -2, -1]);
  });

  test.each([
    ['  planLeadDays: 0\n', '2026-10-20', ['on-time:5'], 105],
    ['  planLeadDays: 0\n', '2026-10-21', ['unplanned:0:-1'], 100],
    ['  planLeadDays: 10\n', '2026-10-10', ['on-time:5'], 105],
    ['  planLeadDays: 10\n', '2026-10-11', ['unplanned:0:9'], 100],
  ] as const)('setting %j, planned %s, done 2026-10-20', (assessment, planned, events, total) => {
    const u = unit(score({ a: { milestones: [['节点', '2026-10-31', '2026-10-20', undefined, planned]] } }, assessment));
    expect(kinds(u.events)).toEqual(events);
    expect(u.score).toBe(total);
  });
});

describe('claimed counts only for milestones done on or after the claim date', () => {
  const cases: [string, boolean | string, string, string[]][] = [
    ['done the day before the claim', '2026-10-10', '2026-10-09', ['on-time:5']],
    ['done on the claim date', '2026-10-10', '2026-10-10', ['on-time:5', 'claimed:2']],
    ['done the day after', '2026-10-10', '2026-10-11', ['on-time:5', 'claimed:2']],
    ['claimed: true is claimed at start', true, '2026-10-05', ['on-time:5', 'claimed:2']],
    ['claimed: false', false, '2026-10-05', ['on-time:5']],
    ['claimed in a later month', '2026-11-02', '2026-10-30', ['on-time:5']],
  ];
  test.each(cases)('%s', (_, claimed, done, events) => {
    expect(kinds(unit(score({ a: { claimed, milestones: [['节点', '2026-10-31', done]] } })).events)).toEqual(events);
  });
});

describe('unplanned is shown in --explain and in JSON', () => {
  const s = score({ a: { milestones: [['事后节点', '2026-10-31', '2026-10-20', undefined, '2026-10-02'], ['补列节点', '2026-10-31', '2026-10-21', undefined, '2026-10-26']] } });
  test('json: 0 points with file, line and done − planned', () => {
    expect(scoreJson(s).units[0]!.events).toEqual([
      { event: 'unplanned', points: 0, item: 'tasks/a', milestone: '事后节点', file: 'lists/tasks/a.yaml', line: 9, days: 18 },
      { event: 'unplanned', points: 0, item: 'tasks/a', milestone: '补列节点', file: 'lists/tasks/a.yaml', line: 13, days: -5 },
    ]);
  });
  test('explain, in Chinese and English', () => {
    const zh = formatScoreTable({ data: s, zone: 'Z', lang: 'zh-CN', explain: true });
    expect(zh).toContain('未提前列入计划');
    expect(zh).toContain('列入计划18天后完成，不足30天，不计分');
    expect(zh).toContain('完成5天后才列入计划，不计分');
    const en = formatScoreTable({ data: s, zone: 'Z', lang: 'en', explain: true });
    expect(en).toContain('unplanned');
    expect(en).toContain('done 18 days after it was planned, fewer than 30: no points');
    expect(en).toContain('planned 5 days after it was done: no points');
  });
});

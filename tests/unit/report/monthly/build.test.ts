import { describe, expect, test } from 'vitest';
import { buildMonthlyReport } from '../../../../src/report/monthly/index.js';
import { smallZone, zoneFrom } from '../../../support/monthly/fixture.js';

// Every expectation below is worked out by hand from fixture.ts, with D = 2026-10-31.
const report = buildMonthlyReport(zoneFrom(smallZone), '2026-10');
const keyed = <T extends { item: { key: string } }>(rows: T[], ...fields: (keyof T)[]) =>
  rows.map((r) => [r.item.key, ...fields.map((f) => r[f])]);

describe('buildMonthlyReport', () => {
  test('the month, its last day and the next month', () => {
    expect([report.zone, report.month, report.first, report.asOf, report.next]).toEqual(['测试高新区', '2026-10', '2026-10-01', '2026-10-31', '2026-11']);
  });

  test('overview per list and in total', () => {
    const tasks = report.overview.find((o) => o.list === 'tasks');
    // a and b open; three milestones of a done in October;
    // a's 逾期节点 (30 days) and b itself (16 days) overdue; both behind.
    expect(tasks).toEqual({ list: 'tasks', items: 2, open: 2, closed: 0, completedNodes: 3, overdueNodes: 2, withPercent: 2, meetingTimeProgress: 0 });
    // c closed on 10-20 (closed ≤ D), d not started yet but open; c's milestone done in October.
    expect(report.overview.find((o) => o.list === 'reforms')).toEqual({ list: 'reforms', items: 2, open: 1, closed: 1, completedNodes: 1, overdueNodes: 0, withPercent: 0, meetingTimeProgress: 0 });
    expect(report.overview.find((o) => o.list === 'enterprises')).toMatchObject({ items: 0, open: 0 });
    expect(report.total).toEqual({
      items: 4, open: 3, closed: 1, completedNodes: 4, overdueNodes: 2, withPercent: 2, meetingTimeProgress: 0,
    });
  });

  test('overdue as of D, worst first; an overdue open item appears with milestone null', () => {
    expect(keyed(report.overdue, 'milestone', 'unit', 'due', 'days')).toEqual([
      ['tasks/a', '逾期节点', '产融城公司', '2026-10-01', 30],
      ['tasks/b', null, '铁北园区办', '2026-10-15', 16],
    ]);
  });

  test('completed in the month by date: late, on time, early (≥ 30 days)', () => {
    expect(keyed(report.completed, 'milestone', 'done', 'completion', 'days')).toEqual([
      ['tasks/a', '逾期完成节点', '2026-10-02', 'late', 12],
      ['tasks/a', '按时节点', '2026-10-05', 'on-time', 5],
      ['reforms/c', '当天完成', '2026-10-20', 'on-time', 0],
      ['tasks/a', '提前节点', '2026-10-20', 'early', 56],
    ]);
  });

  test('due next month and not done as of D (a completion after D does not count yet)', () => {
    expect(keyed(report.dueNext, 'milestone', 'due')).toEqual([
      ['tasks/a', '下月节点', '2026-11-15'],
      ['tasks/a', '下月已完成节点', '2026-11-20'],
    ]);
  });

  test('progress: latest update ≤ M, percent against time progress at the end of that month, targets', () => {
    const [a, b] = report.lists.find((l) => l.list === 'tasks')!.items;
    // a: 303 of 364 days at 10-31 → 83.2%; b: 183 of 228 days at 08-31 → 80.3%.
    expect(a).toMatchObject({ state: 'open', owner: '产融城公司', lead: '魏克鹏', update: { month: '2026-10' }, percent: { month: '2026-10', value: 80, timeProgress: 83.2, meets: false } });
    expect(a!.targets).toEqual([{ name: '供热管网', unit: '公里', goal: 50, actual: 29.97, percent: 59.9 }]);
    expect(b).toMatchObject({ state: 'open', update: { month: '2026-08', text: '八月进展' }, percent: { month: '2026-08', value: 50, timeProgress: 80.3, meets: false }, targets: [] });
    const [c, d] = report.lists.find((l) => l.list === 'reforms')!.items;
    expect([c!.state, c!.closed, d!.state, d!.update, d!.percent]).toEqual(['done', '2026-10-20', 'not-started', undefined, undefined]);
  });

  test('open problems as of D, oldest first: resolved after D is still open, raised after D is not there yet', () => {
    expect(keyed(report.problems, 'raised', 'days', 'text')).toEqual([
      ['tasks/a', '2026-08-01', 91, '月后才解决'],
      ['tasks/a', '2026-09-01', 60, '未解决的问题'],
    ]);
  });

  test('the assessment is scoreMonth: every unit, ranked', () => {
    // 产融城: +5 +5 +3, −5 (30 days is not "more than 30"); 高新建: +5; 铁北: b has no October update −2.
    expect(report.score.units.map((u) => [u.rank, u.unit, u.score, u.additions, u.deductions, u.tier])).toEqual([
      [1, '产融城公司', 108, 13, 5, 'none'],
      [2, '高新建公司', 105, 5, 0, 'none'],
      [3, '铁北园区办', 98, 0, 2, 'none'],
    ]);
  });
});

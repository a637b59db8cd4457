import { describe, expect, test } from 'vitest';
import { scoreMonth, type MonthScore, type ScoreEvent } from '../../../src/assess/score.js';
import { UNITS, zoneWith, type ItemSpec } from './fixture.js';

const M = '2026-10';

function unit(s: MonthScore, name: string) {
  const u = s.units.find((x) => x.unit === name);
  if (!u) throw new Error(`no unit ${name}`);
  return u;
}
const kinds = (events: ScoreEvent[]) => events.map((e) => `${e.event}:${e.points}`);
const score = (items: Record<string, ItemSpec>, extra: Record<string, string> = {}, assessment = '') => scoreMonth(zoneWith(items, extra, assessment), M);

describe('scoreMonth: completions (on-time, early, claimed, late)', () => {
  test('done on the due date is on time, 0 days early', () => {
    const u = unit(score({ a: { milestones: [['节点', '2026-10-15', '2026-10-15']] } }), '产融城公司');
    expect(kinds(u.events)).toEqual(['on-time:5']);
    expect(u.events[0]).toMatchObject({ item: 'tasks/a', milestone: '节点', file: 'lists/tasks/a.yaml', line: 9, days: 0 });
    expect(u.score).toBe(105);
  });

  test('one day after the due date is late, worth 0 and not listed', () => {
    const u = unit(score({ a: { milestones: [['节点', '2026-10-15', '2026-10-16']] } }), '产融城公司');
    expect(u.events).toEqual([]);
    expect(u.score).toBe(100);
  });

  test('done on the first and on the last day of the month count; the day before and after do not', () => {
    const s = score({
      a: { milestones: [['九月底', '2026-10-20', '2026-09-30'], ['十月一日', '2026-10-20', '2026-10-01'], ['十月底', '2026-10-31', '2026-10-31']] },
      b: { milestones: [['十一月一日', '2026-11-30', '2026-11-01']] },
    });
    expect(unit(s, '产融城公司').events.map((e) => e.milestone)).toEqual(['十月一日', '十月底']);
    expect(unit(s, '产融城公司').score).toBe(110);
  });

  test('exactly earlyDays (30) early earns early; 29 days does not', () => {
    const s = score({ a: { milestones: [['三十天', '2026-11-30', '2026-10-31'], ['二十九天', '2026-11-29', '2026-10-31']] } });
    expect(kinds(unit(s, '产融城公司').events)).toEqual(['on-time:5', 'early:3', 'on-time:5']);
    expect(unit(s, '产融城公司').events[1]).toMatchObject({ milestone: '三十天', days: 30 });
    expect(unit(s, '产融城公司').score).toBe(113);
  });

  test('claimed adds 2 to an on-time milestone, with early as well; nothing to a late one', () => {
    const s = score({
      a: { claimed: true, milestones: [['按时', '2026-10-20', '2026-10-20'], ['提前', '2026-12-20', '2026-10-02'], ['逾期完成', '2026-10-01', '2026-10-09']] },
      b: { claimed: false, owner: '铁北园区办', milestones: [['按时', '2026-10-20', '2026-10-20']] },
    });
    expect(kinds(unit(s, '产融城公司').events)).toEqual(['on-time:5', 'claimed:2', 'on-time:5', 'early:3', 'claimed:2']);
    expect(unit(s, '产融城公司').score).toBe(117);
    expect(unit(s, '铁北园区办').score).toBe(105);
  });

  test('a milestone owner takes the points, not the item owner', () => {
    const s = score({ a: { owner: '产融城公司', milestones: [['委托节点', '2026-10-20', '2026-10-10', '高新建公司']] } });
    expect(unit(s, '高新建公司').events).toHaveLength(1);
    expect(unit(s, '高新建公司').score).toBe(105);
    expect(unit(s, '产融城公司').events).toEqual([]);
  });
});

describe('scoreMonth: overdue and serious', () => {
  test('due on the last day of the month and not done: not overdue yet; due the day before: 1 day', () => {
    const s = score({ a: { milestones: [['月末到期', '2026-10-31'], ['前一天到期', '2026-10-30']] } });
    expect(unit(s, '产融城公司').events).toEqual([
      expect.objectContaining({ event: 'overdue', points: -5, milestone: '前一天到期', days: 1, file: 'lists/tasks/a.yaml', line: 10 }),
    ]);
    expect(unit(s, '产融城公司').score).toBe(95);
  });

  test('exactly 30 days overdue is not serious; 31 is', () => {
    const s = score({
      a: { milestones: [['三十天', '2026-10-01']] },
      b: { owner: '铁北园区办', milestones: [['三十一天', '2026-09-30']] },
    });
    expect(unit(s, '产融城公司').events.map((e) => [e.event, e.points, e.days])).toEqual([['overdue', -5, 30]]);
    expect(unit(s, '铁北园区办').events.map((e) => [e.event, e.points, e.days])).toEqual([['overdue', -5, 31], ['serious', -5, 31]]);
    expect(unit(s, '产融城公司').score).toBe(95);
    expect(unit(s, '铁北园区办').score).toBe(90);
  });

  test('a milestone done after the month was still overdue at its end', () => {
    const u = unit(score({ a: { milestones: [['晚办', '2026-10-20', '2026-11-03']] } }), '产融城公司');
    expect(kinds(u.events)).toEqual(['overdue:-5']);
  });

  test('an overdue milestone owned by another unit costs that unit', () => {
    const s = score({ a: { milestones: [['委托', '2026-10-10', undefined, '高新建公司']] } });
    expect(kinds(unit(s, '高新建公司').events)).toEqual(['overdue:-5']);
    expect(unit(s, '产融城公司').events).toEqual([]);
  });

  test('an overdue item deadline alone is not a scoring event (docs/scoring.md: only milestones are scored)', () => {
    const u = unit(score({ a: { start: '2026-01-05', due: '2026-09-30' } }), '产融城公司');
    expect(u.events).toEqual([]);
  });
});

describe('scoreMonth: cancelled and done items', () => {
  test('closed before the month: neither overdue nor stale', () => {
    const s = score({
      c: { status: 'cancelled', closed: '2026-09-30', updates: [], milestones: [['没做', '2026-09-15']] },
      d: { status: 'done', closed: '2026-09-30', updates: [], milestones: [['做完', '2026-09-15', '2026-09-10']] },
    });
    expect(unit(s, '产融城公司').events).toEqual([]);
  });

  test('closed on the last day of the month: not open at its end', () => {
    const s = score({ c: { status: 'cancelled', closed: '2026-10-31', updates: [], milestones: [['没做', '2026-09-15']] } });
    expect(unit(s, '产融城公司').events).toEqual([]);
  });

  test('closed after the month: still open at its end, so overdue and stale count', () => {
    const s = score({
      c: { status: 'cancelled', closed: '2026-11-05', updates: ['2026-09'], milestones: [['没做', '2026-09-15']] },
    });
    expect(kinds(unit(s, '产融城公司').events)).toEqual(['overdue:-5', 'serious:-5', 'stale:-2']);
    expect(unit(s, '产融城公司').score).toBe(88);
  });

  test('done during the month: its completion counts, and no stale for the month it closed in', () => {
    const s = score({ d: { status: 'done', closed: '2026-10-20', updates: ['2026-09'], milestones: [['收尾', '2026-10-25', '2026-10-20']] } });
    expect(kinds(unit(s, '产融城公司').events)).toEqual(['on-time:5']);
  });
});

describe('scoreMonth: stale', () => {
  test('an open item started by the month end without an update for the month', () => {
    const s = score({
      a: { updates: ['2026-09', '2026-11'] },
      b: { owner: '铁北园区办', start: '2026-10-31', updates: [] },
      c: { owner: '高新建公司', start: '2026-11-01', updates: [] },
    });
    expect(unit(s, '产融城公司').events).toEqual([expect.objectContaining({ event: 'stale', points: -2, item: 'tasks/a', file: 'lists/tasks/a.yaml', line: 6 })]);
    expect(kinds(unit(s, '铁北园区办').events)).toEqual(['stale:-2']);
    expect(unit(s, '高新建公司').events).toEqual([]);
  });

  test('stale is charged to the item owner even when milestones belong to others', () => {
    const s = score({ a: { updates: [], milestones: [['别人的', '2026-12-01', undefined, '高新建公司']] } });
    expect(kinds(unit(s, '产融城公司').events)).toEqual(['stale:-2']);
    expect(unit(s, '高新建公司').events).toEqual([]);
  });
});

describe('scoreMonth: adjustments', () => {
  const adj = (lines: string) => ({ 'assessments/2026-10.yaml': `adjustments:\n${lines}` });

  test('positive, negative, zero and fractional adjustments', () => {
    const s = score({}, adj(
      '  - { unit: 产融城公司, points: -3, reason: 通报批评 }\n' +
      '  - { unit: 铁北园区办, points: 0, reason: 不计分 }\n' +
      '  - { unit: 高新建公司, points: 0.1, reason: 甲 }\n' +
      '  - { unit: 高新建公司, points: 0.2, reason: 乙 }\n',
    ));
    expect(unit(s, '产融城公司').events).toEqual([{ event: 'adjustment', points: -3, reason: '通报批评', file: 'assessments/2026-10.yaml', line: 2 }]);
    expect(unit(s, '产融城公司').score).toBe(97);
    expect(unit(s, '产融城公司').deductions).toBe(3);
    expect(unit(s, '铁北园区办').events).toEqual([]);
    expect(unit(s, '高新建公司').score).toBe(100.3);
  });

  test('another month’s file is ignored', () => {
    const s = score({}, { 'assessments/2026-09.yaml': 'adjustments:\n  - { unit: 产融城公司, points: 9, reason: 九月 }\n' });
    expect(unit(s, '产融城公司').score).toBe(100);
  });
});

describe('scoreMonth: rank, tier, order', () => {
  test('equal scores share a rank; the next rank skips; ties keep the order of units', () => {
    const s = score({
      a: { owner: '高新建公司', milestones: [['甲', '2026-10-20', '2026-10-20']] },
      b: { owner: '铁北园区办', milestones: [['乙', '2026-10-20', '2026-10-20']] },
    });
    expect(s.units.map((u) => [u.unit, u.score, u.rank])).toEqual([
      ['铁北园区办', 105, 1], ['高新建公司', 105, 1], ['产融城公司', 100, 3],
    ]);
  });

  test('exactly rewardAt is reward, exactly warnAt is none, one below is warning', () => {
    const s = score({}, {
      'assessments/2026-10.yaml': 'adjustments:\n  - { unit: 产融城公司, points: 10, reason: 奖 }\n  - { unit: 铁北园区办, points: -5, reason: 警 }\n  - { unit: 高新建公司, points: -6, reason: 差 }\n',
    });
    expect(s.units.map((u) => [u.unit, u.score, u.tier])).toEqual([
      ['产融城公司', 110, 'reward'], ['铁北园区办', 95, 'none'], ['高新建公司', 94, 'warning'],
    ]);
  });

  // Scores set through adjustments (base 100); every expected tier worked out by hand from the thresholds.
  test.each([
    ['defaults', '', [10, 9.5, -5.5], [[110, 'reward'], [109.5, 'none'], [94.5, 'warning']]],
    ['defaults, far out', '', [40, 0, -30], [[140, 'reward'], [100, 'none'], [70, 'warning']]],
    ['rewardAt = warnAt = 100', '  rewardAt: 100\n  warnAt: 100\n', [0, -0.5, 0.5], [[100, 'reward'], [99.5, 'warning'], [100.5, 'reward']]],
    ['rewardAt 102, warnAt 98', '  rewardAt: 102\n  warnAt: 98\n', [2, -2, -2.5], [[102, 'reward'], [98, 'none'], [97.5, 'warning']]],
  ] as const)('tiers by hand: %s', (_what, rules, points, expected) => {
    const adjustments = points.map((p, i) => `  - { unit: ${UNITS[i]}, points: ${p}, reason: 调整 }\n`).join('');
    const s = score({}, { 'assessments/2026-10.yaml': `adjustments:\n${adjustments}` }, rules);
    expect(UNITS.map((u) => [unit(s, u).score, unit(s, u).tier])).toEqual(expected);
  });

  test('every unit appears once, those without events at base', () => {
    const s = score({});
    expect(s.units.map((u) => [u.unit, u.score, u.rank, u.tier, u.events.length])).toEqual([
      ['产融城公司', 100, 1, 'none', 0], ['铁北园区办', 100, 1, 'none', 0], ['高新建公司', 100, 1, 'none', 0],
    ]);
    expect(s.asOf).toBe('2026-10-31');
  });
});

describe('scoreMonth: custom rule values', () => {
  const rules = [
    '  base: 60', '  onTime: 10', '  early: 4', '  earlyDays: 10', '  claimed: 1', '  late: 2',
    '  overdue: 3', '  serious: 7', '  seriousDays: 5', '  stale: 1', '  rewardAt: 75', '  warnAt: 50',
  ].join('\n') + '\n';

  test('every key of assessment: changes its event', () => {
    const s = score(
      {
        // 10 days early (= earlyDays), claimed: 10 + 4 + 1; late by 2 days: +2 → 77
        a: { claimed: true, milestones: [['提前', '2026-10-20', '2026-10-10'], ['晚了', '2026-10-03', '2026-10-05']] },
        // 6 days overdue (> seriousDays 5): −3 −7; no update: −1 → 49
        b: { owner: '铁北园区办', updates: [], milestones: [['拖了', '2026-10-25']] },
        // 5 days overdue (= seriousDays): −3 → 57
        c: { owner: '高新建公司', milestones: [['刚好', '2026-10-26']] },
      },
      {},
      rules,
    );
    expect(kinds(unit(s, '产融城公司').events)).toEqual(['on-time:10', 'early:4', 'claimed:1', 'late:2']);
    expect(s.units.map((u) => [u.unit, u.score, u.rank, u.tier])).toEqual([
      ['产融城公司', 77, 1, 'reward'], ['高新建公司', 57, 2, 'none'], ['铁北园区办', 49, 3, 'warning'],
    ]);
    expect(kinds(unit(s, '铁北园区办').events)).toEqual(['overdue:-3', 'serious:-7', 'stale:-1']);
    expect(unit(s, '产融城公司')).toMatchObject({ base: 60, additions: 17, deductions: 0 });
  });

  test('defaults apply to keys left out', () => {
    const s = score({ a: { milestones: [['按时', '2026-10-20', '2026-10-20']] } }, {}, '  base: 90\n');
    expect(unit(s, '产融城公司').score).toBe(95);
    expect(s.settings).toMatchObject({
      base: 90, onTime: 5, early: 3, earlyDays: 30, claimed: 2, late: 0,
      overdue: 5, serious: 5, seriousDays: 30, stale: 2, rewardAt: 110, warnAt: 95,
    });
  });

  test('a rule set to 0 lists no event', () => {
    const s = score({ a: { updates: [], milestones: [['拖了', '2026-10-01']] } }, {}, '  overdue: 0\n  stale: 0\n');
    expect(unit(s, '产融城公司').events).toEqual([]);
  });
});

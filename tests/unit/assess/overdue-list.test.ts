import { describe, expect, test } from 'vitest';
import { overdueList, totalsByUnit } from '../../../src/assess/overdue-list.js';
import { config, itemYaml, zoneOf, zoneWith } from './fixture.js';

const A = '2026-10-31';
const rowsOf = (zone: ReturnType<typeof zoneOf>, asOf = A, filter = {}) =>
  overdueList(zone, asOf, filter).rows.map((r) => [r.item, r.milestone, r.unit, r.due, r.days]);

describe('overdueList (docs/scoring.md dates)', () => {
  test('due on the as-of date is not overdue; the day before is 1 day', () => {
    const zone = zoneWith({ a: { milestones: [['当天', A], ['前一天', '2026-10-30']] } });
    expect(rowsOf(zone)).toEqual([['tasks/a', '前一天', '产融城公司', '2026-10-30', 1]]);
  });

  test('done on the as-of date counts as done; done the day after does not', () => {
    const zone = zoneWith({ a: { milestones: [['当天办完', '2026-10-01', A], ['次日办完', '2026-10-01', '2026-11-01']] } });
    expect(rowsOf(zone)).toEqual([['tasks/a', '次日办完', '产融城公司', '2026-10-01', 30]]);
  });

  test('an item closed on the as-of date is no longer open; closed a day later it still is', () => {
    const zone = zoneWith({
      a: { status: 'cancelled', closed: A, milestones: [['甲', '2026-10-01']] },
      b: { status: 'cancelled', closed: '2026-11-01', milestones: [['乙', '2026-10-01']] },
    });
    expect(rowsOf(zone)).toEqual([['tasks/b', '乙', '产融城公司', '2026-10-01', 30]]);
  });

  test('an open item past its own due appears with milestone null, on the item owner', () => {
    const zone = zoneWith({ a: { owner: '铁北园区办', start: '2026-01-05', due: '2026-10-21', milestones: [['甲', '2026-10-21', undefined, '高新建公司']] } });
    const rows = overdueList(zone, A).rows;
    expect(rows.map((r) => [r.milestone, r.unit, r.days, r.line])).toEqual([[null, '铁北园区办', 10, 5], ['甲', '高新建公司', 10, 8]]);
    expect(rows[0]).toMatchObject({ item: 'tasks/a', list: 'tasks', title: '测试事项', file: 'lists/tasks/a.yaml' });
  });
});

describe('overdueList order (docs/supervisors.md)', () => {
  test('days descending, then item in code-point order, then the item before its milestones in file order', () => {
    const zone = zoneOf({
      'wuzhong.yaml': config(),
      'lists/tasks/b.yaml': itemYaml({ due: '2026-10-01', milestones: [['乙', '2026-10-01'], ['甲', '2026-10-01']] }),
      'lists/tasks/a.yaml': itemYaml({ milestones: [['丙', '2026-10-01']] }),
      'lists/tasks/a-b.yaml': itemYaml({ milestones: [['丁', '2026-10-01']] }),
      'lists/projects/z.yaml': itemYaml({ milestones: [['最久', '2026-09-01']] }).replace('title:', 'investment: 100\ntitle:'),
      'lists/enterprises/e.yaml': itemYaml({ milestones: [['最近', '2026-10-30']] }).replace('title:', 'company: 某公司\ntitle:'),
    });
    expect(rowsOf(zone).map((r) => `${r[0]}:${r[1]}:${r[4]}`)).toEqual([
      'projects/z:最久:60',
      'tasks/a:丙:30',
      'tasks/a-b:丁:30',
      'tasks/b:null:30',
      'tasks/b:乙:30',
      'tasks/b:甲:30',
      'enterprises/e:最近:1',
    ]);
  });
});

describe('overdueList filters and totals', () => {
  const zone = zoneOf({
    'wuzhong.yaml': config(),
    'lists/tasks/a.yaml': itemYaml({ owner: '铁北园区办', milestones: [['甲', '2026-10-01'], ['乙', '2026-10-21', undefined, '产融城公司']] }),
    'lists/enterprises/e.yaml': itemYaml({ owner: '铁北园区办', milestones: [['丙', '2026-09-30']] }).replace('title:', 'company: 某公司\ntitle:'),
  });

  test('--unit keeps the nodes of that unit (a milestone owner counts), --list those of that list', () => {
    expect(rowsOf(zone, A, { unit: '产融城公司' }).map((r) => r[1])).toEqual(['乙']);
    expect(rowsOf(zone, A, { unit: '铁北园区办' }).map((r) => r[1])).toEqual(['丙', '甲']);
    expect(rowsOf(zone, A, { list: 'tasks' }).map((r) => r[1])).toEqual(['甲', '乙']);
    expect(rowsOf(zone, A, { list: 'tasks', unit: '铁北园区办' }).map((r) => r[1])).toEqual(['甲']);
    expect(rowsOf(zone, A, { list: 'projects' })).toEqual([]);
  });

  test('totals per unit follow the order of units, with count and worst days', () => {
    const rows = overdueList(zone, A).rows;
    expect(totalsByUnit(rows, ['产融城公司', '铁北园区办', '高新建公司'])).toEqual([
      { unit: '产融城公司', count: 1, worst: 10 },
      { unit: '铁北园区办', count: 2, worst: 31 },
    ]);
    expect(totalsByUnit(rows, ['铁北园区办', '产融城公司']).map((t) => t.unit)).toEqual(['铁北园区办', '产融城公司']);
  });
});

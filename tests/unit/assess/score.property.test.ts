import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { scoreMonth, type MonthScore } from '../../../src/assess/score.js';
import { addDays } from '../../../src/model/dates.js';
import { UNITS, zoneWith, type ItemSpec } from './fixture.js';

const M = '2026-10';
const dayIn = (from: string, to: number) => fc.integer({ min: 0, max: to }).map((n) => addDays(from, n));
const anyDate = dayIn('2026-08-01', 150); // 2026-08-01 … 2026-12-29
const octDate = dayIn('2026-10-01', 30);
const unitArb = fc.constantFrom(...UNITS);

/** A milestone as [due, done, doneMovedWithinOctober, owner]: the move only changes a done date already in October. */
const milestoneArb = (dueArb: fc.Arbitrary<string>) =>
  fc.tuple(dueArb, fc.option(anyDate, { nil: undefined }), octDate, fc.option(unitArb, { nil: undefined }))
    .map(([due, done, moved, owner]) => ({
      due, done, moved: done !== undefined && done.startsWith(M) ? moved : done, owner,
    }));

const itemArb = (dueArb: fc.Arbitrary<string>): fc.Arbitrary<Generated> =>
  fc.record({
    owner: unitArb,
    start: dayIn('2026-01-01', 330),
    status: fc.constantFrom('active', 'done', 'cancelled') as fc.Arbitrary<'active' | 'done' | 'cancelled'>,
    closed: anyDate,
    claimed: fc.boolean(),
    milestones: fc.array(milestoneArb(dueArb), { maxLength: 4 }),
    updates: fc.subarray(['2026-09', '2026-10', '2026-11']),
  });

interface Generated {
  owner: string;
  start: string;
  status: 'active' | 'done' | 'cancelled';
  closed: string;
  claimed: boolean;
  milestones: Array<{ due: string; done: string | undefined; moved: string | undefined; owner: string | undefined }>;
  updates: string[];
}

function spec(g: Generated, moved: boolean): ItemSpec {
  return {
    owner: g.owner, start: g.start, due: '2026-12-31', claimed: g.claimed, updates: g.updates,
    ...(g.status === 'active' ? {} : { status: g.status, closed: g.closed }),
    milestones: g.milestones.map((m, i) => [`节点${i}`, m.due, moved ? m.moved : m.done, m.owner]),
  };
}

const adjustmentArb = fc.record({ unit: unitArb, points: fc.integer({ min: -8, max: 8 }) });
const adjustmentsArb = fc.array(adjustmentArb, { maxLength: 3 });

function zoneFrom(items: Generated[], adjustments: Array<{ unit: string; points: number }>, moved = false, assessment = '') {
  const extra: Record<string, string> = adjustments.length
    ? { 'assessments/2026-10.yaml': 'adjustments:\n' + adjustments.map((a, i) => `  - { unit: ${a.unit}, points: ${a.points}, reason: 理由${i} }\n`).join('') }
    : {};
  return zoneWith(Object.fromEntries(items.map((g, i) => [`item-${i}`, spec(g, moved)])), extra, assessment);
}

const count = (s: MonthScore, kind: string) => s.units.flatMap((u) => u.events).filter((e) => e.event === kind).length;
const zoneArb = fc.tuple(fc.array(itemArb(anyDate), { maxLength: 5 }), adjustmentsArb);

describe('scoreMonth properties', () => {
  test('a unit’s score is its base plus the sum of its listed events, none of them worth 0 but unplanned', () => {
    fc.assert(
      fc.property(zoneArb, ([items, adjustments]) => {
        const s = scoreMonth(zoneFrom(items, adjustments), M);
        for (const u of s.units) {
          const sum = u.events.reduce((n, e) => n + e.points, 0);
          expect(u.score).toBe(u.base + sum);
          expect(u.additions - u.deductions).toBe(sum);
          expect(u.events.every((e) => (e.points !== 0) !== (e.event === 'unplanned'))).toBe(true);
        }
      }),
    );
  });

  test('every unit appears exactly once, ranked and ordered as a brute-force ranking does it', () => {
    fc.assert(
      fc.property(zoneArb, ([items, adjustments]) => {
        const s = scoreMonth(zoneFrom(items, adjustments), M);
        expect([...s.units.map((u) => u.unit)].sort()).toEqual([...UNITS].sort());
        const scoreOf = new Map(s.units.map((u) => [u.unit, u.score]));
        // Oracle: the distinct scores from best to worst; each group takes the places after every better group.
        const distinct = [...new Set(scoreOf.values())].sort((a, b) => b - a);
        const expected: Array<[string, number]> = [];
        for (const score of distinct) {
          const place = expected.length + 1;
          for (const unit of UNITS) if (scoreOf.get(unit) === score) expected.push([unit, place]);
        }
        expect(s.units.map((u) => [u.unit, u.rank])).toEqual(expected);
      }),
    );
  });

  test('moving a done date inside the month never changes the count of on-time plus unplanned events (deadlines outside the month)', () => {
    const dueOutside = fc.oneof(dayIn('2026-08-01', 60), dayIn('2026-10-31', 60)); // before Oct 1, or on/after Oct 31
    fc.assert(
      fc.property(fc.array(itemArb(dueOutside), { maxLength: 5 }), (items) => {
        const before = scoreMonth(zoneFrom(items, []), M);
        const after = scoreMonth(zoneFrom(items, [], true), M);
        expect(count(after, 'on-time') + count(after, 'unplanned')).toBe(count(before, 'on-time') + count(before, 'unplanned'));
        expect(count(after, 'overdue')).toBe(count(before, 'overdue'));
      }),
    );
  });

  test('moving a done date inside the month keeps on-time + unplanned + late equal to the milestones done in it, whatever the deadline', () => {
    fc.assert(
      fc.property(fc.array(itemArb(anyDate), { maxLength: 5 }), (items) => {
        // late is worth 0 by default and then not listed; give it a point so it shows
        const finished = (moved: boolean) => {
          const s = scoreMonth(zoneFrom(items, [], moved, '  late: 1\n'), M);
          return count(s, 'on-time') + count(s, 'unplanned') + count(s, 'late');
        };
        const doneInMonth = items.flatMap((g) => g.milestones).filter((m) => m.done?.startsWith(M)).length;
        expect(finished(false)).toBe(doneInMonth);
        expect(finished(true)).toBe(doneInMonth);
      }),
    );
  });
});

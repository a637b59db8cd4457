import { describe, expect, it } from 'vitest';
import { completion, shownExpected, timeProgress } from '../../../src/model/status.js';

describe('completion (docs/scoring.md)', () => {
  it.each([
    ['2026-10-31', '2026-10-31', 'on-time', 0],
    ['2026-10-01', '2026-10-31', 'early', 30],
    ['2026-10-02', '2026-10-31', 'on-time', 29],
    ['2026-11-01', '2026-10-31', 'late', 1],
  ] as const)('done %s, due %s → %s (%i days)', (done, due, kind, days) => {
    expect(completion(done, due, 30)).toEqual({ kind, days });
  });
});

describe('time progress as shown beside a percent', () => {
  it('never contradicts the comparison it explains', () => {
    // 83% against 83.04%: one decimal would print "83% is below 83.0%".
    expect(shownExpected(83.04, 83)).toBe(83.04);
    expect(shownExpected(83.24, 60)).toBe(83.2);
    expect(shownExpected(62.96, 63)).toBe(63);
  });

  it('is 100 at and after the deadline, 0 before the start, and linear between', () => {
    expect(timeProgress('2026-01-01', '2026-12-31', '2027-01-05')).toBe(100);
    expect(timeProgress('2026-01-01', '2026-12-31', '2025-12-01')).toBe(0);
    expect(timeProgress('2026-01-01', '2026-01-11', '2026-01-06')).toBe(50);
    expect(timeProgress('2026-05-01', '2026-05-01', '2026-05-01')).toBe(100);
    expect(timeProgress('2026-05-01', '2026-05-01', '2026-04-30')).toBe(0);
  });
});

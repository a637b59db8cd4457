import { describe, expect, it } from 'vitest';
import {
  addDays, dateInZone, dayOfMonth, daysBetween, isValidDate, isValidMonth, lastDayOfMonth, lastDayOfYear,
  nextMonth, padDate, previousMonth, weekday,
} from '../../../src/model/dates.js';
import { nearest } from '../../../src/text/nearest.js';

describe('calendar dates', () => {
  it.each([
    ['2026-02-28', true], ['2026-02-29', false], ['2024-02-29', true], ['2100-02-29', false], ['2000-02-29', true],
    ['2026-02-30', false], ['2026-04-31', false], ['2026-12-31', true], ['2026-13-01', false], ['2026-00-10', false],
    ['2026-3-1', false], ['2026-01-05 09:00', false], ['20260301', false], ['2026-01-00', false],
  ])('%s valid: %s', (s, ok) => {
    expect(isValidDate(s)).toBe(ok);
  });

  it.each([['2026-10', true], ['2026-13', false], ['2026-1', false], ['2026-00', false]])('month %s valid: %s', (s, ok) => {
    expect(isValidMonth(s)).toBe(ok);
  });

  it('counts calendar days across months, years and leap days', () => {
    expect(daysBetween('2026-09-15', '2026-11-26')).toBe(72);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-11-26', '2026-11-20')).toBe(-6);
    expect(addDays('2026-11-26', 7)).toBe('2026-12-03');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    // Years below 100 are years below 100 (Date.UTC would read 0026 as 1926).
    expect(daysBetween('0026-10-01', '2026-10-01')).toBe(730485);
    expect(isValidDate('0000-02-29')).toBe(true);
    expect(isValidDate('1900-02-29')).toBe(false);
  });

  it('knows month ends, neighbours and weekdays', () => {
    expect(lastDayOfMonth('2026-02')).toBe('2026-02-28');
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-10')).toBe('2026-10-31');
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(weekday('2026-11-26')).toBe(4);
    expect(weekday('2026-11-29')).toBe(7);
  });
});

describe('dates do not depend on the time zone of the process', () => {
  it.each(['Europe/London', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Pacific/Apia'])('TZ=%s: day counts across DST changes', (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      // Hand-counted: March 2026 has 31 days, so 03-01 → 04-01 is 31; 10-24 → 11-03 is 10.
      expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
      expect(daysBetween('2026-10-24', '2026-11-03')).toBe(10);
      expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
      expect(addDays('2026-10-04', 1)).toBe('2026-10-05');
      expect(weekday('2026-10-25')).toBe(7);
      // Samoa skipped 30 December 2011 on its clocks; the calendar date still exists and counts.
      expect(addDays('2011-12-29', 1)).toBe('2011-12-30');
      expect(daysBetween('2011-12-29', '2011-12-31')).toBe(2);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('dateInZone gives the calendar date in the zone at that instant', () => {
    // 2026-10-31 16:30 UTC is 00:30 on 1 November in Beijing (UTC+8) and 12:30 on 31 October in New York (EDT).
    expect(dateInZone(new Date('2026-10-31T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-01');
    expect(dateInZone(new Date('2026-10-31T16:30:00Z'), 'America/New_York')).toBe('2026-10-31');
    expect(dateInZone(new Date('2026-10-31T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-10-31');
  });

  it('pads a date typed without leading zeros, and only when it is a real date', () => {
    expect(padDate('2026-9-3')).toBe('2026-09-03');
    expect(padDate('2026-09-3')).toBe('2026-09-03');
    expect(padDate('2026-09-03')).toBeUndefined();
    expect(padDate('2026-2-30')).toBeUndefined();
    expect(padDate('2026-13-1')).toBeUndefined();
    expect(padDate('26-9-3')).toBeUndefined();
  });

  it('day of month and year end', () => {
    expect(dayOfMonth('2026-11-05')).toBe(5);
    expect(dayOfMonth('2026-11-30')).toBe(30);
    expect(lastDayOfYear('2026-12')).toBe('2026-12-31');
    expect(lastDayOfYear('0026-01')).toBe('0026-12-31');
  });
});

describe('nearest name', () => {
  it.each([
    ['deu', ['due', 'done', 'start'], 'due'],
    ['dnoe', ['due', 'done'], 'done'],
    ['ontime', ['onTime', 'early'], 'onTime'],
    ['产融城公式', ['产融城公司', '铁北园区办'], '产融城公司'],
    ['铁北园区', ['产融城公司', '铁北园区办'], '铁北园区办'],
    ['高新建公司', ['产融城公司', '铁北园区办'], undefined],
    ['foo', ['enterprises', 'tasks'], undefined],
  ])('%s → %s', (word, candidates, expected) => {
    expect(nearest(word, candidates)).toBe(expected);
  });
});

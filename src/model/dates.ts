/**
 * Calendar dates as `YYYY-MM-DD` strings (date-fns); pure: no clock is read, "today" comes in from the CLI.
 * Dates are UTCDate (@date-fns/utc), so day arithmetic never meets the process's own DST or skipped days.
 */
import { tz } from '@date-fns/tz';
import { utc } from '@date-fns/utc';
import {
  addDays as addDaysTo,
  addMonths,
  differenceInCalendarDays,
  format,
  getDate,
  getISODay,
  isValid,
  lastDayOfMonth as monthEnd,
  lastDayOfYear as yearEnd,
  parse,
  parseISO,
} from 'date-fns';

// `uuuu`, not `yyyy`: the proleptic year, so 0000 is a (leap) year as ISO 8601 has it.
const DAY = 'uuuu-MM-dd';
const MONTH = 'uuuu-MM';
// parseISO behind these strict patterns: several times faster than `parse` with a pattern.
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_RE = /^\d{4}-\d{2}$/;
/** Any fixed instant; every field of a full date overrides it (no clock is read). */
const REFERENCE = new Date(0);
const IN_UTC = { in: utc };

/** date-fns parsing is slow next to a map lookup, and a zone has few distinct dates: memoise per string. */
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) cache.set(s, (v = fn(s)));
    return v;
  };
}

/** The parsed date of a string (date-fns never mutates a Date, so one object can serve every caller). */
const day = memo((s) => parseISO(s, IN_UTC));
const EPOCH = day('1970-01-01');
const dayNumber = memo((date) => differenceInCalendarDays(day(date), EPOCH));
// Formatting is as slow as parsing and the rules ask for the same few shifted days again and again.
const formatted = new Map<number, string>();
const fromDayNumber = (n: number) => {
  let v = formatted.get(n);
  if (v === undefined) formatted.set(n, (v = format(addDaysTo(EPOCH, n), DAY)));
  return v;
};

export const isValidDate = memo((s) => DATE_RE.test(s) && isValid(day(s)));

export const isValidMonth = memo((s) => MONTH_RE.test(s) && isValid(day(s)));

/** `2026-9-3` → `2026-09-03` when that is a real date; undefined when `value` is not such a date or already padded. */
export function padDate(value: string): string | undefined {
  if (!/^\d{4}-\d{1,2}-\d{1,2}$/.test(value)) return undefined;
  const d = parse(value, 'uuuu-M-d', REFERENCE, IN_UTC);
  const padded = isValid(d) ? format(d, DAY) : undefined;
  return padded !== value ? padded : undefined;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Calendar days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** Day of the month, 1–31. */
export function dayOfMonth(date: string): number {
  return getDate(day(date));
}

export function firstDayOfMonth(month: string): string {
  return `${month}-01`;
}

export const lastDayOfMonth = memo((month) => format(monthEnd(day(month)), DAY));

/** 31 December of the year `month` falls in. */
export const lastDayOfYear = memo((month) => format(yearEnd(day(month)), DAY));

export const previousMonth = memo((month) => format(addMonths(day(month), -1), MONTH));

export const nextMonth = memo((month) => format(addMonths(day(month), 1), MONTH));

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const weekday = memo((date) => getISODay(day(date)));

/** The calendar date of an instant in a time zone (@date-fns/tz; the instant comes in, no clock is read). */
export function dateInZone(instant: Date, timeZone: string): string {
  return format(instant, DAY, { in: tz(timeZone) });
}

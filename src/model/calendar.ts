import dataset from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { addDays, weekday } from './dates.js';

export type CalendarKind = 'cn' | 'weekends' | 'none';
export type NonWorkReason = 'weekend' | 'holiday' | 'config';

export interface Calendar {
  /** Why the date is not a working day, or undefined when it is one. */
  nonWorkReason(date: string): NonWorkReason | undefined;
  /** Years asked about that the `cn` dataset does not cover (fell back to Monday–Friday). */
  uncoveredYears(): number[];
}

const cnHolidays = new Set(Object.keys(dataset.holidays));
const cnWorkdays = new Set(Object.keys(dataset.workdays));
const cnYears = new Set([...cnHolidays].map((d) => Number(d.slice(0, 4))));

export function makeCalendar(
  kind: CalendarKind,
  holidays: readonly string[] = [],
  workdays: readonly string[] = [],
): Calendar {
  const extraOff = new Set(holidays);
  const extraOn = new Set(workdays);
  const missed = new Set<number>();
  return {
    nonWorkReason(date) {
      if (extraOn.has(date)) return undefined;
      if (extraOff.has(date)) return 'config';
      if (kind === 'none') return undefined;
      const weekend = weekday(date) >= 6;
      if (kind === 'weekends') return weekend ? 'weekend' : undefined;
      const year = Number(date.slice(0, 4));
      if (!cnYears.has(year)) {
        missed.add(year);
        return weekend ? 'weekend' : undefined;
      }
      if (cnWorkdays.has(date)) return undefined;
      if (cnHolidays.has(date)) return 'holiday';
      return weekend ? 'weekend' : undefined;
    },
    uncoveredYears: () => [...missed].sort((a, b) => a - b),
  };
}

/**
 * Working days after `from` up to and including `to` (0 when `to` is not after `from`): `to` is that many working
 * days away.
 */
export function workingDaysUntil(calendar: Calendar, from: string, to: string): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (calendar.nonWorkReason(d) === undefined) n++;
  return n;
}

/** The zone's working-day calendar (`calendar`, `holidays`, `workdays` in wuzhong.yaml; `cn` when not set). */
export function zoneCalendar(
  config: { calendar?: CalendarKind; holidays?: readonly string[]; workdays?: readonly string[] } | undefined,
): Calendar {
  return makeCalendar(config?.calendar ?? 'cn', config?.holidays, config?.workdays);
}

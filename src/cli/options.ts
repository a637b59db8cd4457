import type { Lang } from '../model/diagnostic.js';
import { dateInZone, isValidDate, isValidMonth, lastDayOfMonth, previousMonth } from '../model/dates.js';
import { messages } from '../i18n/index.js';
import { ExitError, type Io } from './io.js';
import { both } from './usage.js';

export interface GlobalOptions {
  repo?: string;
  lang?: string;
  color: boolean;
}

export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (value === 'zh-CN' || value === 'zh' || value === 'en') return value === 'en' ? 'en' : 'zh-CN';
  throw new ExitError(both((t) => t.badLang(value)), 2);
}

/** Today's calendar date in the zone's time zone — the only place the clock is read. */
export function today(io: Io, timeZone: string): string {
  return dateInZone(io.now(), timeZone);
}

export function asOfDate(value: string | undefined, io: Io, timeZone: string, lang: Lang): string {
  if (value === undefined) return today(io, timeZone);
  if (!isValidDate(value)) {
    throw new ExitError(messages(lang).cli.badAsOf(value), 2);
  }
  return value;
}

/** `--month`, defaulting to the last complete month in the zone's time zone. */
export function monthArg(
  value: string | undefined, io: Io, timeZone: string, lang: Lang,
): { month: string; lastDay: string } {
  const month = value ?? previousMonth(today(io, timeZone).slice(0, 7));
  if (!isValidMonth(month)) {
    throw new ExitError(messages(lang).cli.badMonth(month), 2);
  }
  return { month, lastDay: lastDayOfMonth(month) };
}

import { dateInZone } from '../model/dates.js';
/** The calendar date of an instant (ISO 8601 with offset) in the zone's time zone, e.g. for a commit. */
export function zoneDate(iso: string, timeZone: string): string {
  return dateInZone(new Date(iso), timeZone);
}

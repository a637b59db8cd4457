import { nextMonth } from './dates.js';

/** The last day on which progress for `month` may be filed: day `filingDay` of the next month. */
export function filingDate(month: string, filingDay: number): string {
  return `${nextMonth(month)}-${String(filingDay).padStart(2, '0')}`;
}

/** Month M is settled as of A when A is after M+1's filing day: from then on its result changes only by amendment. */
export function isSettled(month: string, asOf: string, filingDay: number): boolean {
  return asOf > filingDate(month, filingDay);
}

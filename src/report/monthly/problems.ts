import { daysBetween } from '../../model/dates.js';
import type { Item } from '../../model/zone.js';
import type { ProblemRow } from './model.js';
import { byKey, itemRef } from './refs.js';

/** Problems raised by D and not resolved by D, oldest first. */
export function openProblems(items: readonly Item[], asOf: string): ProblemRow[] {
  const rows: ProblemRow[] = [];
  for (const item of items) {
    for (const p of item.data.problems ?? []) {
      if (p.raised > asOf || (p.resolved !== undefined && p.resolved <= asOf)) continue;
      const days = daysBetween(p.raised, asOf);
      rows.push({ item: itemRef(item), unit: item.data.owner, raised: p.raised, days, text: p.text });
    }
  }
  return rows.sort((a, b) => (a.raised < b.raised ? -1 : a.raised > b.raised ? 1 : byKey(a, b)));
}

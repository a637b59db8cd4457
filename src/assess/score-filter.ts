import type { Item } from '../model/zone.js';
import type { MonthScore } from './score.js';

export interface ScoreFilter {
  unit?: string;
  /** Only events about items this leader leads (adjustments are about no item and drop out). */
  lead?: string;
}

/**
 * docs/supervisors.md (`score --unit/--lead`): the units and events a unit or a lead official looks at. Scores,
 * ranks and tiers stay those of the whole assessment; with `lead`, a unit is kept when one of its events is about an
 * item the leader leads, and only those events are kept. Pure.
 */
export function filterScore(data: MonthScore, items: readonly Item[], filter: ScoreFilter): MonthScore {
  if (filter.unit === undefined && filter.lead === undefined) return data;
  const lead = new Map(items.map((i) => [i.key, i.data.lead]));
  const units = data.units
    .filter((u) => filter.unit === undefined || u.unit === filter.unit)
    .map((u) => {
      if (filter.lead === undefined) return u;
      return { ...u, events: u.events.filter((e) => e.item !== undefined && lead.get(e.item) === filter.lead) };
    })
    .filter((u) => filter.lead === undefined || u.events.length > 0);
  return { ...data, units };
}

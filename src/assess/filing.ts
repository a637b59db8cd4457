import { lastDayOfMonth } from '../model/dates.js';
import { filingDate } from '../model/settled.js';
import { owesUpdate } from '../model/status.js';
import type { Zone } from '../model/zone.js';

// docs/supervisors.md "报送期限": whether month M's returns are still open, and who has not filed.

export interface UnfiledUnit {
  unit: string;
  /** `<list>/<id>` of the unit's items with no update for M yet, in key order. */
  items: string[];
}

export interface FilingState {
  month: string;
  /** The last day returns for M may be filed: day `filingDay` of M+1 (inclusive, as for `stale`). */
  deadline: string;
  /** Returns are open: M has ended and today is on or before the deadline (M is not settled yet). */
  open: boolean;
  /** Units owing an update for M, in the order of `units`: a unit has filed when none of its items owes one. */
  unfiled: UnfiledUnit[];
}

/** Pure: `today` is the zone's calendar date. A month not over yet is not "open for returns": it is unfinished. */
export function filingState(zone: Pick<Zone, 'config' | 'items' | 'settings'>, month: string, today: string): FilingState {
  const deadline = filingDate(month, zone.settings.filingDay);
  const owed = new Map<string, string[]>((zone.config?.units ?? []).map((u) => [u, []]));
  for (const item of zone.items) {
    if (!owesUpdate(item, month)) continue;
    const unit = item.data.owner;
    (owed.get(unit) ?? owed.set(unit, []).get(unit)!).push(item.key);
  }
  return {
    month,
    deadline,
    open: today > lastDayOfMonth(month) && today <= deadline,
    unfiled: [...owed].filter(([, items]) => items.length > 0).map(([unit, items]) => ({ unit, items })),
  };
}

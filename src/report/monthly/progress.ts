import { isOpen, percentProgress, roundPercent, shownExpected } from '../../model/status.js';
import type { Target } from '../../model/item.js';
import type { Item } from '../../model/zone.js';
import type { ItemProgress, ItemState, TargetProgress } from './model.js';
import { itemRef } from './refs.js';

/** One item as it stood at the end of month M (D = its last day). */
export function itemProgress(item: Item, month: string, asOf: string): ItemProgress {
  const { data } = item;
  const updates = (data.updates ?? []).filter((u) => u.month <= month);
  const latest = latestBy(updates);
  const p = percentProgress(item, month);
  const out: ItemProgress = {
    item: itemRef(item), state: stateAt(item, asOf), owner: data.owner, lead: data.lead,
    targets: (data.targets ?? []).map(targetProgress),
  };
  if (!isOpen(item, asOf) && data.closed !== undefined) out.closed = data.closed;
  if (latest) out.update = { month: latest.month, text: latest.text };
  if (p) {
    const timeProgress = shownExpected(p.expected, p.percent);
    out.percent = { month: p.month, value: p.percent, timeProgress, meets: p.meets };
  }
  return out;
}

function stateAt(item: Item, asOf: string): ItemState {
  if (!isOpen(item, asOf)) return item.data.status === 'cancelled' ? 'cancelled' : 'done';
  return item.data.start > asOf ? 'not-started' : 'open';
}

/** The update of the latest month (months are unique within an item once `check` passes). */
function latestBy<U extends { month: string }>(updates: readonly U[]): U | undefined {
  const later = (best: U | undefined, u: U) => (best === undefined || u.month >= best.month ? u : best);
  return updates.reduce<U | undefined>(later, undefined);
}

function targetProgress(t: Target): TargetProgress {
  const out: TargetProgress = { name: t.name, unit: t.unit, goal: t.goal };
  if (t.actual !== undefined) {
    out.actual = t.actual;
    out.percent = roundPercent((t.actual / t.goal) * 100);
  }
  return out;
}

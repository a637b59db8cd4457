import { completion, isDone, isOpen, milestoneUnit, overdueAsOf } from '../../model/status.js';
import { firstDayOfMonth, lastDayOfMonth } from '../../model/dates.js';
import type { Item } from '../../model/zone.js';
import type { CompletedRow, NodeRow } from './model.js';
import { byKey, itemRef } from './refs.js';

/** Every overdue milestone and item as of D, worst first (the order of `overdue`). */
export function overdueRows(items: readonly Item[], asOf: string): NodeRow[] {
  return overdueAsOf(items, asOf)
    .map((e) => ({ item: itemRef(e.item), milestone: e.milestone, unit: e.unit, due: e.due, days: e.days }));
}

/** Milestones done in the month, by date; early means at least `earlyDays` before the due date (docs/scoring.md). */
export function completedRows(items: readonly Item[], month: string, earlyDays: number): CompletedRow[] {
  const first = firstDayOfMonth(month), last = lastDayOfMonth(month);
  const rows: CompletedRow[] = [];
  for (const item of items) {
    for (const m of item.data.milestones ?? []) {
      if (m.done === undefined || m.done < first || m.done > last) continue;
      const c = completion(m.done, m.due, earlyDays);
      const node = { item: itemRef(item), milestone: m.title, unit: milestoneUnit(item, m), due: m.due };
      rows.push({ ...node, done: m.done, completion: c.kind, days: c.days });
    }
  }
  // Stable: within one day and item, file order.
  return rows.sort((a, b) => (a.done < b.done ? -1 : a.done > b.done ? 1 : byKey(a, b)));
}

/** Deadlines in the month after D that are not met as of D: an open item's milestones, then the item itself. */
export function dueNextRows(items: readonly Item[], asOf: string, next: string): NodeRow[] {
  const first = firstDayOfMonth(next), last = lastDayOfMonth(next);
  const inNext = (d: string) => d >= first && d <= last;
  const rows: NodeRow[] = [];
  for (const item of items) {
    if (!isOpen(item, asOf)) continue;
    const pending = (item.data.milestones ?? []).filter((m) => !isDone(m, asOf) && inNext(m.due));
    // The item's own deadline only when no pending milestone of the same unit falls on that day: listed once.
    const sameDay = pending.some((m) => m.due === item.data.due && milestoneUnit(item, m) === item.data.owner);
    const node = (milestone: string | null, unit: string, due: string) =>
      ({ item: itemRef(item), milestone, unit, due, days: 0 });
    if (inNext(item.data.due) && !sameDay) rows.push(node(null, item.data.owner, item.data.due));
    for (const m of pending) rows.push(node(m.title, milestoneUnit(item, m), m.due));
  }
  return rows.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : byKey(a, b)));
}

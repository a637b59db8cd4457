import { daysBetween } from '../model/dates.js';
import type { Item, Milestone } from '../model/index.js';

/** SPEC §5: open as of D when active, or when closed after D. */
export function isOpen(item: Item, d: string): boolean {
  const status = item.data.status ?? 'active';
  return status === 'active' || (item.data.closed !== undefined && item.data.closed > d);
}

export function isDone(m: Milestone, d: string): boolean {
  return m.done !== undefined && m.done <= d;
}

export function milestoneUnit(item: Item, m: Milestone): string {
  return m.owner ?? item.data.owner;
}

export interface OverdueEntry {
  item: Item;
  /** Index in `milestones`, or undefined for the item's own deadline. */
  index: number | undefined;
  milestone: string | null;
  unit: string;
  due: string;
  days: number;
}

/** Every overdue node as of D (SPEC §5), sorted as SPEC §8 orders `overdue --format json`. */
export function overdueAsOf(items: readonly Item[], d: string): OverdueEntry[] {
  const out: OverdueEntry[] = [];
  for (const item of items) {
    if (!isOpen(item, d)) continue;
    if (item.data.due < d) {
      out.push({ item, index: undefined, milestone: null, unit: item.data.owner, due: item.data.due, days: daysBetween(item.data.due, d) });
    }
    (item.data.milestones ?? []).forEach((m, index) => {
      if (!isDone(m, d) && m.due < d) {
        out.push({ item, index, milestone: m.title, unit: milestoneUnit(item, m), due: m.due, days: daysBetween(m.due, d) });
      }
    });
  }
  // Stable sort keeps the item's own entry before its milestones, in file order.
  return out.sort((a, b) => b.days - a.days || (a.item.key < b.item.key ? -1 : a.item.key > b.item.key ? 1 : 0));
}

/** SPEC §5 time progress (时序进度) at D, 0–100. */
export function timeProgress(start: string, due: string, d: string): number {
  const total = daysBetween(start, due);
  if (total <= 0) return d >= due ? 100 : 0;
  return Math.min(1, Math.max(0, daysBetween(start, d) / total)) * 100;
}

import { daysBetween, lastDayOfMonth } from './dates.js';
import type { Milestone } from './item.js';
import type { Item } from './zone.js';

/** docs/scoring.md: open as of D when active, or when closed after D. */
export function isOpen(item: Item, d: string): boolean {
  const status = item.data.status ?? 'active';
  return status === 'active' || (item.data.closed !== undefined && item.data.closed > d);
}

/**
 * An item owes an update for month M when it is open at the end of M, started by then and has no update for M:
 * the `stale` event of M's score, and what a unit still has to file (docs/scoring.md).
 */
export function owesUpdate(item: Item, month: string): boolean {
  const last = lastDayOfMonth(month);
  if (!isOpen(item, last) || item.data.start > last) return false;
  return !item.data.updates?.some((u) => u.month === month);
}

export function isDone(m: Milestone, d: string): boolean {
  return m.done !== undefined && m.done <= d;
}

export function milestoneUnit(item: Item, m: Milestone): string {
  return m.owner ?? item.data.owner;
}

/** The day a milestone entered the plan: its `planned`, else the item's `start`. */
export function plannedDate(item: Pick<Item, 'data'>, m: Milestone): string {
  return m.planned ?? item.data.start;
}

/** The day the unit claimed the item as an extra task (`true` is the old form: claimed at `start`), or undefined. */
export function claimDate(item: Pick<Item, 'data'>): string | undefined {
  const c = item.data.claimed;
  return c === true ? item.data.start : typeof c === 'string' ? c : undefined;
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

/** Every overdue node as of D (docs/scoring.md), sorted as docs/supervisors.md orders `overdue --format json`. */
export function overdueAsOf(items: readonly Item[], d: string): OverdueEntry[] {
  const out: OverdueEntry[] = [];
  for (const item of items) {
    if (!isOpen(item, d)) continue;
    if (item.data.due < d) {
      const days = daysBetween(item.data.due, d);
      out.push({ item, index: undefined, milestone: null, unit: item.data.owner, due: item.data.due, days });
    }
    (item.data.milestones ?? []).forEach((m, index) => {
      if (!isDone(m, d) && m.due < d) {
        const days = daysBetween(m.due, d);
        out.push({ item, index, milestone: m.title, unit: milestoneUnit(item, m), due: m.due, days });
      }
    });
  }
  // Stable sort keeps the item's own entry before its milestones, in file order.
  return out.sort((a, b) => b.days - a.days || (a.item.key < b.item.key ? -1 : a.item.key > b.item.key ? 1 : 0));
}

/** docs/scoring.md: time progress (时序进度) at D, 0–100. */
export function timeProgress(start: string, due: string, d: string): number {
  const total = daysBetween(start, due);
  if (total <= 0) return d >= due ? 100 : 0;
  return Math.min(1, Math.max(0, daysBetween(start, d) / total)) * 100;
}

export type Completion = 'early' | 'on-time' | 'late';

/** docs/scoring.md: how a milestone was finished — late after its due date, early at least `earlyDays` before it. */
export function completion(done: string, due: string, earlyDays: number): { kind: Completion; days: number } {
  const before = daysBetween(done, due);
  return { kind: before < 0 ? 'late' : before >= earlyDays ? 'early' : 'on-time', days: Math.abs(before) };
}

export interface PercentProgress {
  /** Index of the update in `updates`. */
  index: number;
  month: string;
  percent: number;
  /** Time progress at the last day of that month (docs/scoring.md), unrounded. */
  expected: number;
  meets: boolean;
}

/**
 * docs/scoring.md (time progress, `behind`): the latest update with a percent up to `month`,
 * against its time progress at that month's end.
 */
export function percentProgress(item: Item, month: string): PercentProgress | undefined {
  let best = -1;
  item.data.updates?.forEach((u, i) => {
    if (u.percent === undefined || u.month > month) return;
    if (best < 0 || u.month >= item.data.updates![best]!.month) best = i;
  });
  if (best < 0) return undefined;
  const u = item.data.updates![best]!;
  const expected = timeProgress(item.data.start, item.data.due, lastDayOfMonth(u.month));
  return { index: best, month: u.month, percent: u.percent!, expected, meets: u.percent! >= expected };
}

/** One decimal place, as people read percentages. */
export const roundPercent = (x: number) => Math.round(x * 10) / 10;

/** The time progress as shown beside a percent: as many decimals as it takes not to contradict the comparison. */
export function shownExpected(expected: number, percent: number): number {
  for (const places of [1, 2, 3]) {
    const f = 10 ** places;
    const shown = Math.round(expected * f) / f;
    if (percent >= expected === percent >= shown) return shown;
  }
  return expected;
}

import type { LightSettings } from '../model/config.js';
import { daysBetween, monthOf } from '../model/dates.js';
import { LISTS, type ListName } from '../model/fields.js';
import { isDone, isOpen, milestoneUnit, overdueAsOf, percentProgress, timeProgress, type OverdueEntry } from '../model/status.js';
import type { Item } from '../model/zone.js';

/** docs/supervisors.md (红黄绿灯): the light of an open item, worst first. */
export const LIGHTS = ['red', 'yellow', 'green'] as const;
export type Light = (typeof LIGHTS)[number];

/** Why an item is not green: what a supervisor reads beside the light. */
export type LightReason =
  /** A node overdue as the `overdue` command counts it (red). */
  | { kind: 'overdue'; milestone: string | null; due: string; days: number }
  /** An unfinished node due in `days` calendar days, 0 ≤ days ≤ yellowDays (yellow). */
  | { kind: 'due-soon'; milestone: string | null; due: string; days: number }
  /** The latest percent at least behindPoints below the time progress at the end of its month (yellow). */
  | { kind: 'behind'; month: string; percent: number; expected: number; points: number };

export interface ItemLight {
  item: Item;
  light: Light;
  /** Overdue nodes worst first, then nodes due soon (earliest first), then behind. */
  reasons: LightReason[];
  /** Time progress (时序进度) at the as-of date, 0–100, unrounded. */
  timeProgress: number;
  /** The latest reported percent (month ≤ the as-of month) and the time progress at the end of that month. */
  percent?: { month: string; value: number; expected: number };
  /** The next deadline: the earliest unfinished milestone due on or after the as-of date, else the item's own. */
  next: { milestone: string | null; due: string; days: number };
}

/** Floating-point slack for "behind by exactly behindPoints" (time progress is a quotient of days). */
const EPSILON = 1e-9;

/**
 * docs/supervisors.md: the light of one item as of D, undefined when the item is not open as of D (done and
 * cancelled items have no light). Red: the item or a milestone is overdue (the `overdue` command's definition,
 * so a postponed deadline counts from its new date). Yellow: an unfinished node is due within `yellowDays`
 * calendar days, both ends included (due on D or on D + yellowDays), or the latest percent is behind its time
 * progress by at least `behindPoints`. Green otherwise. `overdue` may pass the item's overdue entries in.
 */
export function itemLight(
  item: Item, asOf: string, settings: LightSettings, overdue?: readonly OverdueEntry[],
): ItemLight | undefined {
  if (!isOpen(item, asOf)) return undefined;
  const reasons: LightReason[] = (overdue ?? overdueAsOf([item], asOf)).map((e) => ({
    kind: 'overdue', milestone: e.milestone, due: e.due, days: e.days,
  }));
  const soon: Extract<LightReason, { kind: 'due-soon' }>[] = [];
  const ahead: { milestone: string | null; due: string }[] = [];
  for (const m of item.data.milestones ?? []) {
    if (!isDone(m, asOf) && m.due >= asOf) ahead.push({ milestone: m.title, due: m.due });
  }
  // The item's own deadline on the day of an unfinished milestone says nothing more.
  const own = item.data.due;
  if (own >= asOf && !ahead.some((n) => n.due === own)) ahead.push({ milestone: null, due: own });
  for (const node of ahead) {
    const days = daysBetween(asOf, node.due);
    if (days <= settings.yellowDays) soon.push({ kind: 'due-soon', ...node, days });
  }
  reasons.push(...soon.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)));
  const p = percentProgress(item, monthOf(asOf));
  if (p && !p.meets && p.expected - p.percent >= settings.behindPoints - EPSILON) {
    reasons.push({ kind: 'behind', month: p.month, percent: p.percent, expected: p.expected, points: p.expected - p.percent });
  }
  const light: Light = reasons.some((r) => r.kind === 'overdue') ? 'red' : reasons.length > 0 ? 'yellow' : 'green';
  const out: ItemLight = {
    item, light, reasons,
    timeProgress: timeProgress(item.data.start, item.data.due, asOf),
    next: nextDeadline(ahead, item, asOf),
  };
  if (p) out.percent = { month: p.month, value: p.percent, expected: p.expected };
  return out;
}

/** The earliest node still ahead (the first in file order among equals), else the item's own deadline, past or not. */
function nextDeadline(ahead: readonly { milestone: string | null; due: string }[], item: Item, asOf: string): ItemLight['next'] {
  type Node = (typeof ahead)[number];
  const first = ahead.reduce<Node | undefined>((a, b) => (a === undefined || b.due < a.due ? b : a), undefined);
  const node = first ?? { milestone: null, due: item.data.due };
  return { ...node, days: daysBetween(asOf, node.due) };
}

export interface LightFilter {
  list?: ListName;
  /** The item's `owner` or the `owner` of one of its milestones. */
  unit?: string;
  /** The item's `lead`. */
  lead?: string;
  light?: Light;
}

/** Whether `unit` answers for the item: its owner, or the owner of one of its milestones. */
export function itemConcerns(item: Item, unit: string): boolean {
  return item.data.owner === unit || (item.data.milestones ?? []).some((m) => milestoneUnit(item, m) === unit);
}

/**
 * The light of every open item as of D that passes the filter: red first, then yellow, then green; within a light
 * in the order of the lists (docs/fields.md), then by item key. Pure.
 */
export function lightsAsOf(
  items: readonly Item[], asOf: string, settings: LightSettings, filter: LightFilter = {},
): ItemLight[] {
  const overdue = new Map<Item, OverdueEntry[]>();
  for (const e of overdueAsOf(items, asOf)) overdue.set(e.item, [...(overdue.get(e.item) ?? []), e]);
  const out: ItemLight[] = [];
  for (const item of items) {
    if (filter.list !== undefined && item.list !== filter.list) continue;
    if (filter.lead !== undefined && item.data.lead !== filter.lead) continue;
    if (filter.unit !== undefined && !itemConcerns(item, filter.unit)) continue;
    const l = itemLight(item, asOf, settings, overdue.get(item) ?? []);
    if (l && (filter.light === undefined || l.light === filter.light)) out.push(l);
  }
  const rank = (l: ItemLight) => LIGHTS.indexOf(l.light) * LISTS.length + LISTS.indexOf(l.item.list);
  return out.sort((a, b) => rank(a) - rank(b) || (a.item.key < b.item.key ? -1 : a.item.key > b.item.key ? 1 : 0));
}

export type LightCounts = Record<Light, number>;

/** How many items show each light. */
export function countLights(lights: readonly { light: Light }[]): LightCounts {
  const counts: LightCounts = { red: 0, yellow: 0, green: 0 };
  for (const l of lights) counts[l.light]++;
  return counts;
}

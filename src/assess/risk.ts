import { workingDaysUntil, type Calendar } from '../model/calendar.js';
import type { RiskSettings } from '../model/config.js';
import { daysBetween, lastDayOfMonth, monthOf, previousMonth } from '../model/dates.js';
import type { ListName } from '../model/fields.js';
import type { Problem } from '../model/item.js';
import { isDone, isOpen, milestoneUnit, percentProgress } from '../model/status.js';
import type { Item } from '../model/zone.js';

/** docs/supervisors.md (`risk`): why a milestone that is not late yet may slip. */
export type RiskSignal =
  | { kind: 'behind'; workingDays: number; percent: number; expected: number; month: string }
  | { kind: 'earlier-overdue'; milestone: string; due: string; days: number }
  | { kind: 'problem'; raised: string; days: number }
  | { kind: 'no-update'; month: string }
  | { kind: 'postponed'; times: number };

export interface RiskEntry {
  item: Item;
  /** Index in the item's `milestones`. */
  index: number;
  milestone: string;
  unit: string;
  due: string;
  /** Working days after the as-of date up to the due date (the zone's calendar). */
  workingDays: number;
  signals: RiskSignal[];
}

export interface RiskFilter {
  unit?: string;
  lead?: string;
  list?: ListName;
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The element with the earliest date, the first of equals. */
function earliest<T>(xs: readonly T[], date: (x: T) => string): T | undefined {
  return xs.reduce<T | undefined>((a, b) => (a === undefined || date(b) < date(a) ? b : a), undefined);
}

/**
 * docs/supervisors.md: every unfinished milestone of an open item, due on or after `asOf`, with at least one signal.
 * Milestone signals (due soon while behind, postponed K times) apply to each; item signals (an earlier milestone
 * overdue, an old open problem, no recent update) to the item's next milestone only, the one that may slip first.
 * Ranked: more signals first, then fewer working days left, then item key, then file order.
 * Pure; each item is read once.
 */
export function riskAsOf(
  items: readonly Item[], asOf: string, calendar: Calendar, settings: RiskSettings, filter: RiskFilter = {},
): RiskEntry[] {
  const out: RiskEntry[] = [];
  const month = monthOf(asOf);
  const prev = previousMonth(month);
  for (const item of items) {
    if (!isOpen(item, asOf)) continue;
    if (filter.lead !== undefined && item.data.lead !== filter.lead) continue;
    if (filter.list !== undefined && item.list !== filter.list) continue;
    const milestones = item.data.milestones ?? [];
    const ahead = milestones.map((m, index) => ({ m, index })).filter(({ m }) => !isDone(m, asOf) && m.due >= asOf);
    if (ahead.length === 0) continue;
    const next = ahead.reduce((a, b) => (b.m.due < a.m.due ? b : a));
    const itemSignals = itemRisk(item, asOf, next.m.due, prev, month, settings);
    const progress = percentProgress(item, month);
    for (const { m, index } of ahead) {
      const unit = milestoneUnit(item, m);
      if (filter.unit !== undefined && unit !== filter.unit) continue;
      const signals: RiskSignal[] = [];
      let workingDays: number | undefined;
      if (progress && !progress.meets) {
        workingDays = workingDaysUntil(calendar, asOf, m.due);
        if (workingDays <= settings.dueWithin) {
          signals.push({ kind: 'behind', workingDays, percent: progress.percent, expected: progress.expected, month: progress.month });
        }
      }
      if (index === next.index) signals.push(...itemSignals);
      const times = m.postponed?.length ?? 0;
      if (times >= settings.postponements) signals.push({ kind: 'postponed', times });
      if (signals.length === 0) continue;
      workingDays ??= workingDaysUntil(calendar, asOf, m.due);
      out.push({ item, index, milestone: m.title, unit, due: m.due, workingDays, signals });
    }
  }
  return out.sort((a, b) =>
    b.signals.length - a.signals.length || a.workingDays - b.workingDays ||
    byKey(a.item.key, b.item.key) || a.index - b.index);
}

/** The signals that belong to the item as a whole, in the order docs/supervisors.md lists them. */
function itemRisk(
  item: Item, asOf: string, nextDue: string, prev: string, month: string, settings: RiskSettings,
): RiskSignal[] {
  const out: RiskSignal[] = [];
  const late = (item.data.milestones ?? []).filter((m) => !isDone(m, asOf) && m.due < asOf && m.due < nextDue);
  // The longest-overdue one speaks for all.
  const worst = earliest(late, (m) => m.due);
  if (worst) out.push({ kind: 'earlier-overdue', milestone: worst.title, due: worst.due, days: daysBetween(worst.due, asOf) });
  const unresolved = (p: Problem) => p.raised <= asOf && !(p.resolved !== undefined && p.resolved <= asOf);
  const open = (item.data.problems ?? []).filter(unresolved);
  const oldest = earliest(open, (p) => p.raised);
  if (oldest && daysBetween(oldest.raised, asOf) > settings.problemDays) out.push({ kind: 'problem', raised: oldest.raised, days: daysBetween(oldest.raised, asOf) });
  // An item that started this month owes no update yet.
  const reported = item.data.updates?.some((u) => u.month === month || u.month === prev);
  if (item.data.start <= lastDayOfMonth(prev) && !reported) {
    out.push({ kind: 'no-update', month: prev });
  }
  return out;
}

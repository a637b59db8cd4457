import { daysBetween, firstDayOfMonth, lastDayOfMonth } from '../model/dates.js';
import type { AssessmentSettings } from '../model/config.js';
import type { Item, PathSegment, Zone } from '../model/zone.js';
import { coordinationEvents, type CoordinationEvent } from './coordination-score.js';
import { claimDate, completion, milestoneUnit, overdueAsOf, owesUpdate, plannedDate } from '../model/status.js';

export type EventKind = 'on-time' | 'early' | 'claimed' | 'unplanned' | 'late' | 'overdue' | 'serious' | 'stale' | 'adjustment'
  | CoordinationEvent;
export type Tier = 'reward' | 'warning' | 'none';

export interface ScoreEvent {
  event: EventKind;
  /** Signed: deductions are negative. */
  points: number;
  item?: string;
  milestone?: string;
  file?: string;
  line?: number;
  reason?: string;
  /** Days early / late / overdue, where the event is about a date; for `unplanned`, done − planned. */
  days?: number;
}

export interface UnitScore {
  unit: string;
  score: number;
  rank: number;
  tier: Tier;
  base: number;
  additions: number;
  deductions: number;
  events: ScoreEvent[];
}

export interface MonthScore {
  month: string;
  /** Last day of the month: the date the assessment is "as of". */
  asOf: string;
  settings: AssessmentSettings;
  units: UnitScore[];
  /** For a published month: its report, the day it was committed, and whether the published or the amended result
   * is shown. */
  published?: { report: string; committed?: string; shown: 'published' | 'amended'; amendments: number };
}

/** Adjustments may carry decimals; keep 0.1 + 0.2 from printing as 0.30000000000000004. */
const round2 = (x: number) => Math.round(x * 100) / 100;

/** docs/scoring.md: the monthly assessment of every unit in `units`; pure. */
export function scoreMonth(zone: Zone, month: string): MonthScore {
  const s = zone.settings;
  const first = firstDayOfMonth(month), last = lastDayOfMonth(month);
  const units = zone.config?.units ?? [];
  const events = new Map<string, ScoreEvent[]>(units.map((u) => [u, []]));
  // 0-point events are not listed, except `unplanned`: it says why finished work earned nothing (docs/scoring.md).
  const add = (unit: string, e: ScoreEvent) => {
    if (e.points !== 0 || e.event === 'unplanned') (events.get(unit) ?? events.set(unit, []).get(unit)!).push(e);
  };
  const where = (item: Item, path: PathSegment[], at: 'key' | 'value' = 'value') =>
    ({ item: item.key, file: item.file.path, line: item.file.locate(path, at).line });

  for (const item of zone.items) {
    item.data.milestones?.forEach((m, i) => {
      if (m.done === undefined || m.done < first || m.done > last) return;
      const unit = milestoneUnit(item, m);
      const at = { ...where(item, ['milestones', i, 'done']), milestone: m.title };
      const c = completion(m.done, m.due, s.earlyDays);
      // `late` is credit for finishing after the deadline (default 0); only overdue, serious and stale deduct.
      if (c.kind === 'late') return add(unit, { event: 'late', points: s.late, ...at, days: c.days });
      // Work split into milestones after the fact earns nothing: the plan must lead the work by planLeadDays.
      const lead = daysBetween(plannedDate(item, m), m.done);
      if (lead < s.planLeadDays) return add(unit, { event: 'unplanned', points: 0, ...at, days: lead });
      add(unit, { event: 'on-time', points: s.onTime, ...at, days: c.days });
      if (c.kind === 'early') add(unit, { event: 'early', points: s.early, ...at, days: c.days });
      const claimed = claimDate(item);
      if (claimed !== undefined && claimed <= m.done) add(unit, { event: 'claimed', points: s.claimed, ...at });
    });
  }
  for (const e of overdueAsOf(zone.items, last)) {
    if (e.index === undefined) continue;
    const at = { ...where(e.item, ['milestones', e.index, 'due']), milestone: e.milestone ?? '', days: e.days };
    add(e.unit, { event: 'overdue', points: -s.overdue, ...at });
    if (e.days > s.seriousDays) add(e.unit, { event: 'serious', points: -s.serious, ...at });
  }
  for (const item of zone.items) {
    if (!owesUpdate(item, month)) continue;
    add(item.data.owner, { event: 'stale', points: -s.stale, ...where(item, item.data.updates ? ['updates'] : ['title'], 'key') });
  }
  for (const [unit, e] of coordinationEvents(zone, month)) add(unit, e);
  const adjustments = zone.assessments.get(month);
  adjustments?.data.adjustments?.forEach((a, i) => {
    const line = adjustments.file.locate(['adjustments', i]).line;
    add(a.unit, { event: 'adjustment', points: a.points, reason: a.reason, file: adjustments.file.path, line });
  });

  const scored = [...events].map(([unit, list]) => {
    const additions = list.reduce((n, e) => n + (e.points > 0 ? e.points : 0), 0);
    const deductions = list.reduce((n, e) => n + (e.points < 0 ? -e.points : 0), 0);
    const score = round2(s.base + additions - deductions);
    const tier: Tier = score >= s.rewardAt ? 'reward' : score < s.warnAt ? 'warning' : 'none';
    const sums = { additions: round2(additions), deductions: round2(deductions) };
    return { unit, score, rank: 0, tier, base: s.base, ...sums, events: list };
  });
  for (const u of scored) u.rank = 1 + scored.filter((o) => o.score > u.score).length;
  const order = new Map(units.map((u, i) => [u, i]));
  scored.sort((a, b) => b.score - a.score || (order.get(a.unit) ?? Infinity) - (order.get(b.unit) ?? Infinity));
  return { month, asOf: last, settings: s, units: scored };
}

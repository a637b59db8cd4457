import type { MonthScore, ScoreEvent, Tier, UnitScore } from './score.js';
import type { Amendment } from '../model/config.js';
import type { Zone } from '../model/zone.js';

/** An entry under `amendments:` in assessments/M.yaml: the only way to change a published month. */
export type { Amendment };

/** A unit's place in a month's result. */
export interface Standing {
  score: number;
  rank: number;
  tier: Tier;
}

/** A unit whose result differs; null on the side where the unit has no result. */
export interface UnitChange {
  unit: string;
  from: Standing | null;
  to: Standing | null;
}

/** One 更正说明 entry: the amendments a regenerated report took in, and what they changed. */
export interface Correction {
  amendments: Amendment[];
  changes: UnitChange[];
}

/** A month's result as `report` records it inside the committed report (see docs/decisions.md). */
export interface MonthRecord {
  month: string;
  asOf: string;
  units: UnitScore[];
  /** The amendments in the data this result was computed from. */
  amendments: Amendment[];
  corrections: Correction[];
}

/** A month whose report is committed: its record and the day (zone time) of the last commit of that report. */
export interface ClosedMonth {
  month: string;
  /** The report file, relative to the zone root. */
  file: string;
  record: MonthRecord;
  /** undefined when the commit sits at a shallow clone's boundary, whose date is not the report's. */
  committedDay: string | undefined;
}

export function amendmentsOf(zone: Zone, month: string): Amendment[] {
  return zone.assessments.get(month)?.data.amendments ?? [];
}

const standing = (u: UnitScore): Standing => ({ score: u.score, rank: u.rank, tier: u.tier });
const sameStanding = (a: Standing, b: Standing) => a.score === b.score && a.rank === b.rank && a.tier === b.tier;
const amendmentKey = (a: Amendment) => JSON.stringify([a.date, a.approved, a.reason]);

/**
 * Today's result in the terms of the record: a unit added to `units` after the month was published,
 * with nothing scored in it, was not part of that month (it would only shift the ranks of others).
 */
export function comparable(record: MonthRecord, now: MonthScore): UnitScore[] {
  const recorded = new Set(record.units.map((u) => u.unit));
  const kept = now.units.filter((u) => recorded.has(u.unit) || u.events.length > 0);
  return kept.map((u) => ({ ...u, rank: 1 + kept.filter((o) => o.score > u.score).length }));
}

/** Units whose score, rank or tier differ: recorded units in their recorded order, then units only in `now`. */
export function changedUnits(before: readonly UnitScore[], now: readonly UnitScore[]): UnitChange[] {
  const after = new Map(now.map((u) => [u.unit, u]));
  const out: UnitChange[] = [];
  for (const b of before) {
    const a = after.get(b.unit);
    if (a && sameStanding(standing(a), standing(b))) continue;
    out.push({ unit: b.unit, from: standing(b), to: a ? standing(a) : null });
  }
  const seen = new Set(before.map((u) => u.unit));
  for (const a of now) if (!seen.has(a.unit)) out.push({ unit: a.unit, from: null, to: standing(a) });
  return out;
}

/** Amendments in the data that the record has not taken in yet. */
export function newAmendments(record: MonthRecord, amendments: readonly Amendment[]): Amendment[] {
  const known = new Set(record.amendments.map(amendmentKey));
  return amendments.filter((a) => !known.has(amendmentKey(a)));
}

/**
 * The amendments that cover a change to a closed month: dated on or after the day its report was committed
 * (any date when that day is unknown), approved by one of `approvers` when set, and not already taken into the
 * recorded result.
 */
export function coveringAmendments(
  closed: ClosedMonth, amendments: readonly Amendment[], approvers: readonly string[] | undefined,
): Amendment[] {
  const day = closed.committedDay;
  const inTime = (a: Amendment) => day === undefined || a.date >= day;
  const approved = (a: Amendment) => !approvers || approvers.includes(a.approved);
  return newAmendments(closed.record, amendments).filter((a) => inTime(a) && approved(a));
}

/**
 * The record a report of `now` carries. Once a month is published (`previous`), amendments it has not
 * seen become a correction: they and the units that changed from the previous record to now.
 */
export function nextRecord(
  now: MonthScore, amendments: readonly Amendment[], previous: MonthRecord | undefined,
): MonthRecord {
  const base = { month: now.month, asOf: now.asOf, units: now.units.map(recordedUnit), amendments: [...amendments] };
  if (previous === undefined) return { ...base, corrections: [] };
  const fresh = newAmendments(previous, amendments);
  if (fresh.length === 0) return { ...base, corrections: previous.corrections };
  const changes = changedUnits(previous.units, comparable(previous, now));
  return { ...base, corrections: [...previous.corrections, { amendments: fresh, changes }] };
}

/** A unit's result with only the fields a record keeps (no positions beyond file and line). */
function recordedUnit(u: UnitScore): UnitScore {
  const event = (e: ScoreEvent): ScoreEvent => {
    const out: ScoreEvent = { event: e.event, points: e.points };
    for (const k of ['item', 'milestone', 'reason', 'file', 'line', 'days'] as const) {
      if (e[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = e[k];
    }
    return out;
  };
  const { unit, score, rank, tier, base, additions, deductions } = u;
  return { unit, score, rank, tier, base, additions, deductions, events: u.events.map(event) };
}

/** What a unit's event list gained or lost between two results (matched by kind, item, milestone and reason). */
export function eventDiff(
  before: readonly ScoreEvent[], after: readonly ScoreEvent[],
): { added: ScoreEvent[]; removed: ScoreEvent[] } {
  const key = (e: ScoreEvent) => JSON.stringify([e.event, e.points, e.item ?? '', e.milestone ?? '', e.reason ?? '']);
  const left = new Map<string, ScoreEvent[]>();
  for (const e of before) (left.get(key(e)) ?? left.set(key(e), []).get(key(e))!).push(e);
  const added: ScoreEvent[] = [];
  for (const e of after) {
    const match = left.get(key(e));
    if (match && match.length > 0) match.shift();
    else added.push(e);
  }
  return { added, removed: [...left.values()].flat() };
}

/** One unit of a closed month whose result today's data no longer gives, with where to look. */
export interface ClosedFinding {
  closed: ClosedMonth;
  change: UnitChange;
  added: ScoreEvent[];
  removed: ScoreEvent[];
  /** Amendments of the month dated before the report's commit, which therefore do not cover the change. */
  earlier: Amendment[];
  file: string;
  line: number;
  column: number;
}

/**
 * The `closed-month` rule (docs/rules/closed-month.md): every closed month recomputed from today's data;
 * differences no later amendment covers.
 */
export function closedMonthFindings(
  zone: Zone, months: readonly ClosedMonth[], score: (month: string) => MonthScore,
): ClosedFinding[] {
  const out: ClosedFinding[] = [];
  for (const closed of months) {
    const now = comparable(closed.record, score(closed.month));
    const changes = changedUnits(closed.record.units, now);
    if (changes.length === 0) continue;
    const amendments = amendmentsOf(zone, closed.month);
    if (coveringAmendments(closed, amendments, zone.config?.assessment?.approvers).length > 0) continue;
    const before = new Map(closed.record.units.map((u) => [u.unit, u.events]));
    const after = new Map(now.map((u) => [u.unit, u.events]));
    for (const change of changes) {
      const { added, removed } = eventDiff(before.get(change.unit) ?? [], after.get(change.unit) ?? []);
      const place = placeOf(zone, closed, [...added, ...removed]);
      out.push({ closed, change, added, removed, earlier: amendments, ...place });
    }
  }
  return out;
}

type Place = { file: string; line: number; column: number };

/** The first differing event that still points into today's data, else the month's assessment file, else the report. */
function placeOf(zone: Zone, closed: ClosedMonth, events: readonly ScoreEvent[]): Place {
  for (const e of events) {
    if (e.event === 'adjustment') {
      const doc = zone.assessments.get(closed.month);
      const i = doc?.data.adjustments?.findIndex((a) => a.reason === e.reason && a.points === e.points) ?? -1;
      if (doc) return { file: doc.file.path, ...doc.file.locate(i >= 0 ? ['adjustments', i] : ['adjustments'], i >= 0 ? 'value' : 'key') };
      continue;
    }
    const item = zone.items.find((it) => it.key === e.item);
    if (!item) continue;
    const i = item.data.milestones?.findIndex((m) => m.title === e.milestone) ?? -1;
    // A completion date is what usually moves a result; without one, the deadline.
    const field = i >= 0 && item.data.milestones![i]!.done !== undefined ? 'done' : 'due';
    const path = e.event === 'stale' ? ['updates'] : i >= 0 ? ['milestones', i, field] : ['title'];
    return { file: item.file.path, ...item.file.locate(path, e.event === 'stale' ? 'key' : 'value') };
  }
  const doc = zone.assessments.get(closed.month);
  if (doc) return { file: doc.file.path, line: 1, column: 1 };
  if (events.length === 0 && zone.configFile) return { file: zone.configFile.path, ...zone.configFile.locate(['assessment'], 'key') };
  return { file: closed.file, line: 1, column: 1 };
}

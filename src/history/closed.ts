import {
  amendmentsOf, changedUnits, closedMonthFindings, comparable, coveringAmendments, nextRecord,
  type ClosedMonth, type MonthRecord,
} from '../assess/closed.js';
import { scoreMonth, type MonthScore } from '../assess/score.js';
import { dateInZone } from '../model/dates.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Zone } from '../model/zone.js';
import { closedMonthDiagnostics } from '../rules/closed-month.js';

/** A monthly report committed at some revision, as git gives it (src/git/reports.ts). */
export interface CommittedReportText {
  month: string;
  path: string;
  text: string;
  /** ISO 8601 committer date of the last commit that changed the report. */
  committed: string;
  /** At a shallow clone's boundary: the date is not the report's. */
  boundary: boolean;
}

/** Where closed months come from, given by the caller (git), so that this stays pure. */
export interface ClosedSource {
  /** Every reports/YYYY-MM.md committed at `rev` (none outside git). */
  reports(rev: string): Promise<readonly CommittedReportText[]>;
  /** The result recorded in a report's text (src/report/monthly/record.ts). */
  record(text: string): MonthRecord | undefined;
  /** The zone's time zone: the day a report was committed is a day there. */
  timeZone: string;
}

/** Months whose report (with its recorded result) is committed at `rev`. */
export async function closedMonths(source: ClosedSource, rev = 'HEAD'): Promise<ClosedMonth[]> {
  const reports = await source.reports(rev);
  return reports.flatMap((r) => {
    const record = source.record(r.text);
    if (record === undefined || record.month !== r.month) return [];
    const committedDay = r.boundary ? undefined : dateInZone(new Date(r.committed), source.timeZone);
    return [{ month: r.month, file: r.path, record, committedDay }];
  });
}

/** A file that failed to load would drop its items from a recount and accuse every unit it touches. */
export const recountable = (zone: Zone): boolean => !zone.diagnostics.some((d) => d.severity === 'error');

/** `closed-month` findings: a closed month whose result today's data changes without a covering amendment. */
export function closedChangeFindings(zone: Zone, months: readonly ClosedMonth[]): Diagnostic[] {
  return closedMonthDiagnostics(closedMonthFindings(zone, months, (m) => scoreMonth(zone, m)));
}

/**
 * `check --base REV`: a change that rewrites or deletes a published record is held to the record at REV,
 * so editing the result in reports/M.md together with the data does not hide the change.
 */
export function rewrittenRecordFindings(
  zone: Zone, now: readonly ClosedMonth[], before: readonly ClosedMonth[],
): Diagnostic[] {
  const kept = new Map(now.map((m) => [m.file, JSON.stringify(m.record)]));
  return closedChangeFindings(zone, before.filter((b) => kept.get(b.file) !== JSON.stringify(b.record)));
}

/** Today's result differs from the published one, and no amendment since covers that. */
function uncovered(zone: Zone, closed: ClosedMonth, score: MonthScore): boolean {
  const changed = changedUnits(closed.record.units, comparable(closed.record, score)).length > 0;
  const covering = coveringAmendments(closed, amendmentsOf(zone, score.month), zone.config?.assessment?.approvers);
  return changed && covering.length === 0;
}

/**
 * The record `report` writes for a month: for a published month (reports/M.md among `months`), refused when
 * today's data changes its result without a covering amendment.
 */
export function recordForReport(
  zone: Zone, score: MonthScore, months: readonly ClosedMonth[],
): { record: MonthRecord } | { refused: { month: string; file: string } } {
  const amendments = amendmentsOf(zone, score.month);
  const closed = months.find((c) => c.month === score.month && c.file === `reports/${score.month}.md`);
  if (closed === undefined) return { record: nextRecord(score, amendments, undefined) };
  if (uncovered(zone, closed, score)) return { refused: { month: score.month, file: closed.file } };
  return { record: nextRecord(score, amendments, closed.record) };
}

/** What to say beside a published month's score (src/report/closed-text.ts words it). */
export type ScoreNote =
  | { kind: 'recorded'; month: string; file: string; committed: string | undefined; corrections?: number }
  | { kind: 'differs'; month: string; file: string; committed: string | undefined }
  | { kind: 'amended'; month: string; file: string; count: number };

/**
 * What `score --month` shows for a month: today's result, unless the month is published and today's data
 * changes it without a covering amendment — then the published result; with the note that says which.
 */
export function scoreToShow(
  zone: Zone, now: MonthScore, months: readonly ClosedMonth[],
): { score: MonthScore; note?: ScoreNote } {
  const closed = months.find((c) => c.month === now.month);
  if (closed === undefined) return { score: now };
  const amendments = amendmentsOf(zone, now.month);
  const { month } = now, { file, committedDay: committed } = closed;
  const note = (shown: 'published' | 'amended') => ({
    report: file, shown, amendments: amendments.length,
    ...(committed === undefined ? {} : { committed }),
  });
  if (uncovered(zone, closed, now)) {
    return {
      score: { ...now, units: closed.record.units, published: note('published') },
      note: { kind: 'differs', month, file, committed },
    };
  }
  // Only amendments the published result has not taken in make this an amended result; older ones are in it.
  const fresh = coveringAmendments(closed, amendments, zone.config?.assessment?.approvers).length;
  const corrections = closed.record.corrections.length;
  return {
    score: { ...now, published: note(fresh > 0 || corrections > 0 ? 'amended' : 'published') },
    note: fresh > 0
      ? { kind: 'amended', month, file, count: fresh }
      : { kind: 'recorded', month, file, committed, corrections },
  };
}

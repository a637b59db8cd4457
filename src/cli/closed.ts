import { amendmentsOf, changedUnits, closedMonthFindings as findClosedChanges, comparable, coveringAmendments, nextRecord, type ClosedMonth, type MonthRecord } from '../assess/closed.js';
import { scoreMonth, type MonthScore } from '../assess/score.js';
import { GitError } from '../git/errors.js';
import { committedReports } from '../git/reports.js';
import { dateInZone } from '../model/dates.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { CLOSED_TEXT } from '../report/closed-text.js';
import { readRecord } from '../report/monthly/record.js';
import { closedMonthDiagnostics, closedMonthUnreadable } from '../rules/closed-month.js';
import type { Io } from './io.js';
import type { LoadedZone } from './zone.js';

/** Months whose report (with its recorded result) is committed at HEAD; none outside git. */
export async function closedMonths(loaded: LoadedZone, rev = 'HEAD'): Promise<ClosedMonth[]> {
  const reports = await committedReports(loaded.root, loaded.env, rev);
  return reports.flatMap((r) => {
    const record = readRecord(r.text);
    if (record === undefined || record.month !== r.month) return [];
    const committedDay = r.boundary ? undefined : dateInZone(new Date(r.committed), loaded.timeZone);
    return [{ month: r.month, file: r.path, record, committedDay }];
  });
}

/** `closed-month` findings for `check`; git trouble becomes one warning rather than a failed run. */
export async function closedMonthFindings(loaded: LoadedZone): Promise<Diagnostic[]> {
  // A file that failed to load would drop its items from the recount and accuse every unit it touches.
  if (loaded.zone.diagnostics.some((d) => d.severity === 'error')) return [];
  let months: ClosedMonth[];
  try {
    months = await closedMonths(loaded);
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    return e.kind === 'no-git' ? [] : [closedMonthUnreadable(e.detail)];
  }
  return closedMonthDiagnostics(findClosedChanges(loaded.zone, months, (m) => scoreMonth(loaded.zone, m)));
}

/**
 * `check --base REV`: a change that rewrites or deletes a published record is held to the record at REV,
 * so editing the result in reports/M.md together with the data does not hide the change.
 */
export async function rewrittenRecordFindings(loaded: LoadedZone, rev: string): Promise<Diagnostic[]> {
  if (loaded.zone.diagnostics.some((d) => d.severity === 'error')) return [];
  const [now, before] = await Promise.all([closedMonths(loaded), closedMonths(loaded, rev)]);
  const kept = new Map(now.map((m) => [m.file, JSON.stringify(m.record)]));
  const rewritten = before.filter((b) => kept.get(b.file) !== JSON.stringify(b.record));
  return closedMonthDiagnostics(findClosedChanges(loaded.zone, rewritten, (m) => scoreMonth(loaded.zone, m)));
}

/**
 * The record `report` writes for `month`: for a published month, refused (undefined, after saying why
 * on stderr) when today's data changes its result without a covering amendment.
 */
export async function recordForReport(io: Io, loaded: LoadedZone, score: MonthScore): Promise<MonthRecord | undefined> {
  const amendments = amendmentsOf(loaded.zone, score.month);
  let closed: ClosedMonth | undefined;
  try {
    closed = (await closedMonths(loaded)).find((c) => c.month === score.month && c.file === `reports/${score.month}.md`);
  } catch (e) {
    if (!(e instanceof GitError) || e.kind !== 'no-git') throw e;
  }
  if (closed === undefined) return nextRecord(score, amendments, undefined);
  const changed = changedUnits(closed.record.units, comparable(closed.record, score)).length > 0;
  if (changed && coveringAmendments(closed, amendments, loaded.zone.config?.assessment?.approvers).length === 0) {
    io.stderr(CLOSED_TEXT[loaded.lang].refuseReport(score.month, closed.file));
    return undefined;
  }
  return nextRecord(score, amendments, closed.record);
}

/**
 * What `score --month` shows for a month: today's result, unless the month is published and today's data
 * changes it without a covering amendment — then the published result. The note says which, on stderr.
 */
export async function scoreToShow(io: Io, loaded: LoadedZone, now: MonthScore): Promise<MonthScore> {
  const t = CLOSED_TEXT[loaded.lang];
  let closed: ClosedMonth | undefined;
  try {
    closed = (await closedMonths(loaded)).find((c) => c.month === now.month);
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    return now;
  }
  if (closed === undefined) return now;
  const amendments = amendmentsOf(loaded.zone, now.month);
  const changed = changedUnits(closed.record.units, comparable(closed.record, now)).length > 0;
  const note = (shown: 'published' | 'amended') => ({
    report: closed.file, shown, amendments: amendments.length,
    ...(closed.committedDay === undefined ? {} : { committed: closed.committedDay }),
  });
  if (changed && coveringAmendments(closed, amendments, loaded.zone.config?.assessment?.approvers).length === 0) {
    io.stderr(t.recorded(now.month, closed.file, closed.committedDay));
    io.stderr(`wuzhong: ${t.differs(now.month)}\n`);
    return { ...now, units: closed.record.units, published: note('published') };
  }
  // Only amendments the published result has not taken in make this an amended result; older ones are in it.
  const fresh = coveringAmendments(closed, amendments, loaded.zone.config?.assessment?.approvers).length;
  const corrections = closed.record.corrections.length;
  io.stderr(
    fresh > 0
      ? t.amended(now.month, closed.file, fresh)
      : t.recorded(now.month, closed.file, closed.committedDay, corrections),
  );
  return { ...now, published: note(fresh > 0 || corrections > 0 ? 'amended' : 'published') };
}

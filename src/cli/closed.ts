import type { ClosedMonth, MonthRecord } from '../assess/closed.js';
import type { MonthScore } from '../assess/score.js';
import { GitError } from '../git/errors.js';
import { committedReports } from '../git/reports.js';
import * as closed from '../history/closed.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { CLOSED_TEXT } from '../report/closed-text.js';
import { readRecord } from '../report/monthly/record.js';
import { closedMonthUnreadable } from '../rules/closed-month.js';
import type { Io } from './io.js';
import type { LoadedZone } from './zone.js';

/** Months whose report (with its recorded result) is committed at `rev`; none outside git. */
function closedMonths(loaded: LoadedZone, rev = 'HEAD'): Promise<ClosedMonth[]> {
  return closed.closedMonths({
    reports: (at) => committedReports(loaded.root, loaded.env, at),
    record: readRecord,
    timeZone: loaded.timeZone,
  }, rev);
}

/** `closed-month` findings for `check`; git trouble becomes one warning rather than a failed run. */
export async function closedMonthFindings(loaded: LoadedZone): Promise<Diagnostic[]> {
  if (!closed.recountable(loaded.zone)) return [];
  let months: ClosedMonth[];
  try {
    months = await closedMonths(loaded);
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    return e.kind === 'no-git' ? [] : [closedMonthUnreadable(e.detail)];
  }
  return closed.closedChangeFindings(loaded.zone, months);
}

/** `check --base REV`: published records rewritten or deleted since REV are held to their text at REV. */
export async function rewrittenRecordFindings(loaded: LoadedZone, rev: string): Promise<Diagnostic[]> {
  if (!closed.recountable(loaded.zone)) return [];
  const [now, before] = await Promise.all([closedMonths(loaded), closedMonths(loaded, rev)]);
  return closed.rewrittenRecordFindings(loaded.zone, now, before);
}

/** The record `report` writes for the month; undefined (after saying why on stderr) when it is refused. */
export async function recordForReport(io: Io, loaded: LoadedZone, score: MonthScore): Promise<MonthRecord | undefined> {
  let months: ClosedMonth[] = [];
  try {
    months = await closedMonths(loaded);
  } catch (e) {
    if (!(e instanceof GitError) || e.kind !== 'no-git') throw e;
  }
  const r = closed.recordForReport(loaded.zone, score, months);
  if ('record' in r) return r.record;
  io.stderr(CLOSED_TEXT[loaded.lang].refuseReport(r.refused.month, r.refused.file));
  return undefined;
}

/** What `score --month` shows for a month (published or today's result); the note says which, on stderr. */
export async function scoreToShow(io: Io, loaded: LoadedZone, now: MonthScore): Promise<MonthScore> {
  let months: ClosedMonth[];
  try {
    months = await closedMonths(loaded);
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    return now;
  }
  const shown = closed.scoreToShow(loaded.zone, now, months);
  const t = CLOSED_TEXT[loaded.lang], n = shown.note;
  if (n?.kind === 'differs') {
    io.stderr(t.recorded(n.month, n.file, n.committed));
    io.stderr(`wuzhong: ${t.differs(n.month)}\n`);
  } else if (n?.kind === 'amended') io.stderr(t.amended(n.month, n.file, n.count));
  else if (n?.kind === 'recorded') io.stderr(t.recorded(n.month, n.file, n.committed, n.corrections));
  return shown.score;
}

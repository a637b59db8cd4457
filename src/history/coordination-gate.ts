import { msg } from '../i18n/index.js';
import { addDays, daysBetween } from '../model/dates.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Decision, Meeting, MeetingData } from '../model/coordination.js';
import type { Notice, NoticeData } from '../model/notice.js';
import { finding, reporter } from '../model/rule.js';
import { matchByTitle } from './match.js';
import { lateRecord, planDate, postponed, reassigned, removed } from './rules.js';

/** A meeting or notice file as it was at REV. */
export interface RecordAtBase<T> {
  path: string;
  data: T;
}

export interface CoordinationGateInput {
  meetings: readonly Meeting[];
  notices: readonly Notice[];
  baseMeetings: readonly RecordAtBase<MeetingData>[];
  baseNotices: readonly RecordAtBase<NoticeData>[];
  asOf: string;
  rev: string;
}

/** Records get this many days of slack before A, as milestones do (docs/scoring.md, review gate). */
const SLACK_DAYS = 7;

/**
 * The review gate on coordination records (docs/scoring.md): decisions score like milestones, so they are held to
 * the same rules — recorded within a week of the meeting and open, deadlines never pushed back, completions not
 * back-filled, units and decisions not silently changed; a notice's reply or closing not back-filled. Pure.
 */
export function coordinationGate(input: CoordinationGateInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const limit = addDays(input.asOf, -SLACK_DAYS);
  const before = new Map(input.baseMeetings.map((m) => [m.path, m.data]));
  for (const meeting of input.meetings) {
    decisionFindings(meeting, before.get(meeting.file.path), input, limit, out);
    before.delete(meeting.file.path);
  }
  for (const path of before.keys()) {
    out.push(finding(removed, path, { line: 1, column: 1 }, msg('removedMeeting', path, input.rev)));
  }
  const notices = new Map(input.baseNotices.map((n) => [n.path, n.data]));
  for (const notice of input.notices) noticeFindings(notice, notices.get(notice.file.path), input.asOf, limit, out);
  return out;
}

function decisionFindings(
  meeting: Meeting, base: MeetingData | undefined, input: CoordinationGateInput, limit: string, out: Diagnostic[],
): void {
  const { file, data } = meeting;
  const { asOf, rev } = input;
  const match = matchByTitle<Decision>(base?.decisions, data.decisions, (d) => d.text);
  const at = (i: number, key: keyof Decision) => ['decisions', i, key];
  for (const { entry: d, index: i } of match.added) {
    if (data.date < limit) {
      reporter(planDate, out)(file, at(i, 'text'), msg('decisionRecordedLate', d.text, data.date, daysBetween(data.date, asOf)));
    }
    if (d.done !== undefined) reporter(planDate, out)(file, at(i, 'done'), msg('decisionNewDone', d.text, d.done));
  }
  for (const { base: old, now: d, index: i } of match.pairs) {
    if (d.due > old.due) reporter(postponed, out)(file, at(i, 'due'), msg('decisionDueMoved', d.text, old.due, d.due));
    if (d.done !== undefined && old.done === undefined && d.done < limit) {
      reporter(lateRecord, out)(file, at(i, 'done'), msg('decisionLateDone', d.text, d.done, daysBetween(d.done, asOf)));
    } else if (d.done !== undefined && old.done !== undefined && d.done < old.done) {
      reporter(lateRecord, out)(file, at(i, 'done'), msg('decisionDoneEarlier', d.text, old.done, d.done));
    }
    if (d.unit !== old.unit) reporter(reassigned, out)(file, at(i, 'unit'), msg('reassignedDecision', d.text, old.unit, d.unit));
  }
  for (const d of match.gone) reporter(removed, out)(file, ['decisions'], msg('removedDecision', d.text, rev), 'key');
}

/** A reply or closing that changes whether a notice was answered in time: new and back-dated, or moved earlier. */
function noticeFindings(
  notice: Notice, base: NoticeData | undefined, asOf: string, limit: string, out: Diagnostic[],
): void {
  const { file, data } = notice;
  const report = reporter(lateRecord, out);
  const known = new Set((base?.replies ?? []).map((r) => `${r.date}\n${r.text}`));
  const earliest = (base?.replies ?? []).map((r) => r.date).sort()[0];
  data.replies?.forEach((r, i) => {
    if (known.has(`${r.date}\n${r.text}`)) return;
    const what = msg('noticeReply');
    if (r.date < limit) {
      report(file, ['replies', i, 'date'], msg('noticeLateRecord', data.number, what, r.date, daysBetween(r.date, asOf)));
    } else if (earliest !== undefined && r.date < earliest) {
      report(file, ['replies', i, 'date'], msg('noticeDateEarlier', data.number, what, earliest, r.date));
    }
  });
  const closed = data.closed?.date, was = base?.closed?.date;
  const what = msg('noticeClosed');
  if (closed !== undefined && was === undefined && closed < limit) {
    report(file, ['closed', 'date'], msg('noticeLateRecord', data.number, what, closed, daysBetween(closed, asOf)));
  } else if (closed !== undefined && was !== undefined && closed < was) {
    report(file, ['closed', 'date'], msg('noticeDateEarlier', data.number, what, was, closed));
  }
}

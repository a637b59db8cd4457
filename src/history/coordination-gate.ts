import { msg } from '../i18n/index.js';
import { addDays, daysBetween } from '../model/dates.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Decision, Meeting, MeetingData } from '../model/coordination.js';
import type { Notice, NoticeData } from '../model/notice.js';
import { finding, reporter } from '../model/rule.js';
import type { PathSegment } from '../model/zone.js';
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

const origin = { line: 1, column: 1 };

/**
 * The review gate on coordination records (docs/scoring.md). A decision is what a meeting decided: once recorded
 * (within a week of the meeting, still open) only its completion is added later; its unit, deadline and completion
 * date are not changed, nor the decision deleted. A notice is drafted by `wuzhong notice`: its unit, kind and dates
 * stay as drafted, it is not deleted, and its reply or closing is not back-filled. Pure.
 */
export function coordinationGate(input: CoordinationGateInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const limit = addDays(input.asOf, -SLACK_DAYS);
  const meetings = new Map(input.baseMeetings.map((m) => [m.path, m.data]));
  for (const meeting of input.meetings) {
    decisionFindings(meeting, meetings.get(meeting.file.path), input, limit, out);
    meetings.delete(meeting.file.path);
  }
  for (const path of meetings.keys()) out.push(finding(removed, path, origin, msg('removedMeeting', path, input.rev)));
  const notices = new Map(input.baseNotices.map((n) => [n.path, n.data]));
  for (const notice of input.notices) {
    noticeFindings(notice, notices.get(notice.file.path), input, limit, out);
    notices.delete(notice.file.path);
  }
  for (const [path, data] of notices) {
    out.push(finding(removed, path, origin, msg('removedNotice', data.number, path, input.rev)));
  }
  return out;
}

function decisionFindings(
  meeting: Meeting, base: MeetingData | undefined, input: CoordinationGateInput, limit: string, out: Diagnostic[],
): void {
  const { file, data } = meeting;
  const { asOf, rev } = input;
  const match = matchByTitle<Decision>(base?.decisions, data.decisions, (d) => d.text);
  const at = (i: number, key: keyof Decision) => ['decisions', i, key];
  const plan = reporter(planDate, out), late = reporter(lateRecord, out);
  for (const { entry: d, index: i } of match.added) {
    if (data.date < limit) plan(file, at(i, 'text'), msg('decisionRecordedLate', d.text, data.date, daysBetween(data.date, asOf)));
    if (d.done !== undefined) plan(file, at(i, 'done'), msg('decisionNewDone', d.text, d.done));
  }
  for (const { base: old, now: d, index: i, renamed } of match.pairs) {
    if (d.due > old.due) reporter(postponed, out)(file, at(i, 'due'), msg('decisionDueMoved', d.text, old.due, d.due));
    if (d.due < old.due) reporter(postponed, out)(file, at(i, 'due'), msg('decisionDueEarlier', d.text, old.due, d.due));
    if (d.unit !== old.unit) reporter(reassigned, out)(file, at(i, 'unit'), msg('reassignedDecision', d.text, old.unit, d.unit));
    if (d.done === undefined && old.done !== undefined) {
      late(file, at(i, 'text'), msg('decisionDoneRemoved', d.text, old.done));
    } else if (d.done !== undefined && old.done === undefined) {
      // Another text with a completion in the same change is a new decision recorded as done.
      if (renamed) plan(file, at(i, 'done'), msg('decisionNewDone', d.text, d.done));
      else if (d.done < limit) late(file, at(i, 'done'), msg('decisionLateDone', d.text, d.done, daysBetween(d.done, asOf)));
    } else if (d.done !== undefined && old.done !== undefined && d.done !== old.done) {
      late(file, at(i, 'done'), msg('decisionDoneMoved', d.text, old.done, d.done));
    }
  }
  for (const d of match.gone) reporter(removed, out)(file, ['decisions'], msg('removedDecision', d.text, rev), 'key');
}

/** Whether a notice was answered in time, and whose it is, are not changed after it was drafted. */
function noticeFindings(
  notice: Notice, base: NoticeData | undefined, input: CoordinationGateInput, limit: string, out: Diagnostic[],
): void {
  const { file, data } = notice;
  const { asOf } = input;
  if (base === undefined) {
    if (data.date < limit) {
      reporter(planDate, out)(file, ['date'], msg('noticeRecordedLate', data.number, data.date, daysBetween(data.date, asOf)));
    }
    return;
  }
  for (const key of ['unit', 'kind'] as const) {
    if (data[key] !== base[key]) reporter(reassigned, out)(file, [key], msg('noticeChanged', data.number, key, base[key], data[key]));
  }
  for (const key of ['date', 'replyBy'] as const) {
    if (data[key] !== base[key]) reporter(postponed, out)(file, [key], msg('noticeChanged', data.number, key, base[key], data[key]));
  }
  const report = reporter(lateRecord, out);
  const known = new Set((base.replies ?? []).map((r) => `${r.date}\n${r.text}`));
  const earliest = (base.replies ?? []).map((r) => r.date).sort()[0];
  data.replies?.forEach((r, i) => {
    if (known.has(`${r.date}\n${r.text}`)) return;
    const path: PathSegment[] = ['replies', i, 'date'];
    const what = msg('noticeReply');
    if (r.date < limit) report(file, path, msg('noticeLateRecord', data.number, what, r.date, daysBetween(r.date, asOf)));
    else if (earliest !== undefined && r.date < earliest) {
      report(file, path, msg('noticeDateEarlier', data.number, what, earliest, r.date));
    }
  });
  const closed = data.closed?.date, was = base.closed?.date;
  const what = msg('noticeClosed');
  if (closed !== undefined && was === undefined && closed < limit) {
    report(file, ['closed', 'date'], msg('noticeLateRecord', data.number, what, closed, daysBetween(closed, asOf)));
  } else if (closed !== undefined && was !== undefined && closed < was) {
    report(file, ['closed', 'date'], msg('noticeDateEarlier', data.number, what, was, closed));
  }
}

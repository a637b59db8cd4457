import type { zhPatrol } from './zh-patrol.js';

/** English wording of coordination meetings, decisions, problem states and 督办 notices; spread into en.ts. */
export const enPatrol: typeof zhPatrol = {
  badMeetingName: (name) => `the meeting file "${name}" must be named YYYY-MM-DD-<name>.yaml (the name in lower-case letters, digits and hyphens), e.g. 2025-11-12-heating-rail.yaml`,
  meetingDateMismatch: (date, fileDate) => `the meeting date ${date} differs from the date ${fileDate} in the file name`,
  badMeetingRef: (value) => `the meeting "${value}" must be a file name under meetings/ without .yaml, e.g. 2025-11-12-heating-rail`,
  unknownMeeting: (name, hint) => `the meeting "${name}" does not exist (no such file under meetings/)${hint ? `; did you mean "${hint}"?` : ''}`,
  unknownMilestone: (item, title, hint) => `${item} has no milestone "${title}"${hint ? `; did you mean "${hint}"?` : ''}`,
  decisionDueBeforeMeeting: (due, date) => `the decision is due ${due}, before the meeting on ${date}`,
  decisionDoneBeforeMeeting: (done, date) => `the decision was done ${done}, before the meeting on ${date}`,
  overdueDecision: (text, due, days) => `the decision "${text}" is ${days} ${days === 1 ? 'day' : 'days'} overdue (due ${due})`,
  dueSoonDecision: (text, due, days) =>
    days === 0 ? `the decision "${text}" is due today (${due})` : `the decision "${text}" is due in ${days} ${days === 1 ? 'day' : 'days'} (${due})`,
  problemStateUnresolved: (state) => `the problem's state is "${state}" but it has no resolved date`,
  badNoticeName: (name) => `a notice is stored as notices/<year>/<three-digit number>.yaml, e.g. notices/2025/001.yaml, not "${name}"`,
  noticeYearMismatch: (date, year) => `the notice's date ${date} is not in ${year}, the year of its folder`,
  badNoticeRef: (value) => `the earlier notice "${value}" must be written <year>/<three-digit number>, e.g. 2025/003`,
  noticeUnanswered: (number, replyBy, days) => `${number}: the reply deadline ${replyBy} passed ${days} ${days === 1 ? 'day' : 'days'} ago with no reply`,
  noticeUnreceived: (number, date, days) => `${number} was issued on ${date} and is not signed for after ${days} working ${days === 1 ? 'day' : 'days'}`,
  noticeEscalate: (number, unit) => `the 督办 notice ${number} is unanswered: consider a 催办 to ${unit} (wuzhong notice --kind 催办)`,
  badNoticePattern: () => 'the number pattern must contain {n} (the number within the year), e.g. 高新督〔{year}〕{n}号',
  unknownDecision: (meeting, text, hint) =>
    `the meeting "${meeting}" has no decision "${text}"${hint ? `; did you mean "${hint}"?` : ''}`,
  unknownNotice: (id) => `the earlier notice ${id} does not exist (no such file under notices/)`,
  decisionRecordedLate: (text, date, days) =>
    `the decision "${text}" is new since the base revision, but its meeting on ${date} was ${days} days before the check date: decisions are recorded within 7 days of the meeting`,
  decisionNewDone: (text, done) =>
    `the new decision "${text}" already has a done date (${done}): record the decision first, and its done date later in another change`,
  decisionDueMoved: (text, from, to) =>
    `the deadline of the decision "${text}" moved later from ${from} to ${to}: a decision's deadline is not postponed; a new meeting decides a new one`,
  decisionLateDone: (text, done, days) =>
    `the done date ${done} of the decision "${text}" was recorded late, ${days} days before the check date`,
  decisionDueEarlier: (text, from, to) =>
    `the deadline of the decision "${text}" changed from ${from} to ${to}: a meeting set it and it is not changed; a new meeting decides a new one`,
  decisionDoneRemoved: (text, done) =>
    `the done date ${done} of the decision "${text}" was removed: a recorded completion is not withdrawn; a mistake is corrected once the supervision team has checked it`,
  decisionDoneMoved: (text, from, to) =>
    `the done date of the decision "${text}" changed from ${from} to ${to}: a recorded completion date is not changed; a mistake is corrected once the supervision team has checked it`,
  removedNotice: (number, path, rev) => `the notice ${number} (${path}) exists at ${rev} and was removed`,
  noticeRecordedLate: (number, date, days) =>
    `the notice ${number} is new since the base revision, but it is dated ${date}, ${days} days before the check date: wuzhong notice drafts and commits a notice on the day`,
  noticeChanged: (number, key, from, to) =>
    `${key} of the notice ${number} changed from "${from}" to "${to}": wuzhong notice sets a notice's unit, kind, date and reply deadline, and they are not changed once it is issued`,
  reassignedDecision: (text, from, to) => `the unit of the decision "${text}" changed from ${from} to ${to}`,
  removedDecision: (text, rev) => `the decision "${text}" exists at ${rev} and was removed`,
  removedMeeting: (path, rev) => `the meeting record ${path} exists at ${rev} and was removed`,
  noticeLateRecord: (number, what, date, days) =>
    `the ${what} date ${date} of ${number} was recorded late, ${days} days before the check date`,
  noticeDateEarlier: (number, what, from, to) => `the ${what} date of ${number} moved earlier from ${from} to ${to}`,
  noticeReply: () => 'reply',
  noticeClosed: () => 'closing',
  problemStateResolved: (state, resolved) => `the problem was resolved on ${resolved}, but its state is "${state}"`,
};

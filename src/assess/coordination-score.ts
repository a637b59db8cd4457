import { decisionsOf, overdueDecisions } from '../model/coordination.js';
import { SCORED_NOTICE_KINDS } from '../model/notice.js';
import { daysBetween, firstDayOfMonth, lastDayOfMonth } from '../model/dates.js';
import type { Zone } from '../model/zone.js';
import type { ScoreEvent } from './score.js';

export type CoordinationEvent = 'decision-on-time' | 'decision-late' | 'decision-overdue' | 'notice-unanswered';

/**
 * docs/scoring.md: the events of month M from coordination records, each with the unit it counts for. A decision
 * done in M counts `decisionOnTime` (done ≤ due) or `decisionLate`; a decision overdue as of M's last day D
 * deducts `decisionOverdue`, every month it stays overdue, like a milestone. Pure.
 */
export function coordinationEvents(zone: Zone, month: string): [string, ScoreEvent][] {
  const s = zone.settings;
  const first = firstDayOfMonth(month), last = lastDayOfMonth(month);
  const out: [string, ScoreEvent][] = [];
  for (const { meeting, index, decision } of decisionsOf(zone.meetings, last)) {
    if (decision.done === undefined || decision.done < first || decision.done > last) continue;
    const late = decision.done > decision.due;
    out.push([decision.unit, {
      event: late ? 'decision-late' : 'decision-on-time', points: late ? s.decisionLate : s.decisionOnTime,
      item: meeting.key, milestone: decision.text, file: meeting.file.path, line: meeting.file.locate(['decisions', index, 'done']).line,
      days: Math.abs(daysBetween(decision.done, decision.due)),
    }]);
  }
  for (const { meeting, index, decision, days } of overdueDecisions(zone.meetings, last)) {
    out.push([decision.unit, {
      event: 'decision-overdue', points: -s.decisionOverdue,
      item: meeting.key, milestone: decision.text, file: meeting.file.path, line: meeting.file.locate(['decisions', index, 'due']).line, days,
    }]);
  }
  for (const { id, file, data } of zone.notices ?? []) {
    // Scored in the month its reply deadline falls in, once: no reply (and no closing) by the deadline.
    if (!SCORED_NOTICE_KINDS.includes(data.kind) || data.replyBy < first || data.replyBy > last) continue;
    const closed = data.closed !== undefined && data.closed.date <= data.replyBy;
    if (closed || (data.replies ?? []).some((r) => r.date <= data.replyBy)) continue;
    out.push([data.unit, {
      event: 'notice-unanswered', points: -s.noticeUnanswered,
      item: `notices/${id}`, milestone: data.number, file: file.path, line: file.locate(['replyBy']).line,
    }]);
  }
  return out;
}

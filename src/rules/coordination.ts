import { msg } from '../i18n/index.js';
import { decisionDone, decisionsOf, overdueDecisions } from '../model/coordination.js';
import { daysBetween } from '../model/dates.js';
import type { Reporter } from '../model/rule.js';
import type { NoticeNode } from '../model/notice.js';
import type { PathSegment, SourceFile, Zone } from '../model/zone.js';
import { nearest } from '../text/nearest.js';

type NameCheck = (file: SourceFile, path: PathSegment[], name: string) => void;

/**
 * `ref` for coordination records (docs/fields.md): a meeting's convener, units, items and their milestone
 * titles, its decisions' units; a problem's coordinator, units and meeting.
 */
export function coordinationRefs(zone: Zone, report: Reporter, unit: NameCheck, leader: NameCheck): void {
  const items = new Map(zone.items.map((i) => [i.key, i] as const));
  for (const { file, data } of zone.meetings ?? []) {
    leader(file, ['convener'], data.convener);
    data.units.forEach((u, i) => unit(file, ['units', i], u));
    data.decisions?.forEach((d, i) => unit(file, ['decisions', i, 'unit'], d.unit));
    data.items?.forEach((c, i) => {
      if (!zone.itemKeys.has(c.item)) return report(file, ['items', i, 'item'], msg('unknownLink', c.item, nearest(c.item, zone.itemKeys)));
      const titles = (items.get(c.item)?.data.milestones ?? []).map((m) => m.title);
      const item = items.get(c.item);
      c.milestones?.forEach((t, j) => {
        if (item && !titles.includes(t)) report(file, ['items', i, 'milestones', j], msg('unknownMilestone', c.item, t, nearest(t, titles)));
      });
    });
  }
  const notices = new Set((zone.notices ?? []).map((n) => n.id));
  for (const { file, data } of zone.notices ?? []) {
    unit(file, ['unit'], data.unit);
    data.follows?.forEach((id, i) => {
      if (!notices.has(id)) report(file, ['follows', i], msg('unknownNotice', id));
    });
    data.nodes.forEach((node, i) => noticeNodeRef(zone, file, ['nodes', i], node, report));
  }
  const meetings = zone.meetingIds ?? new Set<string>();
  for (const { file, data } of zone.items) {
    data.problems?.forEach((p, i) => {
      if (p.coordinator !== undefined) leader(file, ['problems', i, 'coordinator'], p.coordinator);
      p.units?.forEach((u, j) => unit(file, ['problems', i, 'units', j], u));
      if (p.meeting !== undefined && !meetings.has(p.meeting)) report(file, ['problems', i, 'meeting'], msg('unknownMeeting', p.meeting, nearest(p.meeting, meetings)));
    });
  }
}

/** A notice's node names an item and one of its milestones, or a meeting and one of its decisions. */
function noticeNodeRef(zone: Zone, file: SourceFile, at: PathSegment[], node: NoticeNode, report: Reporter): void {
  const { item: key, milestone } = node;
  if (key.startsWith('meetings/')) {
    const meeting = zone.meetings?.find((m) => m.key === key);
    const id = key.slice('meetings/'.length);
    if (!meeting) return report(file, [...at, 'item'], msg('unknownMeeting', id, nearest(id, zone.meetingIds ?? [])));
    const texts = (meeting.data.decisions ?? []).map((d) => d.text);
    if (milestone !== undefined && !texts.includes(milestone)) {
      report(file, [...at, 'milestone'], msg('unknownDecision', id, milestone, nearest(milestone, texts)));
    }
    return;
  }
  const item = zone.items.find((i) => i.key === key);
  if (!item) return report(file, [...at, 'item'], msg('unknownLink', key, nearest(key, zone.itemKeys)));
  const titles = (item.data.milestones ?? []).map((m) => m.title);
  if (milestone !== undefined && !titles.includes(milestone)) {
    report(file, [...at, 'milestone'], msg('unknownMilestone', key, milestone, nearest(milestone, titles)));
  }
}

/** `dates` for meetings: a decision is not due, nor done, before the meeting that took it. */
export function coordinationDates(zone: Zone, report: Reporter): void {
  for (const { decision: d, index: i, meeting: { file, data } } of decisionsOf(zone.meetings)) {
    if (d.due < data.date) report(file, ['decisions', i, 'due'], msg('decisionDueBeforeMeeting', d.due, data.date));
    if (d.done !== undefined && d.done < data.date) report(file, ['decisions', i, 'done'], msg('decisionDoneBeforeMeeting', d.done, data.date));
  }
}

/** `future` for meetings and notices: a record is of what has happened (held, done, issued, replied, closed). */
export function coordinationFuture(zone: Zone, asOf: string, report: Reporter): void {
  for (const { file, data } of zone.notices ?? []) {
    const at = (path: PathSegment[], key: string, value: string | undefined) => {
      if (value !== undefined && value > asOf) report(file, path, msg('futureDate', key, value, asOf));
    };
    at(['date'], 'date', data.date);
    at(['received', 'date'], 'date', data.received?.date);
    data.replies?.forEach((r, i) => at(['replies', i, 'date'], 'date', r.date));
    at(['closed', 'date'], 'date', data.closed?.date);
  }
  for (const { file, data } of zone.meetings ?? []) {
    if (data.date > asOf) report(file, ['date'], msg('futureDate', 'date', data.date, asOf));
    data.decisions?.forEach((d, i) => {
      if (d.done !== undefined && d.done > asOf) report(file, ['decisions', i, 'done'], msg('futureDate', 'done', d.done, asOf));
    });
  }
}

/** `overdue` for decisions, tracked like milestones. */
export function decisionsOverdue(zone: Zone, asOf: string, report: Reporter): void {
  for (const { meeting, index, decision, days } of overdueDecisions(zone.meetings, asOf)) {
    report(meeting.file, ['decisions', index, 'due'], msg('overdueDecision', decision.text, decision.due, days));
  }
}

/** `due-soon` for decisions: not done, due within 7 days of A. */
export function decisionsDueSoon(zone: Zone, asOf: string, report: Reporter): void {
  for (const { meeting, index, decision } of decisionsOf(zone.meetings, asOf)) {
    const days = daysBetween(asOf, decision.due);
    if (!decisionDone(decision, asOf) && days >= 0 && days <= 7) report(meeting.file, ['decisions', index, 'due'], msg('dueSoonDecision', decision.text, decision.due, days));
  }
}


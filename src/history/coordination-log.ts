import { classify } from '../load/build.js';
import type { MeetingData } from '../model/coordination.js';
import type { NoticeData } from '../model/notice.js';
import type { Change } from './changes.js';
import type { HistoryCommit } from './log.js';

/** What one commit did to a meeting or a notice (docs/supervisors.md: `log` shows the coordination records too). */
export type CoordinationChange =
  | { kind: 'meeting-created'; title: string; date: string; decisions: number }
  | { kind: 'record-deleted' }
  | { kind: 'decision-added'; text: string; unit: string; due: string }
  | { kind: 'decision-due'; text: string; from: string; to: string }
  | { kind: 'decision-done'; text: string; done: string | null }
  | { kind: 'decision-removed'; text: string }
  | { kind: 'notice-issued'; number: string; noticeKind: string; unit: string; replyBy: string }
  | { kind: 'notice-received'; date: string; by: string }
  | { kind: 'notice-replied'; date: string }
  | { kind: 'notice-closed'; date: string; by: string };

/** Reads a blob of a coordination record: null when it does not parse or validate. */
export type RecordReader = (path: string, oid: string) => unknown;

/** The changes of one commit's files under meetings/ and notices/, each as `[key, path, changes]`, in path order. */
export function coordinationChanges(files: HistoryCommit['files'], read: RecordReader): { key: string; file: string; changes: Change[] }[] {
  const out: { key: string; file: string; changes: Change[] }[] = [];
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const where = classify(f.path);
    if (where.kind !== 'meeting' && where.kind !== 'notice') continue;
    const version = (oid: string | null) => (oid === null ? undefined : ((read(f.path, oid) ?? null) as unknown));
    const before = version(f.before), after = version(f.after);
    const changes: Change[] = after === undefined ? [{ kind: 'record-deleted' }] : after === null ? [{ kind: 'unreadable' }]
      : where.kind === 'meeting' ? meetingChanges(before as MeetingData | null | undefined, after as MeetingData)
        : noticeChanges(before as NoticeData | null | undefined, after as NoticeData);
    if (changes.length > 0) out.push({ key: `${where.kind === 'meeting' ? 'meetings' : 'notices'}/${where.id}`, file: f.path, changes });
  }
  return out;
}

function meetingChanges(before: MeetingData | null | undefined, after: MeetingData): Change[] {
  if (!before) return [{ kind: 'meeting-created', title: after.title, date: after.date, decisions: after.decisions?.length ?? 0 }];
  const out: Change[] = [];
  const was = new Map((before.decisions ?? []).map((d) => [d.text, d] as const));
  const now = new Set((after.decisions ?? []).map((d) => d.text));
  for (const d of after.decisions ?? []) {
    const old = was.get(d.text);
    if (!old) out.push({ kind: 'decision-added', text: d.text, unit: d.unit, due: d.due });
    else {
      if (old.due !== d.due) out.push({ kind: 'decision-due', text: d.text, from: old.due, to: d.due });
      if (old.done !== d.done) out.push({ kind: 'decision-done', text: d.text, done: d.done ?? null });
    }
  }
  for (const d of before.decisions ?? []) if (!now.has(d.text)) out.push({ kind: 'decision-removed', text: d.text });
  if (out.length === 0 && JSON.stringify(before) !== JSON.stringify(after)) out.push({ kind: 'edited' });
  return out;
}

function noticeChanges(before: NoticeData | null | undefined, after: NoticeData): Change[] {
  const out: Change[] = [];
  if (!before) out.push({ kind: 'notice-issued', number: after.number, noticeKind: after.kind, unit: after.unit, replyBy: after.replyBy });
  if (after.received && JSON.stringify(after.received) !== JSON.stringify(before?.received)) out.push({ kind: 'notice-received', ...after.received });
  const replied = new Set((before?.replies ?? []).map((r) => JSON.stringify(r)));
  for (const r of after.replies ?? []) if (!replied.has(JSON.stringify(r))) out.push({ kind: 'notice-replied', date: r.date });
  if (after.closed && JSON.stringify(after.closed) !== JSON.stringify(before?.closed)) out.push({ kind: 'notice-closed', date: after.closed.date, by: after.closed.by });
  if (out.length === 0 && before && JSON.stringify(before) !== JSON.stringify(after)) out.push({ kind: 'edited' });
  return out;
}

/** The wording of these changes in `log` (src/i18n/zh-log.ts and en-log.ts), spread into the log's tables. */
export type CoordinationLogText = {
  [K in CoordinationChange['kind']]: (c: Extract<CoordinationChange, { kind: K }>) => string;
};

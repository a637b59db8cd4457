import { msg, type Message } from '../i18n/index.js';
import { MEETING_PATTERN, meetingSchema, type MeetingData } from '../model/coordination.js';
import { isValidDate } from '../model/dates.js';
import { NOTICE_PATH, noticeSchema, type NoticeData } from '../model/notice.js';
import { finding } from '../model/rule.js';
import type { SourceFile, Zone } from '../model/zone.js';
import { pathRule } from './rules.js';

/** Where a coordination record belongs by its path: meetings/YYYY-MM-DD-<slug>.yaml, notices/YYYY/NNN.yaml. */
export type CoordinationKind =
  | { kind: 'meeting'; id: string; date: string }
  | { kind: 'notice'; id: string; year: number; n: number };

const MEETING_RE = new RegExp(MEETING_PATTERN);

/** The kind of a path under meetings/ or notices/ (a bad name is a `path` finding); undefined for every other path. */
export function classifyCoordination(
  parts: readonly string[],
): CoordinationKind | { kind: 'bad'; message: Message } | { kind: 'ignored' } | undefined {
  const name = parts.slice(1).join('/');
  if (parts[0] === 'meetings') {
    if (name === '.gitkeep') return { kind: 'ignored' };
    const m = /^(.*)\.yaml$/.exec(name);
    const stem = m && parts.length === 2 ? MEETING_RE.exec(m[1]!) : null;
    if (stem && isValidDate(stem[1]!)) return { kind: 'meeting', id: m![1]!, date: stem[1]! };
    return /\.ya?ml$/i.test(name) ? { kind: 'bad', message: msg('badMeetingName', name) } : { kind: 'ignored' };
  }
  if (parts[0] === 'notices') {
    const m = NOTICE_PATH.exec(parts.join('/'));
    if (m && Number(m[2]) > 0) return { kind: 'notice', id: `${m[1]}/${m[2]}`, year: Number(m[1]), n: Number(m[2]) };
    // The printable copies (.md) and anything else beside the records are not data.
    return /\.ya?ml$/i.test(name) ? { kind: 'bad', message: msg('badNoticeName', name) } : { kind: 'ignored' };
  }
  return undefined;
}

export function coordinationSchema(where: CoordinationKind) {
  return where.kind === 'meeting' ? meetingSchema : noticeSchema;
}

/** A valid coordination record joins the zone; a record dated otherwise than its path is a `path` error. */
export function keepCoordination(
  zone: Pick<Zone, 'diagnostics' | 'meetings' | 'notices'>, where: CoordinationKind, file: SourceFile, value: unknown,
): void {
  if (where.kind === 'meeting') {
    const data = value as MeetingData;
    if (data.date !== where.date) {
      const message = msg('meetingDateMismatch', data.date, where.date);
      zone.diagnostics.push(finding(pathRule, file.path, file.locate(['date']), message));
    }
    (zone.meetings ??= []).push({ id: where.id, key: `meetings/${where.id}`, file, data });
    return;
  }
  const data = value as NoticeData;
  if (Number(data.date.slice(0, 4)) !== where.year) {
    const message = msg('noticeYearMismatch', data.date, where.year);
    zone.diagnostics.push(finding(pathRule, file.path, file.locate(['date']), message));
  }
  (zone.notices ??= []).push({ id: where.id, year: where.year, n: where.n, file, data });
}

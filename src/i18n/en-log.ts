// Wording of `log` (src/history/log-text.ts, coordination-log.ts), English.
import type { CoordinationLogText } from '../history/coordination-log.js';
import type { LogText } from '../history/log-text.js';
import { claimText } from './zh-log.js';

/** Meetings and notices (src/history/coordination-log.ts). */

export const enCoordinationLog: CoordinationLogText = {
  'meeting-created': (c) => `meeting recorded: "${c.title}" (${c.date}), ${c.decisions} decision${c.decisions === 1 ? '' : 's'}`,
  'record-deleted': () => 'record file deleted',
  'decision-added': (c) => `added decision "${c.text}" for ${c.unit}, due ${c.due}`,
  'decision-due': (c) => `decision "${c.text}" due ${c.from} → ${c.to}`,
  'decision-done': (c) => (c.done === null ? `decision "${c.text}" no longer done` : `decision "${c.text}" done on ${c.done}`),
  'decision-removed': (c) => `removed decision "${c.text}"`,
  'notice-issued': (c) => `issued ${c.noticeKind} notice ${c.number} to ${c.unit}, reply by ${c.replyBy}`,
  'notice-received': (c) => `received by ${c.by} on ${c.date}`,
  'notice-replied': (c) => `replied on ${c.date}`,
  'notice-closed': (c) => `closed by ${c.by} on ${c.date}`,
};

export const enLog: LogText = {
  status: { active: 'active', done: 'done', cancelled: 'cancelled' },
  header: (item, since, n) => `${item ? `History of ${item} (oldest first)` : 'Changes to all items (newest first)'}${since ? `, since ${since}` : ''}: ${n} entr${n === 1 ? 'y' : 'ies'}`,
  columns: { date: 'date', commit: 'commit', author: 'author', item: 'item', changes: 'changes' },
  none: 'no changes found',
  itemWord: 'item',
  milestone: (title) => `milestone "${title}"`,
  moved: (what, from, to, p) =>
    `${what} deadline ${from} → ${to}${to < from ? ' (earlier)' : p ? ` (postponement approved by ${p.approved}: ${p.reason})` : ' (no postponement record)'}`,
  change: {
    created: (c) => `created "${c.title}", due ${c.due}`,
    'history-start': (c) => `history starts here (shallow clone): "${c.title}" already existed, due ${c.due}`,
    deleted: () => 'item file deleted',
    unreadable: () => 'this version does not parse; not compared',
    due: (c) => enLog.moved(enLog.itemWord, c.from, c.to, c.postponement),
    'milestone-due': (c) => enLog.moved(enLog.milestone(c.milestone), c.from, c.to, c.postponement),
    'milestone-added': (c) => `added milestone "${c.milestone}", due ${c.due}${c.planned ? `, planned ${c.planned}` : ''}`,
    'milestone-removed': (c) => `removed milestone "${c.milestone}"`,
    'postponement-added': (c) => `postponement recorded for the ${c.milestone === null ? 'item' : `milestone "${c.milestone}"`}: from ${c.from}, approved by ${c.approved}${c.date ? ` on ${c.date}` : ''}, reason: ${c.reason}`,
    'milestone-done': (c) =>
      `milestone "${c.milestone}" done on ${c.done}${c.previous ? ` (was ${c.previous})` : ''}, ${c.days === 0 ? 'recorded the same day' : c.days > 0 ? `recorded ${c.days} day${c.days === 1 ? '' : 's'} later` : `committed ${-c.days} day${c.days === -1 ? '' : 's'} before that date`}`,
    'milestone-undone': (c) => `milestone "${c.milestone}" no longer done (was ${c.previous})`,
    status: (c) => `status ${c.from} → ${c.to}${c.closed ? ` (${c.closed})` : ''}`,
    percent: (c) =>
      c.to === null ? `${c.month} percent ${c.from}% removed` : c.from === null ? `${c.month} progress ${c.to}%` : `${c.month} progress ${c.from}% → ${c.to}%`,
    'milestone-renamed': (c) => `milestone "${c.from}" renamed "${c.to}"`,
    owner: (c) => `${c.milestone === null ? '' : `milestone "${c.milestone}" `}unit ${c.from} → ${c.to}`,
    plan: (c) => `milestone "${c.milestone}" planned ${c.from ?? '(none)'} → ${c.to ?? '(none)'}`,
    claim: (c) => `claimed ${claimText(c.from, 'no')} → ${claimText(c.to, 'no')}`,
    'postponement-edited': (c) => `changed or removed the postponement from ${c.from} of the ${c.milestone === null ? 'item' : `milestone "${c.milestone}"`}`,
    amendment: (c) => `amendment of ${c.month}: approved by ${c.approved} on ${c.date}, reason: ${c.reason}`,
    adjustments: (c) => `adjustments of ${c.month} changed`,
    edited: () => 'other fields edited',
    ...enCoordinationLog,
  },
};

import type { NoticeCliText, NoticeDocText } from './zh-notice.js';

const files = (n: number) => (n === 1 ? 'this file only' : `these ${['', 'one', 'two', 'three'][n] ?? n} files only`);

export const enNoticeCli: NoticeCliText = {
  needUnit: 'notice needs --unit <unit>: the unit the notice goes to',
  badKind: (kind) => `--kind "${kind}" is not allowed; use one of 提醒, 督办, 催办`,
  nothing: (unit, asOf) => `as of ${asOf}, ${unit} has no overdue or at-risk milestone: no notice drafted`,
  wrote: (paths, number) => `drafted ${number}: ${paths.join(', ')}`,
  noDocx: (detail) => `could not make the Word copy (${detail}): the record and the Markdown copy were written`,
  notCommitted: 'not committed (--no-commit)',
  notRepo: (root) => `${root} is not in a git repository: the notice was written, nothing was committed`,
  committed: (short, subject, n) => `committed ${short}: ${subject} (${files(n)})`,
  failed: (detail) => `the commit failed; the notice was written but not committed: ${detail}`,
  locked: (lock) => `the git index is locked by another process (${lock}): the notice was written, not committed`,
};

export const enNoticeDoc: NoticeDocText = {
  title: {
    提醒: 'Reminder on key task milestones',
    督办: 'Supervision notice on key task milestones',
    催办: 'Follow-up notice on key task milestones',
  },
  header: ['No.', 'Item', 'Milestone', 'Due', 'Status'],
  itemDeadline: '(item deadline)',
  overdue: (days) => `${days} days overdue`,
  risk: (reasons) => `at risk: ${reasons}`,
  follows: (ids) => `The earlier notice(s) ${ids.join(', ')} are unanswered; this follows them up.`,
  body: (date, follows, replyBy) =>
    `According to the key task lists as of ${date}, the milestones below, for which your unit is responsible, ` +
    `are overdue or at risk of slipping. ${follows}Please push them on and reply in writing to the supervision office ` +
    `by ${replyBy}.`,
  to: (unit) => `${unit}:`,
  signer: (zone) => `${zone} supervision office`,
  date: (d) => d,
  template: { received: 'when signed for (date, by whom):', replies: 'one entry per reply:', closed: 'when closed (销号: date, by whom, note):' },
};

/** `wuzhong notice` and its notice; spread into en.ts. */
export const enNotice = { noticeCli: enNoticeCli, noticeDoc: enNoticeDoc };

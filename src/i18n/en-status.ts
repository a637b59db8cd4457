import { LIST_LABELS } from '../model/lists.js';
import { pct, type LeadBriefCliText, type StatusText } from './zh-status.js';

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

export const enStatus: StatusText = {
  light: { red: 'red', yellow: 'yellow', green: 'green' },
  noLight: '—',
  listLabel: (list) => LIST_LABELS[list].en,
  title: (asOf, filter) => `Status lights as of ${asOf}${filter}`,
  counts: (red, yellow, green) => `red ${red}, yellow ${yellow}, green ${green}`,
  none: (asOf, filter) => `No open item as of ${asOf}${filter}.`,
  filterList: (list) => ` (list: ${LIST_LABELS[list].en})`,
  filterUnit: (unit) => ` (unit: ${unit})`,
  filterLead: (lead) => ` (lead: ${lead})`,
  filterLight: (light) => ` (${light})`,
  header: ['Light', 'List', 'Item', 'Unit', 'Lead', 'Expected progress', 'Latest percent', 'Next deadline', 'Why'],
  percent: (value, month) => `${value}% (${month})`,
  timeProgress: pct,
  next: (due, milestone, n) =>
    `${due} (${milestone ?? 'item deadline'}, ${n > 0 ? `in ${days(n)}` : n === 0 ? 'due today' : `${days(-n)} overdue`})`,
  reason: (r) =>
    r.kind === 'overdue'
      ? `${r.milestone ?? 'item'} ${days(r.days)} overdue`
      : r.kind === 'due-soon'
        ? `${r.milestone ?? 'item'} ${r.days === 0 ? 'due today' : `due in ${days(r.days)}`}`
        : `${r.percent}% done, ${Math.round(r.points * 10) / 10} points behind expected progress`,
  reasonSep: '; ',
  rules: (yellowDays, behindPoints) =>
    `Red: the item or a milestone is overdue; yellow: a milestone or the item is due within ${days(yellowDays)}, ` +
    `or the latest percent is ${behindPoints} or more points behind the expected progress by elapsed time; ` +
    'green: every other open item. ' +
    'Done and cancelled items have no light.',
  column: 'Light',
  reportCounts: (asOf, counts) => `Open items as of ${asOf}: ${counts}.`,
  sentenceSep: ' ',
};

export const enLeadBriefCli: LeadBriefCliText = {
  notABrief: (path) =>
    `${path} exists and is not a lead brief: refusing to overwrite it; nothing was written. ` +
    'Choose another --out path, or add --force',
  notCommitted: 'not committed (add --commit to commit it)',
  push: '--push does not apply to a lead brief: it is only written; add --commit to commit it, then push yourself',
  indexLocked: (lock, path) =>
    `the git index is locked by another git process (${lock} exists): nothing was committed; the brief was written to ${path}`,
};

// Wording of `overdue` and `score` (src/report/assess-text.ts), and the coordination events' names.
import type { CoordinationEvent } from '../assess/coordination-score.js';
import type { AssessText } from '../report/assess-text.js';
import { LIST_LABELS } from '../model/item.js';

/** The coordination events' names in score and report output. */
export const enCoordinationEvents: Record<CoordinationEvent, string> = {
  'decision-on-time': 'decision on time', 'decision-late': 'decision late', 'decision-overdue': 'decision overdue',
  'notice-unanswered': 'notice unanswered',
};

export const enAssess: AssessText = {
  listLabel: (list) => (list === 'meetings' ? 'Meetings' : LIST_LABELS[list].en),
  overdueTitle: (asOf, count, filter) => `Overdue milestones and items as of ${asOf}${filter}: ${count}`,
  noOverdue: (asOf, filter) => `Nothing overdue as of ${asOf}${filter}.`,
  filterUnit: (unit) => ` (unit: ${unit})`,
  filterLead: (lead) => ` (lead: ${lead})`,
  filterList: (list) => ` (list: ${LIST_LABELS[list].en})`,
  overdueHeader: ['List', 'Item', 'Milestone', 'Unit', 'Due', 'Days overdue'],
  itemItself: '(item deadline)',
  totalsTitle: 'Totals by unit:',
  unitTotal: (count, worst) => `${count} overdue, worst ${worst} ${worst === 1 ? 'day' : 'days'}`,
  grandTotal: (count) => `Total: ${count}`,
  totalsHeader: ['Unit', 'Overdue', 'Worst (days)'],
  scoreTitle: (zone, month, asOf) => `${zone}: monthly assessment ${month} (data as of ${asOf})`,
  scoreRules: (base, rewardAt, warnAt) => `Base ${base}; score ≥ ${rewardAt}: reward, < ${warnAt}: called in`,
  scoreHeader: ['Rank', 'Unit', 'Score', 'Additions', 'Deductions', 'Tier'],
  // The 约谈 tier: its JSON value stays "warning" (docs/scoring.md), but in words it must not read like a check warning.
  tier: { reward: 'reward', warning: 'called in', none: '—' },
  event: {
    'on-time': 'on time', early: 'early', claimed: 'claimed task', unplanned: 'unplanned', late: 'late',
    overdue: 'overdue', serious: 'seriously overdue', stale: 'no monthly update', adjustment: 'adjustment',
    ...enCoordinationEvents,
  },
  rank: (rank) => String(rank),
  unitLine: (unit, score, rank, tier) => `${unit}  ${score} points  rank ${rank}${tier === 'none' ? '' : `  ${enAssess.tier[tier]}`}`,
  noEvents: '(no events this month)',
  daysEarly: (days) => `${days} ${days === 1 ? 'day' : 'days'} early`,
  daysLate: (days) => `${days} ${days === 1 ? 'day' : 'days'} late`,
  daysOverdue: (days) => `${days} ${days === 1 ? 'day' : 'days'} overdue`,
  planLead: (days, needed) =>
    days < 0
      ? `planned ${-days} ${-days === 1 ? 'day' : 'days'} after it was done: no points`
      : `done ${days} ${days === 1 ? 'day' : 'days'} after it was planned, fewer than ${needed}: no points`,
};

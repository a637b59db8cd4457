import type { DocxText } from '../office/docx/text.js';

/** The Word report's words (src/office/docx/report.ts). */
export const enDocxText: DocxText = {
  title: (zone, month) => `${zone} five key lists: progress in ${month}`,
  issue: (n) => `No. ${n}`,
  intro: (zone, month) => `The progress of the ${zone} five key lists in ${month} and the assessment results follow.`,
  h: {
    overview: 'I. Overview', score: 'II. Monthly assessment', overdue: 'III. Overdue milestones',
    completed: 'IV. Milestones completed this month', problems: 'V. Open problems', requirements: 'VI. Next steps',
  },
  overview: (asOf, items, open, closed, done, overdue) =>
    `As of ${asOf} the five lists hold ${items} items: ${open} open, ${closed} done or cancelled; ${done} milestones were completed this month and ${overdue} are overdue.`,
  listHeading: (n, list) => `(${n}) ${list}: `,
  listLine: (items, open, done, overdue) => `${items} items, ${open} open, ${done} milestones completed this month, ${overdue} overdue.`,
  rules: (base, rewardAt, warnAt) => `Base score ${base}; ${rewardAt} or more is rewarded, below ${warnAt} is called in. The results:`,
  scoreHeader: ['Rank', 'Unit', 'Score', 'Additions', 'Deductions', 'Tier'],
  chartTitle: (month) => `Scores ${month}`,
  overdueIntro: (asOf, n) => `As of ${asOf}, ${n} milestones and items are overdue:`,
  overdueHeader: ['List', 'Item', 'Milestone', 'Unit', 'Due', 'Days overdue'],
  completedIntro: (month, n) => `${n} milestones were completed in ${month}:`,
  completedHeader: ['List', 'Item', 'Milestone', 'Unit', 'Due', 'Done', 'Completion'],
  completion: (kind, days) => (kind === 'early' ? `${days} days early` : kind === 'late' ? `${days} days late` : 'on time'),
  problemsIntro: (asOf, n) => `As of ${asOf}, ${n} problems are open:`,
  problemsHeader: ['List', 'Item', 'Unit', 'Raised', 'Days open', 'Problem'],
  none: 'None.',
  itemDeadline: '(item deadline)',
  date: (d) => d,
  recipients: (s) => `${s}:`,
  requirement: (n, text) => `${n}. ${text}`,
  copyTo: (s) => `Copied to: ${s}.`,
  printed: (issuer, date) => `${issuer}, issued ${date}`,
};

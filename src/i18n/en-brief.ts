// Wording of a leader's brief (src/report/lead-brief.ts), English.
import type { BriefText } from '../report/lead-brief.js';

export const enBrief: BriefText = {
  title: (zone, lead, month) => `${zone} five key lists: brief for ${lead}, ${month}`,
  intro: (asOf) => `Data as of ${asOf}.`,
  sections: ['1. Overview', '2. Items and their lights', '3. Overdue', '4. Open problems'],
  overview: (b, counts) =>
    `${b.lead} leads ${b.total} ${b.total === 1 ? 'item' : 'items'}, ${b.lights.length} open: ${counts}; ` +
    `${b.overdue.length} overdue; ${b.problems.length} open ${b.problems.length === 1 ? 'problem' : 'problems'}.`,
  itemsHeader: ['Light', 'List', 'Item', 'Unit', 'Expected progress', 'Latest percent', 'Next deadline', 'Why'],
  overdueHeader: ['List', 'Item', 'Milestone', 'Unit', 'Due', 'Days overdue'],
  itemDeadline: '(item deadline)',
  problemsHeader: ['Item', 'Unit', 'Raised', 'Days open', 'Problem'],
  none: '(none)',
  provenance: (lead, month) => `<!-- written by wuzhong report --lead ${lead} --month ${month} from the list data -->`,
};

// Wording of `risk` (src/report/risk-view.ts), English.
import type { RiskText } from '../report/risk-view.js';

export const enRisk: RiskText = {
  title: (asOf, count, filter) => `Milestones at risk as of ${asOf}${filter}: ${count} (most urgent first)`,
  none: (asOf, filter) => `No milestone at risk as of ${asOf}${filter}.`,
  filterUnit: (unit) => ` (unit: ${unit})`,
  filterLead: (lead) => ` (lead: ${lead})`,
  header: ['#', 'List', 'Item', 'Milestone', 'Unit', 'Due', 'Working days left', 'Why'],
  thresholds: (s) => `Thresholds: due within ${s.dueWithin} working days while behind; a problem open over ${s.problemDays} days; postponed ${s.postponements} or more times.`,
  reasonSep: '; ',
};

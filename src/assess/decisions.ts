import { overdueDecisions } from '../model/coordination.js';
import type { Zone } from '../model/zone.js';
import type { OverdueRow } from './overdue-list.js';

/**
 * docs/supervisors.md: the decisions of coordination meetings overdue as of `asOf`, as `overdue` rows:
 * the item is `meetings/<id>`, the milestone the decision's text, the unit the one that must carry it out.
 */
export function decisionRows(zone: Zone, asOf: string): OverdueRow[] {
  return overdueDecisions(zone.meetings, asOf).map(({ meeting, index, decision, days }) => ({
    item: meeting.key,
    list: 'meetings',
    title: meeting.data.title,
    file: meeting.file.path,
    line: meeting.file.locate(['decisions', index, 'due']).line,
    milestone: decision.text,
    unit: decision.unit,
    due: decision.due,
    days,
  }));
}

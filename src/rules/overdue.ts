import { overdueAsOf } from '../model/status.js';
import { at, type Rule } from './types.js';

export const overdue: Rule = {
  id: 'overdue',
  severity: 'warning',
  description: { zh: '节点或未办结事项已逾期（注明天数）', en: 'a milestone or open item overdue as of the as-of date (with days)' },
  run({ zone, asOf, t }) {
    return overdueAsOf(zone.items, asOf).map((e) =>
      e.index === undefined
        ? at(e.item.file, ['due'], 'warning', 'overdue', t.overdueItem(e.due, e.days))
        : at(e.item.file, ['milestones', e.index, 'due'], 'warning', 'overdue', t.overdueMilestone(e.milestone ?? '', e.due, e.days)),
    );
  },
};

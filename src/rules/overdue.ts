import { msg } from '../i18n/index.js';
import { overdueAsOf } from '../model/status.js';
import { decisionsOverdue } from './coordination.js';
import type { Rule } from './types.js';

export const overdue: Rule = {
  id: 'overdue',
  severity: 'warning',
  description: { zh: '节点或未办结事项已逾期（注明天数）', en: 'a milestone or open item overdue as of the as-of date (with days)' },
  help: {
    zh: '已完成的，填写实际完成日期 done（或办结日期 closed）；未完成的，抓紧推进，确需延期的按程序审批并填写 postponed。',
    en: 'If it is finished, fill in the actual done (or closed) date; if not, push it on, and if it must move, record an approved postponement.',
  },
  run({ zone, asOf }, report) {
    for (const e of overdueAsOf(zone.items, asOf)) {
      if (e.index === undefined) report(e.item.file, ['due'], msg('overdueItem', e.due, e.days));
      else report(e.item.file, ['milestones', e.index, 'due'], msg('overdueMilestone', e.milestone ?? '', e.due, e.days));
    }
    decisionsOverdue(zone, asOf, report);
  },
};

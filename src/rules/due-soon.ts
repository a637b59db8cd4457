import { msg } from '../i18n/index.js';
import { isDone, isOpen } from '../model/status.js';
import { daysBetween } from '../model/dates.js';
import { decisionsDueSoon } from './coordination.js';
import type { Rule } from './types.js';

export const dueSoon: Rule = {
  id: 'due-soon',
  severity: 'info',
  description: { zh: '未办结事项的未完成节点将在7天内到期', en: 'an unfinished milestone of an open item is due within 7 days' },
  help: {
    zh: '提醒而非问题：节点即将到期，完成后及时填写 done。',
    en: 'A reminder, not a problem: the milestone is due soon; fill in done when it is finished.',
  },
  run({ zone, asOf }, report) {
    decisionsDueSoon(zone, asOf, report);
    for (const item of zone.items) {
      if (!isOpen(item, asOf)) continue;
      item.data.milestones?.forEach((m, i) => {
        const days = daysBetween(asOf, m.due);
        if (!isDone(m, asOf) && days >= 0 && days <= 7) report(item.file, ['milestones', i, 'due'], msg('dueSoon', m.title, m.due, days));
      });
    }
  },
};

import { isDone, isOpen } from '../model/status.js';
import { daysBetween } from '../model/dates.js';
import { at, eachItem, type Rule } from './types.js';

export const dueSoon: Rule = {
  id: 'due-soon',
  severity: 'info',
  description: { zh: '未办结事项的未完成节点将在 7 天内到期', en: 'an unfinished milestone of an open item is due within 7 days' },
  run(ctx) {
    const { asOf, t } = ctx;
    return eachItem(ctx, (item, push) => {
      if (!isOpen(item, asOf)) return;
      item.data.milestones?.forEach((m, i) => {
        const days = daysBetween(asOf, m.due);
        if (!isDone(m, asOf) && days >= 0 && days <= 7) push(at(item.file, ['milestones', i, 'due'], 'info', 'due-soon', t.dueSoon(m.title, m.due, days)));
      });
    });
  },
};

import { isOpen } from '../model/status.js';
import { dayOfMonth, lastDayOfMonth, monthOf, previousMonth } from '../model/dates.js';
import { at, eachItem, type Rule } from './types.js';

export const stale: Rule = {
  id: 'stale',
  severity: 'warning',
  description: { zh: '每月 6 日起，已开始的未办结事项缺少上月的月度进展', en: 'from day 6 of a month: an open item started by last month has no update for last month' },
  run(ctx) {
    const { asOf, t } = ctx;
    if (dayOfMonth(asOf) < 6) return [];
    const prev = previousMonth(monthOf(asOf));
    const prevEnd = lastDayOfMonth(prev);
    return eachItem(ctx, (item, push) => {
      if (!isOpen(item, asOf) || item.data.start > prevEnd) return;
      if (item.data.updates?.some((u) => u.month === prev)) return;
      const path = item.data.updates ? ['updates'] : ['title'];
      push(at(item.file, path, 'warning', 'stale', t.stale(prev), 'key'));
    });
  },
};

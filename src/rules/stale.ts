import { isOpen } from '../model/status.js';
import { lastDayOfMonth, monthOf, previousMonth } from '../model/dates.js';
import { filingDate } from '../model/settled.js';
import { at, eachItem, type Rule } from './types.js';

export const stale: Rule = {
  id: 'stale',
  severity: 'warning',
  description: {
    zh: '每月报送日（filingDay，默认 5 日）的次日起，已开始的未办结事项缺少上月的月度进展',
    en: 'from the day after the filing day (filingDay, default the 5th): an open item started by last month has no update for last month',
  },
  run(ctx) {
    const { asOf, t } = ctx;
    // Progress for last month may be filed up to and including filingDay.
    if (Number(asOf.slice(8, 10)) <= ctx.zone.settings.filingDay) return [];
    const prev = previousMonth(monthOf(asOf));
    const prevEnd = lastDayOfMonth(prev);
    return eachItem(ctx, (item, push) => {
      if (!isOpen(item, asOf) || item.data.start > prevEnd) return;
      if (item.data.updates?.some((u) => u.month === prev)) return;
      const path = item.data.updates ? ['updates'] : ['title'];
      push(at(item.file, path, 'warning', 'stale', t.stale(prev, filingDate(prev, ctx.zone.settings.filingDay)), 'key'));
    });
  },
};

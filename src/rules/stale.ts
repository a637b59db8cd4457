import { msg } from '../i18n/index.js';
import { isOpen } from '../model/status.js';
import { dayOfMonth, lastDayOfMonth, monthOf, previousMonth } from '../model/dates.js';
import { filingDate } from '../model/settled.js';
import type { Rule } from './types.js';

export const stale: Rule = {
  id: 'stale',
  severity: 'warning',
  description: {
    zh: '每月报送日（filingDay，默认5日）的次日起，已开始的未办结事项缺少上月的月度进展',
    en: 'from the day after the filing day (filingDay, default the 5th): an open item started by last month has no update for last month',
  },
  help: {
    zh: '在 updates 中补写上月的进展（month 写上月，如 2026-10），每月报送日（wuzhong.yaml 的 assessment.filingDay，默认5日）前报送。',
    en: 'Add last month\'s update under updates (month is last month, e.g. 2026-10); updates are due by the filing day (assessment.filingDay in wuzhong.yaml, default the 5th).',
  },
  run({ zone, asOf }, report) {
    const { filingDay } = zone.settings;
    // Progress for last month may be filed up to and including filingDay.
    if (dayOfMonth(asOf) <= filingDay) return;
    const prev = previousMonth(monthOf(asOf));
    const prevEnd = lastDayOfMonth(prev);
    for (const item of zone.items) {
      if (!isOpen(item, asOf) || item.data.start > prevEnd) continue;
      if (item.data.updates?.some((u) => u.month === prev)) continue;
      const path = item.data.updates ? ['updates'] : ['title'];
      report(item.file, path, msg('stale', prev, filingDate(prev, filingDay)), 'key');
    }
  },
};

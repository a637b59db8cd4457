import { isDone, isOpen } from '../model/status.js';
import type { NonWorkReason } from '../model/calendar.js';
import type { Messages } from '../i18n/index.js';
import { at, eachItem, type Rule } from './types.js';

const reasonText = (r: NonWorkReason, t: Messages) => (r === 'weekend' ? t.weekendName() : r === 'holiday' ? t.holidayName() : t.configHoliday());

export const nonWorkday: Rule = {
  id: 'non-workday',
  severity: 'warning',
  description: { zh: '未办结事项或其未完成节点的时限落在非工作日（按工作日历）', en: 'the due date of an open item, or of its unfinished milestone, is not a working day' },
  run(ctx) {
    const { t, asOf, calendar } = ctx;
    return eachItem(ctx, (item, push) => {
      if (!isOpen(item, asOf)) return;
      const check = (date: string, path: (string | number)[]) => {
        const r = calendar.nonWorkReason(date);
        if (r) push(at(item.file, path, 'warning', 'non-workday', t.nonWorkday(date, reasonText(r, t))));
      };
      check(item.data.due, ['due']);
      item.data.milestones?.forEach((m, i) => {
        if (!isDone(m, asOf)) check(m.due, ['milestones', i, 'due']);
      });
    });
  },
};
